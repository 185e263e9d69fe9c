package org.csptransition.platform.http;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers bearer tokens whose signature and claims were verified, so a client that sends the same token with every
 * request (a portal, a distributor's system, for the token's lifetime) pays the RS256 verification once, not per request:
 * it was about a third of the service's CPU per request. The key is the exact token text, so only a token that was
 * verified as it is can hit; a hit is used only until the token's {@code exp} and at most {@link #MAX_AGE_MILLIS} after its
 * verification (so a key withdrawn from the key set stops working within that time). Bounded: beyond {@link #MAX_ENTRIES}
 * expired entries are dropped, then everything.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache extends JWTCallerPrincipalFactory {

    static final int MAX_ENTRIES = 10_000;
    static final long MAX_AGE_MILLIS = 5 * 60 * 1000;

    private final JWTCallerPrincipalFactory verifier;
    private final LongSupplier clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache() {
        this(new DefaultJWTCallerPrincipalFactory(), System::currentTimeMillis);
    }

    VerifiedTokenCache(JWTCallerPrincipalFactory verifier, LongSupplier clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    private record Verified(JWTCallerPrincipal principal, long usableUntilMillis) {
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        long now = clock.getAsLong();
        Verified hit = verified.get(token);
        if (hit != null && now < hit.usableUntilMillis()) {
            return hit.principal();
        }
        JWTCallerPrincipal principal = verifier.parse(token, context);
        long expiresMillis = principal.getExpirationTime() * 1000;
        if (expiresMillis > now) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.values().removeIf(v -> v.usableUntilMillis() <= now);
                if (verified.size() >= MAX_ENTRIES) {
                    verified.clear();
                }
            }
            verified.put(token, new Verified(principal, Math.min(expiresMillis, now + MAX_AGE_MILLIS)));
        }
        return principal;
    }
}
