package org.csptransition.platform.http;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.TenantRateLimiter.Decision;
import org.csptransition.platform.http.TenantRateLimiter.OperationClass;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Fair use per tenant (OWASP API4): every request of an authenticated tenant spends one token of its budget for the
 * operation's class, before the resource does any work. Past the budget the answer is {@code 429} problem+json
 * ({@code RATE_LIMITED}, in the caller's language) with {@code Retry-After}; every answer to a counted request carries
 * the IETF rate-limit headers (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "reads";q=1200;w=60} and
 * {@code RateLimit: "reads";r=1199;t=1}.
 * <p>
 * The tenant is the verified token's {@code tid}, never an unverified header, so nobody can spend another tenant's
 * budget; a request without a valid token is not counted here (it is refused 401 by the security checks).
 */
public class RateLimitFilter {

    public static final String RATE_LIMIT = "RateLimit";
    public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final TenantRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final Messages messages;

    RateLimitFilter(TenantRateLimiter limiter, CurrentIdentityAssociation identities, Messages messages) {
        this.limiter = limiter;
        this.identities = identities;
        this.messages = messages;
    }

    @ServerRequestFilter
    public Uni<Response> spend(ContainerRequestContext request, ResourceInfo resource) {
        if (!limiter.enabled()) {
            return Uni.createFrom().nullItem();
        }
        OperationClass operationClass = classOf(request.getMethod(), resource);
        return identities.getDeferredIdentity()
                .map(identity -> tenantOf(identity).map(tenant -> {
                    Decision decision = limiter.tryAcquire(tenant, operationClass);
                    request.setProperty(DECISION, decision);
                    return decision.allowed() ? null : refused(decision, request.getUriInfo().getPath());
                }).orElse(null))
                // an invalid token is the security checks' to refuse (401), with their problem
                .onFailure().recoverWithNull();
    }

    @ServerResponseFilter
    public void announce(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof Decision decision) {
            String name = "\"" + decision.operationClass().label() + "\"";
            response.getHeaders().putSingle(RATE_LIMIT_POLICY, name + ";q=" + decision.limit() + ";w=" + decision.windowSeconds());
            response.getHeaders().putSingle(RATE_LIMIT, name + ";r=" + decision.remaining() + ";t=" + decision.resetSeconds());
            if (!decision.allowed()) {
                response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            }
        }
    }

    static OperationClass classOf(String method, ResourceInfo resource) {
        boolean bulk = resource != null && ((resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Bulk.class))
                || (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(Bulk.class)));
        if (bulk) {
            return OperationClass.BULK;
        }
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) ? OperationClass.READS : OperationClass.WRITES;
    }

    private static Optional<UUID> tenantOf(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        Object tid = token.getClaim("tid");
        try {
            return tid == null ? Optional.empty() : Optional.of(UUID.fromString(tid.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Response refused(Decision decision, String path) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("operationClass", decision.operationClass().label());
        context.put("limit", decision.limit());
        context.put("windowSeconds", decision.windowSeconds());
        context.put("retryAfterSeconds", decision.retryAfterSeconds());
        String detail = messages.format(Messages.ENGLISH, "problem.RATE_LIMITED", context);
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(429, "RATE_LIMITED", "Too many requests", detail, null, context).at(path))
                .build();
    }
}
