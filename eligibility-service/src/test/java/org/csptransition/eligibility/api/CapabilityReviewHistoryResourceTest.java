package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E5 the history of capability reviews over HTTP: list them, read one with its outcome per partner")
class CapabilityReviewHistoryResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    @Test
    @DisplayName("E5 a review that ran is listed newest first and read back with whom it restricted and why")
    void reviewHistory() {
        UUID below = api.register("ASFP", "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(below);
        api.twelveMonths(below, CapabilityReviewResourceTest.LAST_MONTH, "100.00");
        JsonPath first = CapabilityReviewResourceTest.review(api, CapabilityReviewResourceTest.AS_OF);
        JsonPath second = CapabilityReviewResourceTest.review(api, CapabilityReviewResourceTest.AS_OF);

        JsonPath page = given().header("Authorization", api.operator()).when().get("/v1/capability-reviews?size=2")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(second.getString("id"), first.getString("id"));
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.getString("items[1].requestedBy")).isEqualTo("operator@csp-program.example");

        JsonPath past = given().header("Authorization", api.operator()).when().get("/v1/capability-reviews/" + first.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(past.getString("review.asOf")).isEqualTo(CapabilityReviewResourceTest.AS_OF);
        assertThat(past.getInt("review.restrictedCount")).isEqualTo(first.getInt("restrictedCount"));
        Map<String, Object> outcome = past.getMap("outcomes.find { it.tenantId == '" + below + "' }");
        assertThat(outcome).containsEntry("previousStatus", "ACTIVE").containsEntry("status", "RESTRICTED")
                .containsEntry("reasonCodes", List.of("REVENUE")); // the unmet requirement codes, as stored
        JsonPath again = given().header("Authorization", api.operator()).when().get("/v1/capability-reviews/" + second.getString("id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getMap("outcomes.find { it.tenantId == '" + below + "' }")).as("already restricted: no change the second time").isNull();
    }

    @Test
    @DisplayName("E5 only the operator reads the history; an unknown review is 404")
    void operatorOnly() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(tenant)).when().get("/v1/capability-reviews").then().statusCode(403);
        given().header("Authorization", api.operator()).when().get("/v1/capability-reviews/" + UUID.randomUUID())
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", api.operator()).when().get("/v1/capability-reviews?size=0")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }
}
