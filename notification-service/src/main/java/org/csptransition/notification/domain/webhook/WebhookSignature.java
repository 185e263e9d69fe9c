package org.csptransition.notification.domain.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * N4 the Standard Webhooks signature: {@code v1,} + base64 HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>},
 * keyed with the base64-decoded part of a {@code whsec_…} secret. While a rotation overlaps, the header carries one
 * signature per secret, separated by a space, so a receiver that knows either verifies it.
 */
public final class WebhookSignature {

    public static final String SECRET_PREFIX = "whsec_";
    /** 32 random bytes: the key length of HMAC-SHA256. */
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** One {@code v1,<base64>} signature of the message with one secret. */
    public static String sign(String secret, String webhookId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The {@code webhook-signature} header: one signature per secret that signs now. */
    public static String header(List<String> secrets, String webhookId, long timestampSeconds, String body) {
        return secrets.stream().map(s -> sign(s, webhookId, timestampSeconds, body)).collect(Collectors.joining(" "));
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
