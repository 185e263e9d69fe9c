package org.csptransition.notification.webhook;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures.TestPartner;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.tokenOf;

/** N4 webhooks delivered to real HTTP receivers started by the test. */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N4 webhooks reach a distributor's receiver: signed, with every id, once per event and endpoint, in order")
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** How long the receivers must stay unchanged before their webhooks are counted. */
    private static final Duration QUIET = Duration.ofSeconds(2);
    private static final int SLOW_BACKLOG = 70;

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("N4 a transfer event reaches the provider's endpoint signed by the Standard Webhooks scheme, naming the transfer, customer, partner and provider and linking the transfer")
    void signedWithEveryId() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "sv-SE");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhooks.Endpoint endpoint = Webhooks.register(infra, provider.tenantId(), receiver.url(), List.of("transfer.created.v1"));
            assertThat(endpoint.secret()).startsWith("whsec_");
            UUID transfer = UUID.randomUUID();
            UUID customer = UUID.randomUUID();
            EventEnvelope event = Webhooks.created(infra, transfer, customer, partner, provider);

            await().atMost(WAIT).until(() -> receiver.accepted().size() == 1);
            WebhookReceiver.Received webhook = receiver.accepted().get(0);
            assertThat(WebhookReceiver.verify(endpoint.secret(), webhook)).as("signature").isTrue();
            assertThat(WebhookReceiver.verify("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), webhook))
                    .as("another secret does not verify").isFalse();
            assertThat(Long.parseLong(webhook.timestamp())).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
            JsonPath body = new JsonPath(webhook.body());
            assertThat(body.getString("type")).isEqualTo("transfer.created.v1");
            assertThat(body.getString("timestamp")).isEqualTo(event.time().toInstant().toString());
            assertThat(body.getString("data.eventId")).isEqualTo(event.id().toString());
            assertThat(body.getString("data.transferId")).isEqualTo(transfer.toString());
            assertThat(body.getString("data.customerTenantId")).isEqualTo(customer.toString());
            assertThat(body.getString("data.partnerTenantId")).isEqualTo(partner.tenantId().toString());
            assertThat(body.getString("data.providerTenantId")).isEqualTo(provider.tenantId().toString());
            assertThat(body.getString("data.link")).endsWith("/v1/customers/" + customer + "/transfers/" + transfer);

            // the delivery log names it by its webhook-id, with the attempt's status, latency and answer
            JsonPath log = Webhooks.deliveries(infra, provider.tenantId(), endpoint.id());
            assertThat(log.getList("items.id")).containsExactly(webhook.webhookId());
            JsonPath one = given().header("Authorization", tokenOf(infra, provider.tenantId(), "AdminAgent"))
                    .get("/v1/webhook-endpoints/" + endpoint.id() + "/deliveries/" + webhook.webhookId()).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(one.getString("status")).isEqualTo("DELIVERED");
            assertThat(one.getInt("attemptLog[0].statusCode")).isEqualTo(200);
            assertThat(one.getString("attemptLog[0].responseExcerpt")).isEqualTo("answer 200");
            assertThat(one.getLong("attemptLog[0].latencyMs")).isGreaterThanOrEqualTo(0);
            assertThat(one.getString("payload")).isEqualTo(webhook.body());
        }
    }

    @Test
    @DisplayName("N4 only the parties hear of a transfer: the partner's and the provider's endpoints get it, a stranger's endpoint subscribed to the same type does not")
    void onlyParties() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        UUID stranger = UUID.randomUUID();
        try (WebhookReceiver partners = WebhookReceiver.start(); WebhookReceiver providers = WebhookReceiver.start();
             WebhookReceiver strangers = WebhookReceiver.start()) {
            Webhooks.register(infra, partner.tenantId(), partners.url(), List.of("transfer.created.v1"));
            Webhooks.register(infra, provider.tenantId(), providers.url(), List.of("transfer.created.v1"));
            Webhooks.Endpoint other = Webhooks.register(infra, stranger, strangers.url(), List.of("transfer.created.v1"));
            Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, provider);

            await().atMost(WAIT).until(() -> partners.accepted().size() == 1 && providers.accepted().size() == 1);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> strangers.received().isEmpty());
            assertThat(Webhooks.deliveries(infra, stranger, other.id()).getList("items")).isEmpty();
        }
    }

    @Test
    @DisplayName("N4 a receiver that fails the first two attempts of every webhook still gets exactly one successful delivery per event, each with one stable webhook-id")
    void failingReceiverGetsEachEventOnce() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer((id, attempt) -> attempt <= 2 ? 503 : 204);
            Webhooks.Endpoint endpoint = Webhooks.register(infra, provider.tenantId(), receiver.url(), List.of("transfer.created.v1"));
            List<UUID> transfers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                UUID transfer = UUID.randomUUID();
                transfers.add(transfer);
                Webhooks.created(infra, transfer, UUID.randomUUID(), partner, provider);
            }

            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 10);
            await().during(QUIET).atMost(QUIET.multipliedBy(3)).until(() -> receiver.accepted().size() == 10);
            Map<String, Long> successesById = receiver.accepted().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::webhookId, Collectors.counting()));
            assertThat(successesById).hasSize(10).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
            Map<String, Long> attemptsById = receiver.received().stream()
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::webhookId, Collectors.counting()));
            assertThat(attemptsById).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(3));
            assertThat(receiver.accepted().stream().map(r -> new JsonPath(r.body()).getString("data.transferId")))
                    .containsExactlyInAnyOrderElementsOf(transfers.stream().map(UUID::toString).toList());
            assertThat(receiver.received()).allSatisfy(r -> assertThat(WebhookReceiver.verify(endpoint.secret(), r)).isTrue());

            JsonPath log = Webhooks.deliveries(infra, provider.tenantId(), endpoint.id());
            assertThat(log.getList("items.status")).hasSize(10).containsOnly("DELIVERED");
            assertThat(log.getList("items.attempts", Integer.class)).containsOnly(3);
        }
    }

    @Test
    @DisplayName("N4 the events of one transfer reach an endpoint in their order, even when the first of them needs retries")
    void orderPerObject() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            List<String> types = List.of("transfer.created.v1", "transfer.accepted.v1", "transfer.completed.v1");
            Webhooks.register(infra, provider.tenantId(), receiver.url(), types);
            // the first webhook of the transfer fails three times: the later two wait for it
            receiver.answer((id, attempt) -> receiver.received().stream().noneMatch(r -> r.answeredStatus() == 200) && attempt <= 3 ? 500 : 200);
            UUID transfer = UUID.randomUUID();
            UUID customer = UUID.randomUUID();
            Webhooks.created(infra, transfer, customer, partner, provider);
            Webhooks.accepted(infra, transfer, customer, partner, provider);
            Webhooks.completed(infra, transfer, customer, partner, provider);

            await().atMost(WAIT).until(() -> receiver.accepted().size() == 3);
            assertThat(receiver.accepted().stream().map(r -> new JsonPath(r.body()).getString("type")).toList()).isEqualTo(types);
            assertThat(receiver.received().stream().filter(r -> r.answeredStatus() == 500).count()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("N4 a slow endpoint never delays another: while one receiver with 70 webhooks waiting takes longer than the request timeout, another gets its webhook at once")
    void slowEndpointDelaysNoOther() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner slowProvider = aRegisteredPartner(infra, "en-US");
        TestPartner fastProvider = aRegisteredPartner(infra, "en-US");
        try (WebhookReceiver slow = WebhookReceiver.start(); WebhookReceiver fast = WebhookReceiver.start()) {
            slow.delay(5_000); // beyond the tests' 3 s request timeout: every attempt times out
            Webhooks.register(infra, slowProvider.tenantId(), slow.url(), List.of("transfer.created.v1"));
            Webhooks.register(infra, fastProvider.tenantId(), fast.url(), List.of("transfer.created.v1"));
            // more than the sender's 32 attempts in flight (tests): without the per-endpoint bound they would take every slot
            for (int i = 0; i < SLOW_BACKLOG; i++) {
                Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, slowProvider);
            }
            await().atMost(WAIT).until(() -> !slow.received().isEmpty() || slowAttemptsStarted(slowProvider));

            long start = System.nanoTime();
            Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, fastProvider);
            await().atMost(Duration.ofSeconds(2)).until(() -> fast.accepted().size() == 1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }
    }

    /** Whether every webhook of the slow endpoint is written, so they wait or are in flight (its receiver records a request only once it answers). */
    private boolean slowAttemptsStarted(TestPartner slowProvider) {
        JsonPath endpoints = given().header("Authorization", tokenOf(infra, slowProvider.tenantId(), "AdminAgent"))
                .get("/v1/webhook-endpoints").jsonPath();
        String id = endpoints.getString("items[0].id");
        return Webhooks.deliveries(infra, slowProvider.tenantId(), id).getList("items").size() == SLOW_BACKLOG;
    }

    @Test
    @DisplayName("N4 after a rotation both secrets sign during the overlap; a rotation without overlap signs with the new secret only")
    void rotation() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhooks.Endpoint endpoint = Webhooks.register(infra, provider.tenantId(), receiver.url(), List.of("transfer.created.v1"));
            String token = tokenOf(infra, provider.tenantId(), "AdminAgent");
            var rotated = given().header("Authorization", token).header("If-Match", endpoint.etag()).contentType("application/json")
                    .body(Map.of("overlapSeconds", 3600)).post("/v1/webhook-endpoints/" + endpoint.id() + "/secret-rotation")
                    .then().statusCode(200).extract();
            String second = rotated.jsonPath().getString("secret");
            assertThat(second).startsWith("whsec_").isNotEqualTo(endpoint.secret());
            assertThat(rotated.jsonPath().getString("previousSecretValidUntil")).isNotNull();

            Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, provider);
            await().atMost(WAIT).until(() -> receiver.accepted().size() == 1);
            WebhookReceiver.Received during = receiver.accepted().get(0);
            assertThat(during.signature().split(" ")).hasSize(2);
            assertThat(WebhookReceiver.verify(endpoint.secret(), during)).as("old secret during the overlap").isTrue();
            assertThat(WebhookReceiver.verify(second, during)).as("new secret").isTrue();

            String third = given().header("Authorization", token).header("If-Match", rotated.header("ETag")).contentType("application/json")
                    .body(Map.of("overlapSeconds", 0)).post("/v1/webhook-endpoints/" + endpoint.id() + "/secret-rotation")
                    .then().statusCode(200).extract().jsonPath().getString("secret");
            Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, provider);
            await().atMost(WAIT).until(() -> receiver.accepted().size() == 2);
            WebhookReceiver.Received after = receiver.accepted().get(1);
            assertThat(after.signature().split(" ")).hasSize(1);
            assertThat(WebhookReceiver.verify(third, after)).isTrue();
            assertThat(WebhookReceiver.verify(second, after)).isFalse();
            assertThat(WebhookReceiver.verify(endpoint.secret(), after)).isFalse();
        }
    }

    @Test
    @DisplayName("N4 a test event is delivered and logged like any other; a redelivery sends it again with the same webhook-id; a time range sends again what it holds")
    void testEventAndRedelivery() throws Exception {
        UUID tenant = UUID.randomUUID();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhooks.Endpoint endpoint = Webhooks.register(infra, tenant, receiver.url(), List.of("transfer.created.v1"));
            String token = tokenOf(infra, tenant, "AdminAgent");
            java.time.Instant before = java.time.Instant.now().minusSeconds(1);
            String deliveryId = given().header("Authorization", token).post("/v1/webhook-endpoints/" + endpoint.id() + "/test-event")
                    .then().statusCode(202).extract().jsonPath().getString("id");
            await().atMost(WAIT).until(() -> receiver.accepted().size() == 1);
            WebhookReceiver.Received test = receiver.accepted().get(0);
            assertThat(test.webhookId()).isEqualTo(deliveryId);
            assertThat(new JsonPath(test.body()).getString("type")).isEqualTo("webhook.test.v1");
            assertThat(WebhookReceiver.verify(endpoint.secret(), test)).isTrue();

            given().header("Authorization", token).post("/v1/webhook-endpoints/" + endpoint.id() + "/deliveries/" + deliveryId + "/redelivery")
                    .then().statusCode(202);
            await().atMost(WAIT).until(() -> receiver.accepted().size() == 2);
            assertThat(receiver.accepted().get(1).webhookId()).isEqualTo(deliveryId);
            assertThat(receiver.accepted().get(1).body()).isEqualTo(test.body());

            int again = given().header("Authorization", token).contentType("application/json")
                    .body(Map.of("from", before.toString(), "to", java.time.Instant.now().plusSeconds(1).toString()))
                    .post("/v1/webhook-endpoints/" + endpoint.id() + "/redelivery").then().statusCode(202)
                    .extract().jsonPath().getInt("redelivered");
            assertThat(again).isEqualTo(1);
            await().atMost(WAIT).until(() -> receiver.accepted().size() == 3);
            JsonPath one = given().header("Authorization", token)
                    .get("/v1/webhook-endpoints/" + endpoint.id() + "/deliveries/" + deliveryId).then().statusCode(200).extract().jsonPath();
            assertThat(one.getList("attemptLog")).hasSize(3);
            assertThat(one.getString("status")).isEqualTo("DELIVERED");
        }
    }
}
