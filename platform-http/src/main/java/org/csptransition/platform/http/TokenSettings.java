package org.csptransition.platform.http;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;

/**
 * Outside dev and test a service does not start with a token setup that would accept tokens from anyone: the operator
 * must name the issuer ({@code mp.jwt.verify.issuer}), the audience ({@code mp.jwt.verify.audiences}) and the key
 * ({@code mp.jwt.verify.publickey} or {@code .location}); the dev issuer is refused there. Failing at start is kinder
 * than a service that runs and trusts the wrong tokens.
 */
@ApplicationScoped
public class TokenSettings {

    static final String DEV_ISSUER = "https://csp-transition.local/dev";

    void check(@Observes StartupEvent start, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        // ./suite up and the system tests run the built services with the local dev key pair, and say so explicitly
        boolean devIssuerAllowed = config.getOptionalValue("csp.security.allow-dev-issuer", Boolean.class).orElse(false);
        List<String> missing = new ArrayList<>();
        String issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse("");
        if (issuer.isBlank() || (issuer.equals(DEV_ISSUER) && !devIssuerAllowed)) {
            missing.add("mp.jwt.verify.issuer (your identity provider's issuer; the dev issuer is refused)");
        }
        if (config.getOptionalValue("mp.jwt.verify.audiences", String.class).orElse("").isBlank()) {
            missing.add("mp.jwt.verify.audiences");
        }
        if (config.getOptionalValue("mp.jwt.verify.publickey", String.class).isEmpty()
                && config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isEmpty()) {
            missing.add("mp.jwt.verify.publickey or mp.jwt.verify.publickey.location");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Refusing to start without a token setup: set " + String.join(", ", missing)
                    + " (see docs/security.md)");
        }
    }
}
