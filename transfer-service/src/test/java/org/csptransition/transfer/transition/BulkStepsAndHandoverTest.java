package org.csptransition.transfer.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T14 the provider's bulk steps on a wave, and T15 the handover statements of its transfers")
class BulkStepsAndHandoverTest {

    @InjectInfra
    Infrastructure infra;

    World world;
    UUID second;
    UUID firstSubscription;
    String waveId;
    List<String> transfers;

    /** A wave of two customers, worked through by the scheduled worker: two Active transfers awaiting the provider. */
    @BeforeEach
    void aWaveOfTwo() {
        world = World.ready(new Api(infra), new Feed(infra));
        firstSubscription = world.office365(12);
        second = Movers.customers(world, "Adatum", 1, "ACCEPTED").get(0);
        waveId = world.api.agent(world.partner).body(TransitionWaveTest.wave(List.of(world.customer, second), world.provider))
                .post("/v1/transition-waves").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(world.api.agent(world.partner).get("/v1/transition-waves/" + waveId).path("status")));
        transfers = world.api.agent(world.partner).get("/v1/transition-waves/" + waveId).then().extract().path("items.transferId");
        assertThat(transfers).hasSize(2).doesNotContainNull();
    }

    String decisions(String decision) {
        return "{\"decision\":\"" + decision + "\",\"waveId\":\"" + waveId + "\"}";
    }

    @Test
    @DisplayName("T14 the provider accepts the whole wave in one call, each item as a single accept; a second call: each 409 TRANSFER_NOT_ACTIVE")
    void acceptWave() {
        world.api.agent(world.provider).body(decisions("accept")).post("/v1/transfers/bulk-decisions").then().statusCode(200)
                .body("items", hasSize(2)).body("succeeded", equalTo(2)).body("items.status", everyItem(equalTo(200)))
                .body("items.result.status", everyItem(equalTo("Complete")))
                .body("items.result.stage", everyItem(equalTo("AWAITING_PROVIDER_VERIFICATION")));
        world.api.agent(world.provider).body(decisions("accept")).post("/v1/transfers/bulk-decisions").then().statusCode(200)
                .body("refused", equalTo(2)).body("items.status", everyItem(equalTo(409)))
                .body("items.code", everyItem(equalTo("TRANSFER_NOT_ACTIVE")));
    }

    @Test
    @DisplayName("T14 reject a named set: each Rejected; a transfer the caller is no party to: that item 404 NOT_FOUND, the others done")
    void rejectSet() {
        String stranger = UUID.randomUUID().toString();
        JsonPath result = world.api.agent(world.provider).body("{\"decision\":\"reject\",\"reason\":\"Not now\",\"transferIds\":[\""
                        + transfers.get(0) + "\",\"" + stranger + "\"]}").post("/v1/transfers/bulk-decisions").then().statusCode(200)
                .body("succeeded", equalTo(1)).body("refused", equalTo(1)).extract().jsonPath();
        assertThat(result.getString("items[0].result.status")).isEqualTo("Rejected");
        assertThat(result.getInt("items[1].status")).isEqualTo(404);
        assertThat(result.getString("items[1].code")).isEqualTo("NOT_FOUND");
        world.api.agent(world.partner).get("/v1/customers/" + second + "/transfers/" + transfers.get(1)).then().body("status", equalTo("Active"));
    }

    @Test
    @DisplayName("T14 verify in bulk: the provider (step 3) then the partner (step 4) close the wave; out of order, each item 409")
    void verifyWave() {
        String wave = "{\"waveId\":\"" + waveId + "\"}";
        world.api.agent(world.partner).body(wave).post("/v1/transfers/bulk-verifications").then().statusCode(200)
                .body("items.code", everyItem(equalTo("VERIFICATION_OUT_OF_ORDER"))).body("items.status", everyItem(equalTo(409)));
        world.api.agent(world.provider).body(decisions("accept")).post("/v1/transfers/bulk-decisions").then().statusCode(200);
        world.api.agent(world.provider).body(wave).post("/v1/transfers/bulk-verifications").then().statusCode(200)
                .body("succeeded", equalTo(2)).body("items.result.step", everyItem(equalTo("PROVIDER")));
        world.api.agent(world.partner).body("{\"transferIds\":[\"" + transfers.get(0) + "\",\"" + transfers.get(1) + "\"]}")
                .post("/v1/transfers/bulk-verifications").then().statusCode(200)
                .body("succeeded", equalTo(2)).body("items.result.transfer.stage", everyItem(equalTo("CLOSED")));
    }

    @Test
    @DisplayName("T15 before acceptance: 409 HANDOVER_NOT_READY, the wave's statement lists both as not processed; after: per line old and "
            + "new ids, offer, quantity, when the provider took over and the cut-over day after it (UTC), for both parties, JSON and CSV")
    void handover() {
        String one = world.transfer(transfers.get(0)) + "/handover";
        world.api.agent(world.partner).get(one).then().statusCode(409).body("code", equalTo("HANDOVER_NOT_READY"));
        world.api.agent(world.partner).get("/v1/transition-waves/" + waveId + "/handover").then().statusCode(200)
                .body("lines", hasSize(0)).body("notProcessedTransferIds", hasSize(2));

        world.api.agent(world.provider).body(decisions("accept")).post("/v1/transfers/bulk-decisions").then().statusCode(200);

        for (UUID party : List.of(world.partner, world.provider)) {
            JsonPath statement = world.api.agent(party).get(one).then().statusCode(200).body("lines", hasSize(1)).extract().jsonPath();
            assertThat(statement.getString("lines[0].oldSubscriptionId")).isEqualTo(firstSubscription.toString());
            assertThat(statement.getString("lines[0].newSubscriptionId")).isNotEqualTo(firstSubscription.toString()).isNotBlank();
            assertThat(statement.getInt("lines[0].quantity")).isEqualTo(12);
            assertThat(statement.getString("lines[0].offerName")).isEqualTo("Office 365 E3");
            Instant tookOver = Instant.parse(statement.getString("lines[0].providerTookOverAt"));
            assertThat(LocalDate.parse(statement.getString("lines[0].billingCutOverDate")))
                    .isEqualTo(LocalDate.ofInstant(tookOver, ZoneOffset.UTC).plusDays(1));
        }
        String csv = world.api.agent(world.provider).header("Accept", "text/csv").get("/v1/transition-waves/" + waveId + "/handover")
                .then().statusCode(200).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).startsWith("transferId,customerTenantId,oldSubscriptionId,newSubscriptionId,offerId,offerName,productType,quantity,"
                + "billingCycle,providerTookOverAt,billingCutOverDate\r\n").contains(firstSubscription + ",");
        world.api.agent(world.feed.provider("Stranger AB")).get(one).then().statusCode(404);
        world.api.agent(world.feed.provider("Stranger AB")).get("/v1/transition-waves/" + waveId + "/handover").then().statusCode(404);
    }

    @Test
    @DisplayName("refusals: neither or both of transferIds and waveId 400 BULK_SELECTION_INVALID; a GlobalAdmin 403; an unknown wave 404")
    void refusals() {
        world.api.agent(world.provider).body("{\"decision\":\"accept\"}").post("/v1/transfers/bulk-decisions").then().statusCode(400)
                .body("code", equalTo("BULK_SELECTION_INVALID"));
        world.api.agent(world.provider).body("{\"waveId\":\"" + waveId + "\",\"transferIds\":[\"" + transfers.get(0) + "\"]}")
                .post("/v1/transfers/bulk-verifications").then().statusCode(400).body("code", equalTo("BULK_SELECTION_INVALID"));
        world.api.as(world.provider, "GlobalAdmin").body(decisions("accept")).post("/v1/transfers/bulk-decisions").then().statusCode(403);
        world.api.agent(world.provider).body("{\"decision\":\"accept\",\"waveId\":\"" + UUID.randomUUID() + "\"}")
                .post("/v1/transfers/bulk-decisions").then().statusCode(404);
    }
}
