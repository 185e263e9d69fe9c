package org.csptransition.transfer.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.Golden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("transfer-service learns customers, partners of record (R2-R4) and MCA status (R5) from relationship.events")
class CustomerEventsHandlerTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    EntityManager entityManager;

    Feed feed;
    UUID customer;
    UUID partner;
    UUID provider;
    Map<String, UUID> ids;

    @BeforeEach
    void freshIds() {
        feed = new Feed(infra);
        customer = UUID.randomUUID();
        partner = UUID.randomUUID();
        provider = UUID.randomUUID();
        ids = Map.of(Golden.SAMPLE_CUSTOMER, customer, Golden.SAMPLE_PARTNER, partner, Golden.SAMPLE_PROVIDER, provider);
    }

    String path() {
        return "/v1/known-customers/" + customer;
    }

    @Test
    @DisplayName("the golden samples make a known customer with its partners of record and the provider's MCA status")
    void goldenSamples() {
        feed.publish(Golden.sample(EventType.CUSTOMER_REGISTERED, ids));
        feed.publish(Golden.sample(EventType.CUSTOMER_RELATIONSHIP_EXTENDED, ids));
        feed.publish(Golden.sample(EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED, ids));
        feed.publish(Golden.sample(EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, ids));
        feed.awaitCustomer(customer, 2, 1);

        given().header("Authorization", feed.operator()).get(path()).then().statusCode(200)
                .body("companyName", equalTo("Contoso"))
                .body("domain", equalTo("contoso.onmicrosoft.com"))
                .body("partnersOfRecord.find { it.partnerTenantId == '" + partner + "' }.role", equalTo("DIRECT_BILL_PARTNER"))
                .body("partnersOfRecord.find { it.partnerTenantId == '" + provider + "' }.via", equalTo("EXTENSION"))
                .body("partnersOfRecord.find { it.partnerTenantId == '" + provider + "' }.delegatedAdmin", equalTo(false))
                .body("agreements[0].status", equalTo("ACCEPTANCE_REQUIRED"));
        given().header("Authorization", "Bearer " + infra.jwts().token(provider, "AdminAgent")).get(path()).then().statusCode(200);
        given().header("Authorization", "Bearer " + infra.jwts().token(UUID.randomUUID(), "AdminAgent")).get(path()).then().statusCode(404);
    }

    @Test
    @DisplayName("the golden customer.invitation.accepted.v1 makes reseller and provider partners of record with delegated admin")
    void invitationAccepted() {
        feed.publish(Golden.sample(EventType.CUSTOMER_INVITATION_ACCEPTED, ids));
        feed.awaitCustomer(customer, 2, 0);

        given().header("Authorization", feed.operator()).get(path()).then()
                .body("registered", equalTo(false))
                .body("partnersOfRecord.findAll { it.delegatedAdmin }", hasSize(2))
                .body("partnersOfRecord.find { it.partnerTenantId == '" + provider + "' }.role", equalTo("INDIRECT_PROVIDER"));
    }

    @Test
    @DisplayName("an older MCA status arriving after a newer one does not overwrite it")
    void olderAgreementStatus() {
        EventEnvelope required = Golden.sample(EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, ids);
        EventEnvelope accepted = feed.publish(EventEnvelope.wrap(UUID.randomUUID(), "/test", required.time().plusHours(1), null,
                new org.csptransition.platform.events.relationship.AgreementStatusChanged(customer, "Contoso", provider, "Northwind",
                        partner, "Fabrikam AB", "ACCEPTANCE_REQUIRED", "ACCEPTED", "CUSTOMER_ACCEPTANCE", required.time().plusHours(1).toInstant())));
        feed.publish(Golden.sample(EventType.CUSTOMER_REGISTERED, ids));
        feed.publish(required);
        feed.publish(Golden.sample(EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED, ids));
        feed.awaitCustomer(customer, 2, 1);

        given().header("Authorization", feed.operator()).get(path()).then()
                .body("agreements[0].status", equalTo("ACCEPTED")).body("agreements[0].basis", equalTo("CUSTOMER_ACCEPTANCE"));
        assertThat(accepted.id()).isNotNull();
    }

    @Test
    @DisplayName("the same event delivered twice is applied once: one inbox row per consumer, one row per partner of record")
    void duplicateDelivery() {
        EventEnvelope registered = Golden.sample(EventType.CUSTOMER_REGISTERED, ids);
        EventEnvelope agreement = Golden.sample(EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, ids);
        feed.publish(registered);
        feed.publish(registered);
        feed.publish(agreement);
        feed.publish(agreement);
        feed.awaitCustomer(customer, 1, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxRows(agreement.id()) == 1);

        assertThat(inboxRows(registered.id())).isEqualTo(1);
        given().header("Authorization", feed.operator()).get(path()).then()
                .body("partnersOfRecord", hasSize(1)).body("agreements", hasSize(1));
    }

    long inboxRows(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM inbox_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
