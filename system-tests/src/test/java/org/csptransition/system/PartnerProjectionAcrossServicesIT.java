package org.csptransition.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.SuiteService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E6 is one fact, published by eligibility-service: relationship-service and transfer-service keep the same partner
 * projection from the same events, so they cannot disagree on whether a partner has completed the transition.
 */
@DisplayName("The partner projection (four separate processes, real infrastructure)")
class PartnerProjectionAcrossServicesIT {

    static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.shared();
    }

    @Test
    @DisplayName("E6 relationship and transfer give the same answer for every kind of partner, fed the same events")
    void sameAnswerEverywhere() {
        Map<String, UUID> partners = new LinkedHashMap<>();
        partners.put("direct bill only", register("""
                { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" }"""));
        partners.put("new to CSP, indirect reseller only", register("""
                { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2024-01-01" }"""));
        partners.put("registered after its transition", register("""
                { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" },
                { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2025-01-01" }"""));
        UUID transitioned = register("""
                { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" }""");
        transition(transitioned);
        partners.put("direct bill, then the transition", transitioned);
        Map<String, Boolean> expected = Map.of("direct bill only", false, "new to CSP, indirect reseller only", false,
                "registered after its transition", true, "direct bill, then the transition", true);

        partners.forEach((kind, tenant) -> await(kind).atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath relationship = known(SuiteService.RELATIONSHIP, tenant);
            JsonPath transfer = known(SuiteService.TRANSFER, tenant);
            assertThat(relationship.getBoolean("indirectResellerEnrollmentComplete")).as("%s in relationship-service", kind)
                    .isEqualTo(expected.get(kind));
            assertThat(transfer.getBoolean("indirectResellerEnrollmentComplete")).as("%s in transfer-service", kind)
                    .isEqualTo(expected.get(kind));
            assertThat(transfer.getMap("")).as("%s: the same projection", kind).isEqualTo(relationship.getMap(""));
        }));
    }

    private static JsonPath known(SuiteService service, UUID tenant) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.operatorToken())
                .get("/v1/known-partners/" + tenant).then().statusCode(200).extract().jsonPath();
    }

    private static void transition(UUID tenant) {
        String admin = suite.token(tenant, "GlobalAdmin");
        String eligibility = suite.url(SuiteService.ELIGIBILITY);
        given().baseUri(eligibility).header("Authorization", admin)
                .post("/v1/partners/" + tenant + "/indirect-reseller-enrollment").then().statusCode(201);
        given().baseUri(eligibility).header("Authorization", suite.operatorToken()).contentType(ContentType.JSON)
                .body("{\"decision\":\"APPROVE\",\"reason\":\"Profile and PartnerID verified\"}")
                .post("/v1/partners/" + tenant + "/indirect-reseller-enrollment/decision").then().statusCode(200);
        given().baseUri(eligibility).header("Authorization", admin)
                .post("/v1/partners/" + tenant + "/indirect-reseller-enrollment/agreement-acceptance").then().statusCode(200);
    }

    private static UUID register(String programs) {
        UUID tenant = UUID.randomUUID();
        String partnerId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        given().baseUri(suite.url(SuiteService.ELIGIBILITY)).header("Authorization", suite.operatorToken())
                .contentType(ContentType.JSON).body("""
                        { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE",
                          "preferredLocale": "sv-SE",
                          "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                          "mpnMembershipActive": true, "programs": [ %s ] }
                        """.formatted(tenant, partnerId, programs))
                .when().post("/v1/partners").then().statusCode(201);
        return tenant;
    }
}
