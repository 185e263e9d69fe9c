package org.csptransition.notification.domain.webhook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N4 which facts are webhooks, with which ids, to whom")
class WebhookEventsTest {

    @Test
    @DisplayName("N4 a transfer webhook names the transfer, customer, partner (source) and provider (target), goes to those two, and links the transfer")
    void transfer() {
        UUID t = UUID.randomUUID(), c = UUID.randomUUID(), p = UUID.randomUUID(), v = UUID.randomUUID();
        var fact = WebhookEvents.of("transfer.completed.v1", Map.of("transferId", t.toString(), "customerTenantId", c.toString(),
                "sourcePartnerTenantId", p.toString(), "targetPartnerTenantId", v.toString(), "customerName", "Contoso")).orElseThrow();
        assertThat(fact.ids()).containsExactly(Map.entry("transferId", t.toString()), Map.entry("customerTenantId", c.toString()),
                Map.entry("partnerTenantId", p.toString()), Map.entry("providerTenantId", v.toString()));
        assertThat(fact.parties()).containsExactlyInAnyOrder(p, v);
        assertThat(fact.objectId()).isEqualTo(t.toString());
        assertThat(fact.service()).isEqualTo(WebhookEvents.Service.TRANSFER);
        assertThat(fact.path()).isEqualTo("/v1/customers/" + c + "/transfers/" + t);
    }

    @Test
    @DisplayName("N4 relationship webhooks name reseller and provider as partner and provider; unknown types are no webhook")
    void relationshipAndUnknown() {
        UUID x = UUID.randomUUID(), r = UUID.randomUUID(), v = UUID.randomUUID();
        var fact = WebhookEvents.of("partnership.accepted.v1", Map.of("partnershipId", x.toString(), "resellerTenantId", r.toString(),
                "providerTenantId", v.toString())).orElseThrow();
        assertThat(fact.ids()).containsEntry("partnerTenantId", r.toString()).containsEntry("providerTenantId", v.toString());
        assertThat(fact.path()).isEqualTo("/v1/partnership-invitations/" + x);
        assertThat(WebhookEvents.of("partner.registered.v1", Map.of())).isEmpty();
        assertThat(WebhookEvents.types()).contains("transfer.created.v1", "customer.agreement.status.changed.v1").doesNotContain(WebhookEvents.TEST);
        assertThat(WebhookEndpointPolicy.checkEventTypes(java.util.List.of("transfer.created.v1", "x.v1", "y.v1")).refusals()).hasSize(2);
    }

    @Test
    @DisplayName("N4 a rotation keeps the previous secret signing for the overlap only; an overlap of zero stops it at once")
    void rotationOverlap() {
        Instant t0 = Instant.parse("2026-12-01T00:00:00Z");
        WebhookEndpoint e = WebhookEndpoint.register(UUID.randomUUID(), UUID.randomUUID(), "https://h.example/", Set.of("transfer.created.v1"),
                null, "whsec_a", t0);
        e.rotate("whsec_b", Duration.ofHours(1), t0);
        assertThat(e.signingSecrets(t0.plusSeconds(3599))).containsExactly("whsec_b", "whsec_a");
        assertThat(e.signingSecrets(t0.plusSeconds(3600))).containsExactly("whsec_b");
        e.rotate("whsec_c", Duration.ZERO, t0);
        assertThat(e.signingSecrets(t0)).containsExactly("whsec_c");
        assertThat(e.previousSecretUntil()).isNull();
    }
}
