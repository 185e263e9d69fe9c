package org.csptransition.system;

import org.csptransition.infra.MailServer.CapturedMail;
import org.csptransition.infra.journey.Api;
import org.csptransition.infra.journey.Journey;
import org.csptransition.infra.journey.Narrator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.csptransition.infra.journey.Api.get;
import static org.csptransition.infra.journey.Api.post;

/**
 * The whole transition across the four real services, started as separate processes on the real infrastructure:
 * the same journey as {@code ./suite demo}, then the refusals a user meets when a step is out of order, made by the wrong
 * tenant or role, or on an expired request.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("The journey: a direct-bill partner becomes an indirect reseller and moves its customer to a provider")
class JourneyIT {

    static RunningSuite suite;
    static Journey journey;
    static Journey.Outcome outcome;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.shared();
        journey = new Journey(suite.urls(), suite.infra.jwts(), Narrator.SILENT, () -> suite.infra.mail().messages());
    }

    @Test
    @Order(1)
    @DisplayName("every step succeeds through the public APIs; the transfer ends partially complete and closed")
    void wholeJourney() {
        outcome = journey.run();

        assertThat(outcome.transferStatus()).isEqualTo("PartiallyComplete");
        assertThat(outcome.transferStage()).isEqualTo("CLOSED");
    }

    @Test
    @Order(2)
    @DisplayName("each person got the e-mails of the steps they must act on, in their own language")
    void theRightEmails() {
        List<CapturedMail> mails = outcome.mails();
        assertThat(mails).extracting(m -> m.to().get(0).endsWith("fabrikam.example") ? "partner" : "provider", CapturedMail::language)
                .contains(tuple("partner", "sv-SE"), tuple("provider", "en-US"));
        assertThat(mails).extracting(CapturedMail::subject).anySatisfy(s -> assertThat(s).contains("begränsade"))
                .anySatisfy(s -> assertThat(s).contains("indirekt återförsäljare är godkänd"))
                .anySatisfy(s -> assertThat(s).contains("bjuder in"))
                .anySatisfy(s -> assertThat(s).contains("accepted your partnership invitation"))
                .anySatisfy(s -> assertThat(s).contains("extended its customer"))
                .anySatisfy(s -> assertThat(s).contains("requests a transfer"))
                .anySatisfy(s -> assertThat(s).contains("är delvis slutförd"))
                .anySatisfy(s -> assertThat(s).contains("is partially complete"))
                .anySatisfy(s -> assertThat(s).contains("leverantören har verifierat"))
                .anySatisfy(s -> assertThat(s).contains("verified and closed"));
    }

    @Test
    @Order(3)
    @DisplayName("out of order: a second verification, a second acceptance of the agreement and a second accept are refused")
    void outOfOrder() {
        Api api = journey.api();
        String transfer = suite.urls().transfer() + "/v1/customers/" + outcome.customer() + "/transfers/" + outcome.transfer();
        assertThat(api.send(post(transfer + "/verifications", journey.partnerToken(), null)).status()).isEqualTo(409);
        assertThat(api.send(post(transfer + "/accept", journey.providerToken(), null)).status()).isEqualTo(409);
        Api.Answer again = api.send(post(suite.urls().eligibility() + "/v1/partners/" + outcome.partner()
                + "/indirect-reseller-enrollment", journey.partnerToken(), null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE");
    }

    @Test
    @Order(4)
    @DisplayName("the wrong tenant sees nothing (404) and the wrong role may do nothing (403)")
    void wrongTenantAndRole() {
        Api api = journey.api();
        String stranger = suite.infra.jwts().token(UUID.randomUUID(), "GlobalAdmin", "AdminAgent", "SalesAgent");
        String transfer = suite.urls().transfer() + "/v1/customers/" + outcome.customer() + "/transfers/" + outcome.transfer();
        assertThat(api.send(get(transfer, stranger)).status()).isEqualTo(404);
        assertThat(api.send(get(suite.urls().eligibility() + "/v1/partners/" + outcome.partner(), stranger)).status()).isEqualTo(404);
        assertThat(api.send(get(suite.urls().relationship() + "/v1/customers/" + outcome.customer(), stranger)).status()).isEqualTo(404);

        String salesAgent = suite.infra.jwts().token(outcome.partner(), "SalesAgent");
        assertThat(api.send(post(suite.urls().eligibility() + "/v1/capability-reviews", journey.partnerToken(),
                Map.of("asOf", "2026-01-01"))).status()).isEqualTo(403);
        assertThat(api.send(post(suite.urls().transfer() + "/v1/customers/" + outcome.customer() + "/transfers", salesAgent,
                Map.of("targetPartnerTenantId", outcome.provider(), "lineItems", List.of(Map.of("subscriptionId", UUID.randomUUID())))))
                .status()).isEqualTo(403);
        assertThat(api.send(get(transfer, null)).status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    @DisplayName("a request nobody decides expires (T7): both sides are told, and the provider can no longer accept it")
    void expiredTransfer() {
        Api api = journey.api();
        String subscriptions = suite.urls().transfer() + "/v1/customers/" + outcome.customer() + "/subscriptions";
        String office = api.expect(201, post(subscriptions, journey.operatorToken(), Map.of("ownerPartnerTenantId", outcome.partner(),
                "offerId", "7AC2F9E1-0A8B-4E1C-9C61-3D1C1A2B3C4D", "offerName", "Microsoft 365 Business Standard",
                "productType", "OFFICE365_LICENSE", "quantity", 10, "billingCycle", "monthly"))).text("id");
        String transfers = suite.urls().transfer() + "/v1/customers/" + outcome.customer() + "/transfers";
        String id = api.expect(201, post(transfers, journey.partnerToken(), Map.of("targetPartnerTenantId", outcome.provider(),
                "lineItems", List.of(Map.of("subscriptionId", office))))).text("id");

        api.await(get(transfers + "/" + id, journey.partnerToken()), a -> "Expired".equals(a.text("status")), Duration.ofSeconds(120));
        Api.Answer late = api.send(post(transfers + "/" + id + "/accept", journey.providerToken(), null));
        assertThat(late.status()).isEqualTo(409);
        api.await(get(suite.urls().notification() + "/v1/notifications?subjectId=" + id + "&eventType=transfer.expired.v1",
                journey.operatorToken()), a -> a.body().path("items").size() == 2, Duration.ofSeconds(60));
    }
}
