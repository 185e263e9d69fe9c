package org.csptransition.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may act as the program operator: a token with role {@code ProgramOperator} counts only when its tenant ({@code tid})
 * is one of {@code csp.security.operator-tenants}, the program owner's tenants. A token from any other tenant that claims
 * the role is treated as if it did not have it, so an identity provider that lets a partner name its own roles cannot
 * make it the operator. With no tenant configured there is no operator at all.
 */
@ApplicationScoped
public class OperatorTenants {

    private final Set<UUID> tenants;

    OperatorTenants(@ConfigProperty(name = "csp.security.operator-tenants") Optional<List<UUID>> tenants) {
        this.tenants = tenants.map(Set::copyOf).orElse(Set.of());
    }

    public boolean isOperator(Object tid, Set<String> roles) {
        return roles.contains(Roles.PROGRAM_OPERATOR) && tid != null && tenants.stream().map(UUID::toString)
                .collect(Collectors.toSet()).contains(tid.toString().replace("\"", "").toLowerCase());
    }
}
