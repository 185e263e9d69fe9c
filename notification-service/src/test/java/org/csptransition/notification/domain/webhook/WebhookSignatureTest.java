package org.csptransition.notification.domain.webhook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N4 webhook signatures follow the Standard Webhooks scheme")
class WebhookSignatureTest {

    @Test
    @DisplayName("N4 the specification's own example: v1, base64 HMAC-SHA256 of id.timestamp.body with the whsec_ key")
    void specificationExample() {
        // the example of the Standard Webhooks specification and its reference libraries
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    @DisplayName("N4 a new secret is whsec_ and 32 random bytes; during an overlap the header carries one signature per secret")
    void secretsAndHeader() {
        String a = WebhookSignature.newSecret();
        String b = WebhookSignature.newSecret();
        assertThat(a).startsWith("whsec_").isNotEqualTo(b);
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        String header = WebhookSignature.header(List.of(a, b), "id", 1, "{}");
        assertThat(header.split(" ")).containsExactly(WebhookSignature.sign(a, "id", 1, "{}"), WebhookSignature.sign(b, "id", 1, "{}"));
        assertThat(WebhookSignature.sign(a, "id", 2, "{}")).isNotEqualTo(WebhookSignature.sign(a, "id", 1, "{}"));
    }
}
