package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E2 policy versions with their own thresholds, managed by the operator over HTTP")
class PolicyResourceTest {

    static final String REVENUE = "requirements.find { it.code == 'REVENUE' }";

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    static String newVersion(String version, LocalDate effectiveFrom, String thresholdUsd, String requirements) {
        return """
                { "version": "%s", "effectiveFrom": "%s", "description": "Raises the revenue bar", "revenueThresholdUsd": "%s",
                  "tenureMonths": 12, "requirements": [ %s ] }""".formatted(version, effectiveFrom, thresholdUsd, requirements);
    }

    static final String ALL = """
            { "code": "MPN_ID", "kind": "MINIMUM" }, { "code": "ENDORSEMENT", "kind": "MINIMUM" },
            { "code": "SUPPORT", "kind": "MINIMUM" }, { "code": "REVENUE", "kind": "MINIMUM" },
            { "code": "ACCOUNTS_RECEIVABLE", "kind": "MINIMUM" }, { "code": "INDIRECT_RESELLER_TENURE", "kind": "MINIMUM" },
            { "code": "MANAGED_SERVICE", "kind": "RECOMMENDATION" }""";

    @Test
    @DisplayName("E2 the first versions carry USD 300,000 and 12 months; anyone party to the program reads them")
    void firstVersions() {
        UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.tenant(tenant, "SalesAgent")).when().get("/v1/direct-bill-policies")
                .then().statusCode(200)
                .body("versions.version", hasItems("2020-10-27", "2021-04-15"))
                .body("versions.find { it.version == '2020-10-27' }.revenueThresholdUsd", equalTo("300000.00"))
                .body("versions.find { it.version == '2021-04-15' }.tenureMonths", equalTo(12))
                .body("versions.find { it.version == '2021-04-15' }.requirements.code", hasItems("INDIRECT_RESELLER_TENURE"));
        given().header("Authorization", api.operator()).when().get("/v1/direct-bill-policies/2021-04-15")
                .then().statusCode(200).body("effectiveFrom", equalTo("2021-04-15"));
        given().header("Authorization", api.operator()).when().get("/v1/direct-bill-policies/1999-01-01")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    @Test
    @DisplayName("E2 a policy change between two as-of dates: USD 600,000 meets the 300K bar the day before the new 1M version and not from its effective date on")
    void policyChangeBetweenTwoAsOfDates() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate effective = today.plusDays(1);
        UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01");
        // thirteen months of 50,000: whichever month tomorrow falls in, its window holds 600,000
        api.twelveMonths(tenant, Api.lastFullMonth(), "50000.00");
        api.revenue(tenant, Api.lastFullMonth().minusMonths(12).toString(), "50000.00", "CLOUD", "PAID");

        given().header("Authorization", api.operator()).contentType(ContentType.JSON).header("Idempotency-Key", "policy-" + effective)
                .body(newVersion("next-1m", effective, "1000000.00", ALL))
                .when().post("/v1/direct-bill-policies")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/v1/direct-bill-policies/next-1m"))
                .body("revenueThresholdUsd", equalTo("1000000.00"));

        given().header("Authorization", api.admin(tenant)).when()
                .get("/v1/partners/" + tenant + "/direct-bill-eligibility?asOf=" + today)
                .then().statusCode(200).body("policyVersion", equalTo("2021-04-15"))
                .body(REVENUE + ".met", equalTo(true)).body(REVENUE + ".evidence.thresholdUsd", equalTo("300000.00"))
                .body(REVENUE + ".evidence.trailingTwelveMonthsUsd", equalTo("600000.00"));
        given().header("Authorization", api.admin(tenant)).when()
                .get("/v1/partners/" + tenant + "/direct-bill-eligibility?asOf=" + effective)
                .then().statusCode(200).body("policyVersion", equalTo("next-1m"))
                .body(REVENUE + ".met", equalTo(false)).body(REVENUE + ".reasonCode", equalTo("REVENUE_BELOW_THRESHOLD"))
                .body(REVENUE + ".evidence.thresholdUsd", equalTo("1000000.00"))
                .body(REVENUE + ".evidence.trailingTwelveMonthsUsd", equalTo("600000.00"));

        // the same day or name again is a conflict
        given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                .body(newVersion("other", effective, "1.00", ALL)).when().post("/v1/direct-bill-policies")
                .then().statusCode(409).body("code", equalTo("POLICY_EFFECTIVE_DATE_TAKEN"));
        given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                .body(newVersion("next-1m", effective.plusDays(1), "1.00", ALL)).when().post("/v1/direct-bill-policies")
                .then().statusCode(409).body("code", equalTo("POLICY_VERSION_EXISTS"));
    }

    @Test
    @DisplayName("E2 a new version cannot take effect today or earlier, list a requirement twice or have no minimum (422, in the caller's language); only the operator adds one")
    void refusals() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        given().header("Authorization", api.operator()).header("Accept-Language", "nl").contentType(ContentType.JSON)
                .body(newVersion("past", today, "1.00", """
                        { "code": "REVENUE", "kind": "RECOMMENDATION" }, { "code": "REVENUE", "kind": "RECOMMENDATION" }"""))
                .when().post("/v1/direct-bill-policies")
                .then().statusCode(422).header("Content-Language", "nl").body("code", equalTo("POLICY_EFFECTIVE_NOT_IN_FUTURE"))
                .body("errors.code", hasItems("POLICY_EFFECTIVE_NOT_IN_FUTURE", "POLICY_REQUIREMENT_LISTED_TWICE", "POLICY_WITHOUT_MINIMUM"))
                .body("errors.find { it.code == 'POLICY_REQUIREMENT_LISTED_TWICE' }.message", equalTo("Vereiste REVENUE staat er twee keer in."));
        given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                .body(newVersion("x", today.plusYears(5), "-1", ALL)).when().post("/v1/direct-bill-policies")
                .then().statusCode(400);
        UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON)
                .body(newVersion("mine", today.plusYears(5), "1.00", ALL)).when().post("/v1/direct-bill-policies")
                .then().statusCode(403);
    }
}
