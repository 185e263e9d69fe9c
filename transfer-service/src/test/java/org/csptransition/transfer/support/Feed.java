package org.csptransition.transfer.support;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.events.relationship.RelationshipExtended;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Feeds transfer-service's read models the way production does: eligibility- and relationship-service's events, published
 * to their topics over the real broker, then awaited through the read-model endpoints. Nothing is inserted by hand.
 */
public final class Feed {

    private static KafkaProducer<String, String> producer;
    private static String producerServers;

    private final Infrastructure infra;

    public Feed(Infrastructure infra) {
        this.infra = infra;
    }

    /** A direct-bill partner; {@code transitioned}: it also completed the indirect-reseller enrollment (E6). */
    public UUID directBillPartner(String name, boolean transitioned) {
        UUID tenant = UUID.randomUUID();
        List<PartnerRegistered.Program> programs = new ArrayList<>(List.of(
                new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1))));
        publish(registered(tenant, name, programs));
        if (transitioned) {
            completeTransition(tenant);
        } else {
            awaitPartner(tenant);
        }
        return tenant;
    }

    /** E6: the enrollment completed; the tenant holds both programs. */
    public void completeTransition(UUID tenant) {
        publish(new IndirectResellerEnrollmentCompleted(tenant, UUID.randomUUID(), Instant.now(), List.of(
                new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1)),
                new PartnerRegistered.Program("INDIRECT_RESELLER", "ACTIVE", LocalDate.now()))));
        awaitPartner(tenant, "indirectResellerEnrollmentComplete", true);
    }

    public UUID provider(String name) {
        UUID tenant = UUID.randomUUID();
        publish(registered(tenant, name, List.of(new PartnerRegistered.Program("INDIRECT_PROVIDER", "ACTIVE", LocalDate.of(2015, 1, 1)))));
        awaitPartner(tenant);
        return tenant;
    }

    /** E5: the partner's DIRECT_BILL program becomes {@code status}. */
    public void directBillStatus(UUID tenant, String status) {
        publish(new PartnerProgramChanged(tenant, "DIRECT_BILL", "ACTIVE", status, LocalDate.now(), List.of("REVENUE"), null));
        awaitPartner(tenant, "directBillStatus", status);
    }

    /** R2: a direct-bill customer of {@code partner}, as relationship-service announces a registration. */
    public UUID directBillCustomerOf(UUID partner, String name) {
        UUID customer = UUID.randomUUID();
        publish(new CustomerRegistered(customer, name, name.toLowerCase().replace(' ', '-') + ".onmicrosoft.com", "SE",
                "DIRECT_BILL_CUSTOMER", partner, "Partner " + partner, partner, "Partner " + partner, Instant.now()));
        publish(new PartnerOfRecordAdded(customer, name, partner, "Partner " + partner, "DIRECT_BILL_PARTNER", true, Instant.now(), "DIRECT"));
        awaitCustomer(customer, 1, 0);
        return customer;
    }

    /** R2: an indirect-reseller customer of {@code reseller}. */
    public UUID indirectResellerCustomerOf(UUID reseller, String name) {
        UUID customer = UUID.randomUUID();
        publish(new CustomerRegistered(customer, name, "x.onmicrosoft.com", "SE", "INDIRECT_RESELLER_CUSTOMER", reseller,
                "Reseller", reseller, "Reseller", Instant.now()));
        publish(new PartnerOfRecordAdded(customer, name, reseller, "Reseller", "INDIRECT_RESELLER", true, Instant.now(), "DIRECT"));
        awaitCustomer(customer, 1, 0);
        return customer;
    }

    /**
     * R3 + R5: the reseller extended the customer to the provider; the MCA status for the provider is {@code mcaStatus}
     * ({@code null}: no status event yet, as if it were still on its way).
     */
    public void extend(UUID customer, String customerName, UUID reseller, UUID provider, String providerName, String mcaStatus) {
        publish(new RelationshipExtended(UUID.randomUUID(), customer, customerName, reseller, "Reseller", provider, providerName,
                new RelationshipExtended.Consent("Anna Berg", Instant.now()), null, Instant.now()));
        publish(new PartnerOfRecordAdded(customer, customerName, provider, providerName, "INDIRECT_PROVIDER", false, Instant.now(), "EXTENSION"));
        if (mcaStatus != null) {
            agreement(customer, customerName, provider, providerName, reseller, mcaStatus);
        } else {
            awaitPartnerOfRecord(customer, provider);
        }
    }

    /** Until {@code partner} is a partner of record of the customer (a count would not do: the customer may have others). */
    public void awaitPartnerOfRecord(UUID customer, UUID partner) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().header("Authorization", operator()).get("/v1/known-customers/" + customer);
            return response.statusCode() == 200
                    && response.jsonPath().getList("partnersOfRecord.partnerTenantId").contains(partner.toString());
        });
    }

    /** R4: the customer accepted the reseller's invitation; both are partners of record with delegated admin. */
    public void invitationAccepted(UUID customer, String customerName, UUID reseller, UUID provider, String providerName) {
        publish(new CustomerInvitationAccepted(UUID.randomUUID(), customer, customerName, reseller, "Reseller", provider, providerName,
                Instant.now()));
    }

    /** R5: the MCA status of the customer for the provider. */
    public void agreement(UUID customer, String customerName, UUID provider, String providerName, UUID reseller, String status) {
        publish(new AgreementStatusChanged(customer, customerName, provider, providerName, reseller, "Reseller", null, status,
                "ACCEPTED".equals(status) ? "PROVIDER_ATTESTATION" : "NONE", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> status.equals(given().header("Authorization", operator())
                .get("/v1/known-customers/" + customer).jsonPath()
                .getString("agreements.find { it.providerTenantId == '" + provider + "' }.status")));
    }

    public EventEnvelope publish(EventPayload payload) {
        return publish(EventEnvelope.wrap(UUID.randomUUID(), "/test", OffsetDateTime.now(ZoneOffset.UTC), null, payload));
    }

    public EventEnvelope publish(EventEnvelope envelope) {
        String topic = EventType.fromWireName(envelope.type()).orElseThrow().topic();
        try {
            producer().send(new ProducerRecord<>(topic, envelope.subject(), EventJson.write(envelope))).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish " + envelope.type(), e);
        }
        return envelope;
    }

    public String operator() {
        return Api.operatorBearer(infra);
    }

    public void awaitPartner(UUID tenant) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).statusCode() == 200);
    }

    public void awaitPartner(UUID tenant, String field, Object value) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().header("Authorization", operator()).get("/v1/known-partners/" + tenant);
            return response.statusCode() == 200 && value.equals(response.jsonPath().get(field));
        });
    }

    public void awaitCustomer(UUID customer, int partnersOfRecord, int agreements) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().header("Authorization", operator()).get("/v1/known-customers/" + customer);
            return response.statusCode() == 200 && response.jsonPath().getList("partnersOfRecord").size() >= partnersOfRecord
                    && response.jsonPath().getList("agreements").size() >= agreements;
        });
    }

    /** A registration before any transition: E6, when it comes, comes as indirectreseller.enrollment.completed.v1. */
    static PartnerRegistered registered(UUID tenant, String name, List<PartnerRegistered.Program> programs) {
        return new PartnerRegistered(tenant, String.valueOf(1_000_000 + Math.abs(tenant.hashCode() % 8_999_999)), name, "SE", "sv-SE",
                new PartnerRegistered.Contact("Eva", "Lind", "eva@" + tenant + ".example"), null, programs, null);
    }

    private synchronized KafkaProducer<String, String> producer() {
        String servers = infra.kafka().bootstrapServers();
        if (producer == null || !servers.equals(producerServers)) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.ACKS_CONFIG, "all"));
            producerServers = servers;
        }
        return producer;
    }
}
