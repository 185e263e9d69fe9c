package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.csptransition.eligibility.MutableClock;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E3, E6 the operator's enrollment queue over HTTP: due dates in business days, overdue today, CSV")
class EnrollmentQueueResourceTest {

    @InjectInfra
    Infrastructure infra;
    @Inject
    MutableClock clock;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A direct-bill partner applying for indirect reseller at {@code at} (the service's clock). */
    UUID appliedAt(String at) {
        clock.fixAt(Instant.parse(at));
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + "/indirect-reseller-enrollment")
                .then().statusCode(201);
        return tenant;
    }

    static Map<String, Object> itemOf(JsonPath page, UUID tenant) {
        return page.getMap("items.find { it.tenantId == '" + tenant + "' }");
    }

    /** One page of the queue as the operator, 200 items unless {@code query} says otherwise. */
    JsonPath queue(String query) {
        return page(query.contains("size=") ? query : query.isEmpty() ? "size=200" : query + "&size=200");
    }

    JsonPath page(String query) {
        return given().header("Authorization", api.operator()).accept("application/json")
                .when().get("/v1/operator/enrollment-queue?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("E6 one request answers which enrollments are overdue today: submitted Thursday, overdue the Friday after, not the Monday one")
    void overdueToday() {
        UUID thursday = appliedAt("2026-11-19T10:00:00Z");
        UUID monday = appliedAt("2026-11-23T10:00:00Z");

        clock.fixAt(Instant.parse("2026-11-26T16:00:00Z")); // the due date of Thursday's: still on time
        assertThat(itemOf(queue("overdue=true"), thursday)).isNull();

        clock.fixAt(Instant.parse("2026-11-27T09:00:00Z")); // Friday
        JsonPath overdue = queue("overdue=true");
        assertThat(itemOf(overdue, thursday)).containsEntry("kind", "INDIRECT_RESELLER_APPROVAL").containsEntry("dueBy", "2026-11-26")
                .containsEntry("overdue", true).containsEntry("businessDaysOverdue", 1);
        assertThat(itemOf(overdue, monday)).isNull();
        assertThat(overdue.getList("items.overdue", Boolean.class)).containsOnly(true);

        JsonPath all = queue("kind=INDIRECT_RESELLER_APPROVAL");
        assertThat(itemOf(all, monday)).containsEntry("dueBy", "2026-11-30").containsEntry("overdue", false);
        assertThat(itemOf(all, thursday)).containsEntry("overdue", true);
    }

    @Test
    @DisplayName("E6 the queue is paged and sorted by due date; a decided enrollment leaves it")
    void pagedSortedAndLeftWhenDecided() {
        UUID early = appliedAt("2026-11-02T10:00:00Z");
        UUID later = appliedAt("2026-11-03T10:00:00Z");
        clock.fixAt(Instant.parse("2026-11-04T10:00:00Z"));

        JsonPath first = queue("sort=dueBy&order=asc&page=0");
        List<String> dueDates = first.getList("items.dueBy", String.class);
        assertThat(dueDates).isSorted();
        List<String> tenants = first.getList("items.tenantId", String.class);
        assertThat(tenants.indexOf(early.toString())).isLessThan(tenants.indexOf(later.toString())).isNotNegative();
        int total = first.getInt("total");
        JsonPath one = queue("size=1&page=0");
        assertThat(one.getList("items")).hasSize(1);
        assertThat(one.getInt("total")).isEqualTo(total);

        given().header("Authorization", api.operator()).contentType("application/json").body("{ \"decision\": \"APPROVE\" }")
                .when().post("/v1/partners/" + early + "/indirect-reseller-enrollment/decision").then().statusCode(200);
        JsonPath after = queue("");
        assertThat(itemOf(after, early)).isNull();
        assertThat(itemOf(after, later)).isNotNull();
        assertThat(after.getInt("total")).isEqualTo(total - 1);
    }

    @Test
    @DisplayName("E6 the queue exports as CSV with Accept: text/csv or format=csv")
    void csv() {
        UUID tenant = appliedAt("2026-11-19T10:00:00Z");
        clock.fixAt(Instant.parse("2026-11-30T10:00:00Z"));
        for (var request : List.of(given().accept("text/csv"), given().queryParam("format", "csv").accept("*/*"))) {
            String body = request.header("Authorization", api.operator()).when().get("/v1/operator/enrollment-queue?overdue=true")
                    .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
            List<String> lines = List.of(body.split("\r\n"));
            assertThat(lines.get(0)).isEqualTo("kind,enrollmentId,tenantId,partnerId,companyName,country,submittedAt,dueBy,overdue,businessDaysOverdue");
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("," + tenant + ",")
                    .startsWith("INDIRECT_RESELLER_APPROVAL,").endsWith(",Fabrikam AB,SE,2026-11-19T10:00:00Z,2026-11-26,true,2"));
        }
    }

    @Test
    @DisplayName("E6 only the program operator reads the queue; bad parameters are 400 problem+json")
    void operatorOnly() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(tenant)).when().get("/v1/operator/enrollment-queue").then().statusCode(403);
        given().when().get("/v1/operator/enrollment-queue").then().statusCode(401);
        for (String bad : List.of("sort=nonsense", "order=up", "kind=OTHER", "size=0", "size=201", "page=-1", "format=xml")) {
            given().header("Authorization", api.operator()).header("Accept-Language", "sv")
                    .when().get("/v1/operator/enrollment-queue?" + bad)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
    }

    @Test
    @DisplayName("E6 the waiting and overdue enrollments are Prometheus gauges")
    void gauges() {
        appliedAt("2026-11-19T10:00:00Z");
        clock.fixAt(Instant.parse("2026-11-30T10:00:00Z"));
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double overdue = metrics.lines().filter(l -> l.startsWith("enrollments_overdue{") && l.contains("kind=\"INDIRECT_RESELLER_APPROVAL\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
        int expected = queue("overdue=true&kind=INDIRECT_RESELLER_APPROVAL").getInt("total");
        assertThat(overdue).isEqualTo(expected).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("enrollments_waiting{kind=\"CREDIT_CHECK\"");
    }
}
