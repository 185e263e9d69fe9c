package org.csptransition.platform.http;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.HashSet;
import java.util.Set;

/**
 * Keeps of a token's roles only those the suite knows, and {@code ProgramOperator} only for the program owner's tenants
 * ({@link OperatorTenants}); so {@code @RolesAllowed} everywhere sees the roles the caller really has.
 */
@ApplicationScoped
public class OperatorIdentity implements SecurityIdentityAugmentor {

    private final OperatorTenants operators;

    OperatorIdentity(OperatorTenants operators) {
        this.operators = operators;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> kept = new HashSet<>(identity.getRoles());
        kept.retainAll(Roles.ALL);
        if (!operators.isOperator(token.getClaim("tid"), kept)) {
            kept.remove(Roles.PROGRAM_OPERATOR);
        }
        if (kept.equals(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(kept);
        return Uni.createFrom().item(builder.build());
    }
}
