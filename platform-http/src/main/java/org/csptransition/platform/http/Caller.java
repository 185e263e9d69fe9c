package org.csptransition.platform.http;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.UUID;

/** Who is calling: the tenant ({@code tid}), the user ({@code sub}) and the roles of the verified bearer token. */
@RequestScoped
public class Caller {

    /** The longest {@code sub} the suite records (an audit column): a longer one is not a user id this suite accepts. */
    static final int MAX_USER_ID = 255;

    /** An anonymous caller's token: no claims, so no tenant and no roles. */
    private static final JsonWebToken NO_TOKEN = new JsonWebToken() {
        @Override
        public String getName() {
            return null;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of();
        }

        @Override
        public <T> T getClaim(String claimName) {
            return null;
        }
    };

    private final SecurityIdentity identity;
    private final OperatorTenants operators;

    /**
     * The token is the identity's principal, not an injected {@code JsonWebToken}: a service that also signs people in with
     * Quarkus OIDC (relationship-service's customer pages) has OIDC's {@code JsonWebToken} bean, which knows nothing of the
     * bearer tokens SmallRye JWT verified.
     */
    Caller(SecurityIdentity identity, OperatorTenants operators) {
        this.identity = identity;
        this.operators = operators;
    }

    private JsonWebToken token() {
        return identity.getPrincipal() instanceof JsonWebToken token ? token : NO_TOKEN;
    }

    /** The caller's tenant; a token without a valid {@code tid} is refused as unauthenticated. */
    public UUID tenantId() {
        Object tid = token().getClaim("tid");
        if (tid == null) {
            throw new RefusedException(Refusal.unauthenticated("TOKEN_WITHOUT_TENANT", "The bearer token has no tid claim"));
        }
        try {
            return UUID.fromString(tid.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(Refusal.unauthenticated("TOKEN_WITHOUT_TENANT", "The tid claim is not a tenant id"));
        }
    }

    public String userId() {
        String subject = token().getSubject();
        if (subject != null && (subject.length() > MAX_USER_ID || subject.chars().anyMatch(Character::isISOControl))) {
            throw new RefusedException(Refusal.unauthenticated("TOKEN_SUBJECT_INVALID",
                    "The sub claim must be at most " + MAX_USER_ID + " characters, without control characters"));
        }
        return subject;
    }

    /** The token's roles that the suite knows; {@code ProgramOperator} only for the program owner's tenants. */
    public Set<String> roles() {
        Set<String> groups = token().getGroups();
        Set<String> roles = new java.util.HashSet<>(groups == null ? Set.of() : groups);
        roles.retainAll(Roles.ALL);
        if (!operators.isOperator(token().getClaim("tid"), roles)) {
            roles.remove(Roles.PROGRAM_OPERATOR);
        }
        return Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    /** The program operator: the role from one of the program owner's tenants ({@link OperatorTenants}). */
    public boolean isOperator() {
        return hasRole(Roles.PROGRAM_OPERATOR);
    }

    /** Object-level authorisation: the caller's own tenant, or the operator. Anything else is "not found". */
    public boolean isTenantOrOperator(UUID tenantId) {
        return isOperator() || tenantId().equals(tenantId);
    }
}
