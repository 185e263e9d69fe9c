package org.csptransition.transfer.journey;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.Golden;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T1-T9 end to end: the other services' events arrive over Kafka, then the four steps of a transfer, to CLOSED")
class FourStepsEndToEndTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("eligibility and relationship facts over Kafka -> eligibility -> request -> accept -> provider verifies -> partner verifies")
    void fourSteps() {
        Api api = new Api(infra);
        Feed feed = new Feed(infra);
        UUID partner = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        Map<String, UUID> ids = Map.of(Golden.SAMPLE_PARTNER, partner, Golden.SAMPLE_PROVIDER, provider, Golden.SAMPLE_CUSTOMER, customer);
        String c = "/v1/customers/" + customer;

        // what eligibility-service and relationship-service publish, as in their golden samples, over the real broker
        feed.publish(Golden.sample(EventType.PARTNER_REGISTERED, ids));
        feed.publish(Golden.sample(EventType.INDIRECT_RESELLER_ENROLLMENT_COMPLETED, ids));
        EventEnvelope providerRegistered = feed.publish(Golden.sample(EventType.PARTNER_REGISTERED, Map.of(Golden.SAMPLE_PARTNER, provider)));
        feed.publish(EventEnvelope.wrap(UUID.randomUUID(), "/eligibility-service", providerRegistered.time().plusMinutes(1), null,
                new PartnerProgramChanged(provider, "INDIRECT_PROVIDER", null, "ACTIVE", LocalDate.of(2026, 11, 21), List.of(), null)));
        feed.publish(Golden.sample(EventType.CUSTOMER_REGISTERED, ids));
        feed.publish(Golden.sample(EventType.CUSTOMER_RELATIONSHIP_EXTENDED, ids));
        feed.publish(Golden.sample(EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED, ids));
        EventEnvelope required = feed.publish(Golden.sample(EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, ids));
        feed.publish(EventEnvelope.wrap(UUID.randomUUID(), "/relationship-service", required.time().plusHours(2), null,
                new AgreementStatusChanged(customer, "Contoso", provider, "Northwind Distribution AB", partner, "Fabrikam AB",
                        "ACCEPTANCE_REQUIRED", "ACCEPTED", "PROVIDER_ATTESTATION", required.time().plusHours(2).toInstant())));
        feed.awaitPartner(partner, "indirectResellerEnrollmentComplete", true);
        feed.awaitPartner(provider, "indirectProviderStatus", "ACTIVE");
        await().atMost(Duration.ofSeconds(30)).until(() -> "ACCEPTED".equals(api.operator().get("/v1/known-customers/" + customer)
                .jsonPath().getString("agreements[0].status")));

        // T1: the operator imports the partner's direct-bill subscriptions
        UUID base = api.importOffice365(customer, partner, 25);
        UUID addOn = api.importAddOn(customer, partner, base, 25);
        UUID azure = api.importAzurePayg(customer, partner);

        // T2: all three eligible but the add-on, which travels with its base
        api.agent(partner).get(c + "/transferseligibility?transferType=directToIndirect").then().statusCode(200)
                .body("findAll { it.isEligible }.id", org.hamcrest.Matchers.containsInAnyOrder(base.toString(), azure.toString()))
                .body("find { it.id == '" + addOn + "' }.reasonCode", equalTo("ADDON_TRAVELS_WITH_BASE"));

        // step 1 (T3): the request; the provider sees it in its inbox
        String id = api.agent(partner).header("Idempotency-Key", "journey-" + customer)
                .body("{\"targetPartnerTenantId\":\"" + provider + "\",\"transferType\":\"directToIndirect\",\"lineItems\":["
                        + "{\"subscriptionId\":\"" + base + "\"},{\"subscriptionId\":\"" + azure + "\"}]}")
                .post(c + "/transfers").then().statusCode(201).body("status", equalTo("Active"))
                .body("customerName", equalTo("Contoso")).body("targetPartnerName", equalTo("Fabrikam AB"))
                .extract().path("id");
        api.agent(provider).get("/v1/transfers?role=target&status=Active").then().body("items.id", org.hamcrest.Matchers.contains(id));

        // step 2 (T6): the provider accepts
        String etag = api.agent(provider).get(c + "/transfers/" + id).header("ETag");
        api.as(provider, "SalesAgent").header("If-Match", etag).post(c + "/transfers/" + id + "/accept").then().statusCode(200)
                .body("transfer.status", equalTo("Complete")).body("newSubscriptions", hasSize(3));

        // step 3 (T8) by the provider, step 4 (T9) by the partner
        api.agent(provider).post(c + "/transfers/" + id + "/verifications").then().statusCode(200).body("step", equalTo("PROVIDER"));
        api.agent(partner).post(c + "/transfers/" + id + "/verifications").then().statusCode(200).body("step", equalTo("PARTNER"))
                .body("transfer.stage", equalTo("CLOSED"));

        try (Events events = new Events(infra)) {
            List<EventEnvelope> all = events.awaitAbout(id, EventType.TRANSFER_PARTNER_VERIFIED);
            assertThat(all.stream().map(EventEnvelope::type)).containsExactly("transfer.created.v1", "transfer.accepted.v1",
                    "subscription.transferred.v1", "subscription.suspended.v1", "subscription.transferred.v1",
                    "subscription.suspended.v1", "subscription.transferred.v1", "transfer.completed.v1",
                    "transfer.provider-verified.v1", "transfer.partner-verified.v1");
            assertThat(all).allSatisfy(e -> {
                Events.assertGoldenShape(e);
                assertThat(e.data().get("transferId").asText()).isEqualTo(id);
                assertThat(e.source()).isEqualTo("/transfer-service");
            });
        }
    }
}
