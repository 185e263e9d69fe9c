package org.csptransition.platform.http;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Outside dev and test (here: a plain JVM, launch mode NORMAL) the token setup has no defaults. */
@DisplayName("Token settings in production")
class TokenSettingsTest {

    static final Map<String, String> COMPLETE = Map.of(
            "mp.jwt.verify.issuer", "https://login.example.com/program-owner",
            "mp.jwt.verify.audiences", "csp-transition-suite",
            "mp.jwt.verify.publickey.location", "file:/deployments/jwt/publicKey.pem");

    static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    static Map<String, String> without(String key) {
        Map<String, String> values = new HashMap<>(COMPLETE);
        values.remove(key);
        return values;
    }

    @Test
    @DisplayName("a service refuses to start without an issuer, an audience or a key, and with the dev issuer")
    void refusesIncompleteSetups() {
        for (String key : COMPLETE.keySet()) {
            assertThatThrownBy(() -> new TokenSettings().check(null, config(without(key))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(key.startsWith("mp.jwt.verify.publickey")
                            ? "mp.jwt.verify.publickey" : key);
        }
        Map<String, String> dev = new HashMap<>(COMPLETE);
        dev.put("mp.jwt.verify.issuer", TokenSettings.DEV_ISSUER);
        assertThatThrownBy(() -> new TokenSettings().check(null, config(dev)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("dev issuer is refused");
    }

    @Test
    @DisplayName("it starts with a complete setup, and with the dev issuer only when a local run says so")
    void acceptsCompleteSetups() {
        assertThatCode(() -> new TokenSettings().check(null, config(COMPLETE))).doesNotThrowAnyException();
        Map<String, String> local = new HashMap<>(COMPLETE);
        local.put("mp.jwt.verify.issuer", TokenSettings.DEV_ISSUER);
        local.put("csp.security.allow-dev-issuer", "true");
        assertThatCode(() -> new TokenSettings().check(null, config(local))).doesNotThrowAnyException();
    }
}
