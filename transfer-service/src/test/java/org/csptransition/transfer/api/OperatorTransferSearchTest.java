package org.csptransition.transfer.api;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("The operator's desk in transfer-service: every transfer searched, paged, sorted, as CSV; transfers by status and time to close")
class OperatorTransferSearchTest {

    @InjectInfra
    Infrastructure infra;

    World world;
    UUID secondCustomer;
    List<String> created = new ArrayList<>();

    /** Three requests of one partner to one provider, two for the first customer (the oldest rejected), one for a second. */
    @BeforeEach
    void threeRequestsForTwoCustomers() {
        world = World.ready(new Api(infra), new Feed(infra));
        secondCustomer = world.feed.directBillCustomerOf(world.partner, "Adatum");
        world.feed.extend(secondCustomer, "Adatum", world.partner, world.provider, World.PROVIDER_NAME, "ACCEPTED");
        created.add(world.created(world.office365(1)));
        created.add(world.created(world.office365(2)));
        UUID theirs = world.api.importOffice365(secondCustomer, world.partner, 3);
        created.add(world.api.agent(world.partner).body(World.newTransfer(world.provider, theirs))
                .post("/v1/customers/" + secondCustomer + "/transfers").then().statusCode(201).extract().path("id"));
        world.api.agent(world.provider).header("If-Match", world.etag(created.get(0)))
                .body("{\"status\":\"reject\"}").patch(world.transfer(created.get(0))).then().statusCode(200);
    }

    JsonPath search(String query) {
        return world.api.operator().accept("application/json").when().get("/v1/operator/transfers?" + query)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
    }

    @Test
    @DisplayName("filters by partner, provider, customer and status (any case), newest first, with the total")
    void filters() {
        JsonPath byPartner = search("partner=" + world.partner);
        assertThat(byPartner.getList("items.id", String.class)).containsExactly(created.get(2), created.get(1), created.get(0));
        assertThat(byPartner.getInt("total")).isEqualTo(3);
        assertThat(byPartner.getString("items[2].status")).isEqualTo("Rejected");
        assertThat(byPartner.getString("items[2].targetPartnerName")).isEqualTo(World.PROVIDER_NAME);

        assertThat(search("provider=" + world.provider + "&status=rejected").getList("items.id", String.class)).containsExactly(created.get(0));
        assertThat(search("provider=" + world.provider + "&status=Active").getList("items.id", String.class))
                .containsExactly(created.get(2), created.get(1));
        assertThat(search("customer=" + secondCustomer).getList("items.id", String.class)).containsExactly(created.get(2));
        assertThat(search("partner=" + world.provider).getInt("total")).as("the provider is no source").isZero();
    }

    @Test
    @DisplayName("filters by the creation time (from inclusive, to exclusive); pages and sorts")
    void createdRangePagedSorted() {
        String second = world.get(created.get(1)).then().statusCode(200).extract().path("createdTime");
        String third = world.api.agent(world.partner).get("/v1/customers/" + secondCustomer + "/transfers/" + created.get(2))
                .then().statusCode(200).extract().path("createdTime");
        assertThat(search("partner=" + world.partner + "&createdFrom=" + second).getList("items.id", String.class))
                .containsExactly(created.get(2), created.get(1));
        assertThat(search("partner=" + world.partner + "&createdFrom=" + second + "&createdTo=" + third).getList("items.id", String.class))
                .containsExactly(created.get(1));

        JsonPath oldestSecond = search("partner=" + world.partner + "&sort=createdTime&order=asc&size=1&page=1");
        assertThat(oldestSecond.getList("items.id", String.class)).containsExactly(created.get(1));
        assertThat(oldestSecond.getInt("total")).isEqualTo(3);
        assertThat(search("partner=" + world.partner + "&sort=customerName&order=asc").getList("items.customerName", String.class))
                .containsExactly("Adatum", World.CUSTOMER_NAME, World.CUSTOMER_NAME);
    }

    @Test
    @DisplayName("exports every match as CSV, with Accept: text/csv or format=csv")
    void csv() {
        for (var request : List.of(world.api.operator().accept("text/csv"), world.api.operator().queryParam("format", "csv").accept("*/*"))) {
            String body = request.when().get("/v1/operator/transfers?size=1&partner=" + world.partner)
                    .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
            List<String> lines = List.of(body.split("\r\n"));
            assertThat(lines).hasSize(4).first().isEqualTo("id,status,stage,customerTenantId,customerName,sourcePartnerTenantId,sourcePartnerName,"
                    + "targetPartnerTenantId,targetPartnerName,createdTime,completedTime,lastModifiedTime");
            assertThat(lines.get(3)).startsWith(created.get(0) + ",Rejected,ENDED," + world.customer + "," + World.CUSTOMER_NAME + ","
                    + world.partner + ",");
        }
    }

    @Test
    @DisplayName("only the operator's tenant: a partner's agent and a ProgramOperator claimed from another tenant get 403; bad parameters 400")
    void operatorOnly() {
        world.api.agent(world.partner).get("/v1/operator/transfers").then().statusCode(403);
        world.api.as(UUID.randomUUID(), "ProgramOperator").get("/v1/operator/transfers").then().statusCode(403);
        given().get("/v1/operator/transfers").then().statusCode(401);
        world.api.operator().header("Accept-Language", "sv").get("/v1/operator/transfers?status=Lost").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_STATUS"));
        world.api.operator().header("Accept-Language", "sv").get("/v1/operator/transfers?createdFrom=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INVALID_TIME"))
                .body("detail", equalTo("createdFrom är ingen ISO-8601-tidpunkt (2026-11-19T10:00:00Z)"));
        for (String bad : List.of("partner=nobody", "sort=size", "order=up", "size=0", "size=201", "page=-1", "format=xml")) {
            world.api.operator().get("/v1/operator/transfers?" + bad).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    @DisplayName("the transfers by status are a gauge; a rejected transfer counts in the time-to-close histogram")
    void metrics() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(value(metrics, "transfers\\{[^}]*status=\"Active\"[^}]*}")).isGreaterThanOrEqualTo(2);
            assertThat(value(metrics, "transfers\\{[^}]*status=\"Rejected\"[^}]*}")).isGreaterThanOrEqualTo(1);
            assertThat(value(metrics, "transfers_time_to_close_seconds_count\\{[^}]*status=\"Rejected\"[^}]*}")).isGreaterThanOrEqualTo(1);
            assertThat(metrics).contains("transfers_time_to_close_seconds_bucket{");
        });
    }

    static double value(String metrics, String series) {
        Matcher m = java.util.regex.Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(metrics);
        assertThat(m.find()).as(series).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
