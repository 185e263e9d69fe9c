package org.csptransition.platform.http;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Verified bearer tokens are remembered until they expire, never longer than five minutes")
class VerifiedTokenCacheTest {

    static final long NOW = 1_800_000_000_000L;

    final AtomicLong clock = new AtomicLong(NOW);
    final AtomicInteger verifications = new AtomicInteger();

    /** A verifier that accepts tokens named "valid-until-<epoch seconds>" and refuses anything else. */
    final JWTCallerPrincipalFactory verifier = new JWTCallerPrincipalFactory() {
        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
            verifications.incrementAndGet();
            if (!token.startsWith("valid-until-")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setExpirationTime(NumericDate.fromSeconds(Long.parseLong(token.substring("valid-until-".length()))));
            return new DefaultJWTCallerPrincipal("JWT", claims);
        }
    };

    final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock::get);

    @Test
    @DisplayName("the same token again is not verified again; another token is")
    void hit() throws Exception {
        String token = "valid-until-" + (NOW / 1000 + 3600);
        JWTCallerPrincipal first = cache.parse(token, null);
        assertThat(cache.parse(token, null)).isSameAs(first);
        assertThat(verifications).hasValue(1);

        cache.parse("valid-until-" + (NOW / 1000 + 3601), null);
        assertThat(verifications).hasValue(2);
    }

    @Test
    @DisplayName("at its expiry, or five minutes after its verification, a token is verified again")
    void expiry() throws Exception {
        String shortLived = "valid-until-" + (NOW / 1000 + 60);
        cache.parse(shortLived, null);
        clock.set(NOW + 60_000);
        cache.parse(shortLived, null);
        assertThat(verifications).hasValue(2);

        String longLived = "valid-until-" + (NOW / 1000 + 7200);
        cache.parse(longLived, null);
        clock.addAndGet(VerifiedTokenCache.MAX_AGE_MILLIS - 1);
        cache.parse(longLived, null);
        assertThat(verifications).hasValue(3);
        clock.addAndGet(1);
        cache.parse(longLived, null);
        assertThat(verifications).hasValue(4);
    }

    @Test
    @DisplayName("a token that fails verification is never remembered")
    void refused() {
        assertThatThrownBy(() -> cache.parse("forged", null)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("forged", null)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }
}
