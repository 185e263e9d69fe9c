package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.csptransition.eligibility.application.ReviewGate;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@TestProfile(CapabilityReviewProgressTest.ProgressEveryPartner.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E5 a capability review on demand in the background, and its progress while it runs")
class CapabilityReviewProgressTest {

    /** Progress written after every partner, so a review over a few partners shows 0 < processed < total. */
    public static class ProgressEveryPartner implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eligibility.capability-review.progress-every", "1");
        }
    }

    @InjectInfra
    Infrastructure infra;
    @Inject
    ReviewGate gate;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** An active direct-bill partner below the revenue bar: a review as of 2021-06-01 restricts it. */
    UUID aPartnerBelowTheBar() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, YearMonth.of(2021, 5), "20000.00");
        return tenant;
    }

    JsonPath review(String id) {
        return given().header("Authorization", api.operator()).get("/v1/capability-reviews/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("E5 Prefer: respond-async answers 202 at once; GET shows RUNNING with 0 < processed < total, then COMPLETED with the outcome")
    void progressWhileItRuns() {
        List<UUID> partners = List.of(aPartnerBelowTheBar(), aPartnerBelowTheBar(), aPartnerBelowTheBar());
        gate.close();
        String id;
        try {
            var started = given().header("Authorization", api.operator()).header("Prefer", "respond-async").contentType(ContentType.JSON)
                    .body("{ \"asOf\": \"2021-06-01\" }").post("/v1/capability-reviews")
                    .then().statusCode(202).header("Location", containsString("/v1/capability-reviews/"))
                    .body("progress.state", equalTo("RUNNING")).extract();
            id = started.path("id");
            assertThat(started.header("Location")).endsWith(id);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(review(id).getInt("progress.processed")).isEqualTo(1));
            JsonPath running = review(id);
            assertThat(running.getString("progress.state")).isEqualTo("RUNNING");
            assertThat(running.getInt("progress.total")).isGreaterThanOrEqualTo(partners.size());
            assertThat(running.getString("review.completedAt")).isNull();
            assertThat(running.getString("review.asOf")).isEqualTo("2021-06-01");
            assertThat(running.getList("outcomes")).isEmpty();
            assertThat(given().header("Authorization", api.operator()).get("/v1/capability-reviews?size=200").jsonPath()
                    .getList("items.id", String.class)).as("the history lists finished reviews only").doesNotContain(id);
        } finally {
            gate.open();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(review(id).getString("progress.state")));
        JsonPath done = review(id);
        assertThat(done.getInt("progress.processed")).isEqualTo(done.getInt("progress.total")).isEqualTo(done.getInt("review.evaluated"));
        assertThat(done.getString("review.completedAt")).isNotNull();
        assertThat(done.getList("outcomes.tenantId", String.class)).containsAll(partners.stream().map(UUID::toString).toList());
    }

    @Test
    @DisplayName("E5 a review run in the request (no Prefer) is COMPLETED when its 200 arrives; a date without a policy is 422 either way")
    void synchronousAndRefused() {
        aPartnerBelowTheBar();
        String id = given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"asOf\": \"2021-06-01\" }")
                .post("/v1/capability-reviews").then().statusCode(200).extract().path("id");
        JsonPath done = review(id);
        assertThat(done.getString("progress.state")).isEqualTo("COMPLETED");
        assertThat(done.getInt("progress.processed")).isEqualTo(done.getInt("review.evaluated"));

        for (String prefer : List.of("respond-async", "return=representation")) {
            given().header("Authorization", api.operator()).header("Prefer", prefer).contentType(ContentType.JSON)
                    .body("{ \"asOf\": \"2019-01-01\" }").post("/v1/capability-reviews")
                    .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("NO_POLICY_IN_FORCE"));
        }
        given().header("Authorization", api.operator()).get("/v1/capability-reviews/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @DisplayName("E5 only the operator's tenant starts or reads a review: a partner's admin and a ProgramOperator from another tenant get 403")
    void operatorOnly() {
        UUID partner = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        for (String token : List.of(api.admin(partner), api.tenant(UUID.randomUUID(), "ProgramOperator"))) {
            given().header("Authorization", token).header("Prefer", "respond-async").contentType(ContentType.JSON)
                    .body("{ \"asOf\": \"2021-06-01\" }").post("/v1/capability-reviews").then().statusCode(403);
            given().header("Authorization", token).get("/v1/capability-reviews/" + UUID.randomUUID()).then().statusCode(403);
        }
    }
}
