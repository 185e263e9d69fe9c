package org.csptransition.relationship.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import org.csptransition.relationship.config.RelationshipConfig;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The pages' session: which link the customer opened and, once signed in, which customer tenant and user it is. It lives in
 * one cookie signed with HMAC-SHA256, so the server keeps no session state and the link's token appears in no URL after
 * the first request. Forms carry a CSRF token derived from the same session ({@link #csrf}); a form from another site has
 * neither the cookie (SameSite=Lax) nor the token.
 */
@ApplicationScoped
public class PageSession {

    public static final String COOKIE = "csp_customer_session";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] key;
    private final Duration timeout;
    private final boolean secure;
    private final Clock clock;

    PageSession(RelationshipConfig config, Clock clock) {
        this.key = config.pages().sessionKey().map(k -> {
            if (k.length() < 32) {
                throw new IllegalStateException("relationship.pages.session-key must have at least 32 characters");
            }
            return k.getBytes(StandardCharsets.UTF_8);
        }).orElseGet(PageSession::randomKey);
        this.timeout = config.pages().sessionTimeout();
        this.secure = config.links().baseUrl().startsWith("https:");
        this.clock = clock;
    }

    /** What the session knows: the link, and the signed-in customer when there is one. */
    public record State(UUID linkId, Optional<UUID> tenantId, Optional<String> user, Instant expiresAt) {

        public boolean signedIn() {
            return tenantId.isPresent();
        }
    }

    /** A session for a link just opened; nobody is signed in yet. */
    public NewCookie open(UUID linkId) {
        return cookie(new State(linkId, Optional.empty(), Optional.empty(), Instant.now(clock).plus(timeout)));
    }

    /** The same session, now signed in as {@code user} of {@code tenantId}. */
    public NewCookie signIn(State state, UUID tenantId, String user) {
        return cookie(new State(state.linkId(), Optional.of(tenantId), Optional.of(user), Instant.now(clock).plus(timeout)));
    }

    /** The same session, signed out: the link stays open, nobody may answer until someone signs in again. */
    public NewCookie signOut(State state) {
        return cookie(new State(state.linkId(), Optional.empty(), Optional.empty(), Instant.now(clock).plus(timeout)));
    }

    /** The session of the cookie, if it is ours, intact and not expired. */
    public Optional<State> read(String cookie) {
        if (cookie == null || cookie.length() > 1000) {
            return Optional.empty();
        }
        int dot = cookie.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, dot);
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                cookie.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(B64D.decode(payload), StandardCharsets.UTF_8).split("\\|", -1);
            State state = new State(UUID.fromString(parts[0]),
                    parts[1].isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(parts[1])),
                    parts[2].isEmpty() ? Optional.empty() : Optional.of(new String(B64D.decode(parts[2]), StandardCharsets.UTF_8)),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])));
            return state.expiresAt().isAfter(Instant.now(clock)) ? Optional.of(state) : Optional.empty();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The CSRF token of a session: forms carry it, and a POST without the one of its own session is refused. */
    public String csrf(State state) {
        return sign("csrf|" + state.linkId() + "|" + state.tenantId().map(UUID::toString).orElse("") + "|" + state.expiresAt().getEpochSecond());
    }

    public boolean csrfMatches(State state, String token) {
        return token != null && MessageDigest.isEqual(csrf(state).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII));
    }

    private NewCookie cookie(State state) {
        String payload = B64.encodeToString((state.linkId() + "|" + state.tenantId().map(UUID::toString).orElse("") + "|"
                + state.user().map(u -> B64.encodeToString(u.getBytes(StandardCharsets.UTF_8))).orElse("") + "|"
                + state.expiresAt().getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        return new NewCookie.Builder(COOKIE).value(payload + "." + sign(payload)).path("/customer").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) timeout.toSeconds()).build();
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
