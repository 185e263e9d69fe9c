package org.csptransition.platform.http;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.UUID;

/** Who is calling: the tenant ({@code tid}), the user ({@code sub}) and the roles of the verified bearer token. */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's tenant; a token without a valid {@code tid} is refused as unauthenticated. */
    public UUID tenantId() {
        Object tid = token.getClaim("tid");
        if (tid == null) {
            throw new ProblemException(401, "TOKEN_WITHOUT_TENANT", "Unauthenticated", "The bearer token has no tid claim", null, null);
        }
        try {
            return UUID.fromString(tid.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(401, "TOKEN_WITHOUT_TENANT", "Unauthenticated", "The tid claim is not a tenant id", null, null);
        }
    }

    public String userId() {
        return token.getSubject();
    }

    public Set<String> roles() {
        return token.getGroups();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    public boolean isOperator() {
        return hasRole(Roles.PROGRAM_OPERATOR);
    }

    /** Object-level authorisation: the caller's own tenant, or the operator. Anything else is "not found". */
    public boolean isTenantOrOperator(UUID tenantId) {
        return isOperator() || tenantId().equals(tenantId);
    }
}
