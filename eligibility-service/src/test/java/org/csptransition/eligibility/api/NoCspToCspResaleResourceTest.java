package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.csptransition.eligibility.persistence.CustomerTenantRepository;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E7 no CSP-to-CSP resale: a CSP partner's customer tenant is never registered as a partner")
class NoCspToCspResaleResourceTest {

    @InjectInfra
    Infrastructure infra;
    @Inject
    CustomerTenantRepository customerTenants;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    Response register(UUID tenant, String language) {
        return given().header("Authorization", api.operator()).header("Accept-Language", language).contentType(ContentType.JSON).body("""
                { "tenantId": "%s", "partnerId": "%s", "companyName": "Contoso AB", "country": "SE", "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@contoso.se" },
                  "mpnMembershipActive": true, "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" } ] }
                """.formatted(tenant, Api.aPartnerId())).when().post("/v1/partners");
    }

    /** relationship-service's announcement that {@code customer} is a direct-bill partner's customer, over the real broker. */
    void customerRegistered(UUID customer) throws Exception {
        UUID partner = UUID.randomUUID();
        EventEnvelope event = EventEnvelope.wrap(UUID.randomUUID(), "/relationship-service", OffsetDateTime.now(ZoneOffset.UTC), null,
                new CustomerRegistered(customer, "Contoso AB", "contoso.onmicrosoft.com", "SE", "DIRECT_BILL_CUSTOMER", partner,
                        "Fabrikam AB", partner, "Fabrikam AB", Instant.now()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(EventType.CUSTOMER_REGISTERED.topic(), event.subject(), EventJson.write(event)))
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @DisplayName("E7: once a tenant is registered as a customer, registering it as a partner is 422 PARTNER_TENANT_IS_CSP_CUSTOMER, in the caller's language; another tenant of the company registers")
    void customerTenantIsRefused() throws Exception {
        UUID customer = UUID.randomUUID();
        customerRegistered(customer);

        // the consumer has learnt the fact (registering before that would succeed: the check is as good as what is known)
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> customerTenants.isCustomer(customer)));
        register(customer, "sv-SE").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PARTNER_TENANT_IS_CSP_CUSTOMER"))
                .body("detail", containsString("är kund till en CSP-partner"));
        given().header("Authorization", api.operator()).when().get("/v1/partners/" + customer).then().statusCode(404);

        UUID otherTenantOfTheCompany = UUID.randomUUID();
        assertThat(register(otherTenantOfTheCompany, "en").statusCode()).isEqualTo(201);
    }
}
