package org.csptransition.transfer.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T13 transition waves: many customers to one provider in one request, worked through in the background")
class TransitionWaveTest {

    @InjectInfra
    Infrastructure infra;

    static String wave(List<UUID> customers, UUID provider) {
        return "{\"providerTenantId\":\"" + provider + "\",\"customerTenantIds\":["
                + customers.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",")) + "]}";
    }

    static Map<String, String> reasonsByCustomer(JsonPath readiness) {
        Map<String, String> reasons = new HashMap<>();
        List<Map<String, Object>> items = readiness.getList("items");
        items.forEach(i -> reasons.put((String) i.get("customerTenantId"), (String) i.get("reasonCode")));
        return reasons;
    }

    @Test
    @DisplayName("a wave of 50 customers: 202 + Location at once, then every customer ends with its transfer or the code a single "
            + "create got, one transfer each, and the totals agree with readiness before and after")
    void fiftyCustomers() {
        World world = World.ready(new Api(infra), new Feed(infra));
        List<UUID> customers = new ArrayList<>(Movers.customers(world, "Ready", 40, "ACCEPTED"));
        customers.addAll(Movers.customers(world, "Mca", 5, "ACCEPTANCE_REQUIRED"));
        customers.addAll(Movers.customers(world, "Unextended", 5, null));
        String readiness = "/v1/transition-readiness?providerTenantId=" + world.provider + "&size=200";
        JsonPath before = world.api.agent(world.partner).get(readiness).then().statusCode(200)
                .body("totals.customers", equalTo(51)).body("totals.ready", equalTo(40)).body("totals.done", equalTo(1)).extract().jsonPath();
        Map<String, String> reasons = reasonsByCustomer(before);

        String key = UUID.randomUUID().toString();
        Response started = world.api.agent(world.partner).header("Idempotency-Key", key).body(wave(customers, world.provider))
                .post("/v1/transition-waves");
        started.then().statusCode(202).header("Location", notNullValue()).body("status", equalTo("RUNNING"))
                .body("counts.total", equalTo(50)).body("selection", equalTo("LISTED"));
        String id = started.path("id");
        assertThat(started.header("Location")).endsWith("/v1/transition-waves/" + id);
        world.api.agent(world.partner).header("Idempotency-Key", key).body(wave(customers, world.provider)).post("/v1/transition-waves")
                .then().statusCode(202).body("id", equalTo(id));

        await().atMost(Duration.ofSeconds(120)).until(() ->
                "COMPLETED".equals(world.api.agent(world.partner).get("/v1/transition-waves/" + id).path("status")));
        JsonPath done = world.api.agent(world.partner).get("/v1/transition-waves/" + id).then().statusCode(200)
                .body("counts.total", equalTo(50)).body("counts.pending", equalTo(0)).body("counts.created", equalTo(40))
                .body("counts.refused", equalTo(10)).body("items", hasSize(50)).body("completedAt", notNullValue()).extract().jsonPath();
        List<Map<String, Object>> items = done.getList("items");
        for (Map<String, Object> item : items) {
            String customer = (String) item.get("customerTenantId");
            if ("CREATED".equals(item.get("status"))) {
                assertThat(reasons.get(customer)).as("a created customer was ready").isNull();
                assertThat(item.get("transferId")).isNotNull();
            } else {
                assertThat(item.get("refusalCode")).as("refused with readiness's reason").isEqualTo(reasons.get(customer));
            }
        }

        // one transfer per customer: the partner's outbox holds exactly 40, one for each created customer
        JsonPath outbox = world.api.agent(world.partner).get("/v1/transfers?role=source&size=200").then().statusCode(200).extract().jsonPath();
        List<String> transferCustomers = outbox.getList("items.customerTenantId");
        assertThat(transferCustomers).hasSize(40).doesNotHaveDuplicates();

        world.api.agent(world.partner).get(readiness).then().statusCode(200)
                .body("totals.inProgress", equalTo(40)).body("totals.ready", equalTo(0))
                .body("totals.blockedByReason.MCA_NOT_ACCEPTED", equalTo(5))
                .body("totals.blockedByReason.PROVIDER_NOT_PARTNER_OF_RECORD", equalTo(5));

        // the provider sees the wave with only the customers it received a transfer for
        world.api.agent(world.provider).get("/v1/transition-waves/" + id).then().statusCode(200)
                .body("counts.total", equalTo(40)).body("items", hasSize(40)).body("items.status", everyItem(equalTo("CREATED")));
        world.api.agent(world.feed.provider("Stranger AB")).get("/v1/transition-waves/" + id).then().statusCode(404);
        world.api.agent(world.partner).get("/v1/transition-waves").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].counts.created", equalTo(40));
    }

    @Test
    @DisplayName("allReady takes every READY customer, published as transition-wave.started.v1 and .completed.v1 with its counts; "
            + "once none is left: 409 TRANSITION_WAVE_EMPTY")
    void allReady() {
        World world = World.ready(new Api(infra), new Feed(infra));
        world.office365(3);
        Movers.customers(world, "Ready", 2, "ACCEPTED");
        Movers.customers(world, "Mca", 1, "ACCEPTANCE_REQUIRED");
        String body = "{\"providerTenantId\":\"" + world.provider + "\",\"allReady\":true}";

        String id = world.api.agent(world.partner).body(body).post("/v1/transition-waves").then().statusCode(202)
                .body("selection", equalTo("ALL_READY")).body("counts.total", equalTo(3)).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(world.api.agent(world.partner).get("/v1/transition-waves/" + id).path("status")));
        world.api.agent(world.partner).get("/v1/transition-waves/" + id).then().body("counts.created", equalTo(3));
        try (Events events = new Events(infra)) {
            List<EventEnvelope> published = events.awaitAbout(id, EventType.TRANSITION_WAVE_STARTED, EventType.TRANSITION_WAVE_COMPLETED);
            EventEnvelope started = Events.only(published, EventType.TRANSITION_WAVE_STARTED);
            assertThat(started.data().get("customers").asInt()).isEqualTo(3);
            assertThat(started.data().get("selection").asText()).isEqualTo("ALL_READY");
            EventEnvelope completed = Events.only(published, EventType.TRANSITION_WAVE_COMPLETED);
            assertThat(completed.data().get("created").asInt()).isEqualTo(3);
            assertThat(completed.data().get("refused").asInt()).isZero();
            assertThat(completed.data().get("partnerTenantId").asText()).isEqualTo(world.partner.toString());
        }

        world.api.agent(world.partner).body(body).post("/v1/transition-waves").then().statusCode(409)
                .body("code", equalTo("TRANSITION_WAVE_EMPTY"));
    }

    @Test
    @DisplayName("refusals: neither or both selections 400 WAVE_SELECTION_INVALID; a SalesAgent 403; not a provider 422; a stranger's "
            + "customer in the list is refused NOT_FOUND like a single create")
    void refusals() {
        World world = World.ready(new Api(infra), new Feed(infra));
        world.office365(3);
        world.api.agent(world.partner).body("{\"providerTenantId\":\"" + world.provider + "\"}").post("/v1/transition-waves")
                .then().statusCode(400).body("code", equalTo("WAVE_SELECTION_INVALID"));
        world.api.agent(world.partner).body("{\"providerTenantId\":\"" + world.provider + "\",\"allReady\":true,\"customerTenantIds\":[\""
                + world.customer + "\"]}").post("/v1/transition-waves").then().statusCode(400).body("code", equalTo("WAVE_SELECTION_INVALID"));
        world.api.as(world.partner, "SalesAgent").body(wave(List.of(world.customer), world.provider)).post("/v1/transition-waves")
                .then().statusCode(403);
        world.api.agent(world.partner).body(wave(List.of(world.customer), world.partner)).post("/v1/transition-waves")
                .then().statusCode(422).body("code", equalTo("TARGET_NOT_INDIRECT_PROVIDER"));

        UUID strangers = UUID.randomUUID();
        String id = world.api.agent(world.partner).body(wave(List.of(world.customer, strangers), world.provider)).post("/v1/transition-waves")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(world.api.agent(world.partner).get("/v1/transition-waves/" + id).path("status")));
        JsonPath wave = world.api.agent(world.partner).get("/v1/transition-waves/" + id).then().extract().jsonPath();
        assertThat(wave.getString("items.find { it.customerTenantId == '" + strangers + "' }.refusalCode")).isEqualTo("NOT_FOUND");
        assertThat(wave.getString("items.find { it.customerTenantId == '" + world.customer + "' }.status")).isEqualTo("CREATED");
    }
}
