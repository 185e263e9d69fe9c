package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Idempotency-Key on every creating POST of eligibility-service: a retry with the same key and body replays the first
 * answer instead of creating again; the same key with another body is 422 IDEMPOTENCY_KEY_REUSED. If-Match on a partner's
 * profile change: a change based on an older ETag is 412 and changes nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Idempotency-Key on eligibility-service's creates and If-Match on its profile change, over HTTP")
class IdempotencyAndIfMatchResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    static String aRegistration(UUID tenant, String partnerId, String companyName) {
        return """
                { "tenantId": "%s", "partnerId": "%s", "companyName": "%s", "country": "SE", "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                  "mpnMembershipActive": true, "mpnAccountEmail": "mpn@fabrikam.se",
                  "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" } ], "supportPlan": "ASFP" }
                """.formatted(tenant, partnerId, companyName);
    }

    ValidatableResponse register(String key, String body) {
        return given().header("Authorization", api.operator()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/v1/partners").then();
    }

    @Test
    @DisplayName("POST /v1/partners twice with one key: the second is the first answer replayed, and the partner exists once")
    void registerPartner() {
        UUID tenant = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String body = aRegistration(tenant, Api.aPartnerId(), "Fabrikam AB");

        register(key, body).statusCode(201).header("Location", endsWith("/v1/partners/" + tenant));
        register(key, body).statusCode(201).header("Idempotent-Replayed", "true").header("Location", endsWith("/v1/partners/" + tenant))
                .body("tenantId", equalTo(tenant.toString())).body("companyName", equalTo("Fabrikam AB"));
        given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body).post("/v1/partners")
                .then().statusCode(409).body("code", equalTo("PARTNER_ALREADY_REGISTERED"));
    }

    @Test
    @DisplayName("POST /v1/partners with a used key and another body: 422 IDEMPOTENCY_KEY_REUSED, and nothing is registered")
    void keyReusedForAnotherPartner() {
        String key = UUID.randomUUID().toString();
        register(key, aRegistration(UUID.randomUUID(), Api.aPartnerId(), "Fabrikam AB")).statusCode(201);

        UUID other = UUID.randomUUID();
        register(key, aRegistration(other, Api.aPartnerId(), "Contoso AB")).statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        given().header("Authorization", api.operator()).get("/v1/partners/" + other).then().statusCode(404);
    }

    @Test
    @DisplayName("applying for indirect reseller twice with one key replays the first application; without a key it is 409")
    void applyForIndirectReseller() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        String key = UUID.randomUUID().toString();
        String path = "/v1/partners/" + tenant + "/indirect-reseller-enrollment";

        String id = given().header("Authorization", api.admin(tenant)).header("Idempotency-Key", key).post(path)
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", api.admin(tenant)).header("Idempotency-Key", key).post(path)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().header("Authorization", api.admin(tenant)).post(path)
                .then().statusCode(409).body("code", equalTo("ENROLLMENT_ALREADY_SUBMITTED"));
    }

    @Test
    @DisplayName("applying for direct bill twice with one key replays the first application; without a key it is 409")
    void applyForDirectBill() {
        UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, Api.lastFullMonth(), "25000.00");
        String key = UUID.randomUUID().toString();
        String path = "/v1/partners/" + tenant + "/direct-bill-enrollment";

        String id = given().header("Authorization", api.admin(tenant)).header("Idempotency-Key", key).post(path)
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", api.admin(tenant)).header("Idempotency-Key", key).post(path)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().header("Authorization", api.admin(tenant)).post(path)
                .then().statusCode(409).body("code", equalTo("ENROLLMENT_ALREADY_SUBMITTED"));
    }

    @Test
    @DisplayName("PATCH /v1/partners/{id} with the ETag read goes ahead and answers the new ETag; with an older one it is 412 and changes nothing")
    void ifMatchOnProfileChange() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        String read = given().header("Authorization", api.admin(tenant)).get("/v1/partners/" + tenant)
                .then().statusCode(200).extract().header("ETag");

        String changed = given().header("Authorization", api.admin(tenant)).header("If-Match", read).contentType(ContentType.JSON)
                .body("{ \"preferredLocale\": \"en-GB\" }").patch("/v1/partners/" + tenant)
                .then().statusCode(200).body("preferredLocale", equalTo("en-GB")).extract().header("ETag");
        given().header("Authorization", api.admin(tenant)).header("If-Match", read).contentType(ContentType.JSON)
                .body("{ \"preferredLocale\": \"fr-FR\" }").patch("/v1/partners/" + tenant)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(changed));

        given().header("Authorization", api.admin(tenant)).get("/v1/partners/" + tenant)
                .then().statusCode(200).header("ETag", changed).body("preferredLocale", equalTo("en-GB"));
    }

    @Test
    @DisplayName("the indirect-reseller enrollment's steps take If-Match: each answers the new ETag, and a step based on an older one is 412")
    void ifMatchOnEnrollmentSteps() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        String path = "/v1/partners/" + tenant + "/indirect-reseller-enrollment";
        given().header("Authorization", api.admin(tenant)).post(path).then().statusCode(201);
        String applied = given().header("Authorization", api.admin(tenant)).get(path).then().statusCode(200).extract().header("ETag");

        String approved = given().header("Authorization", api.operator()).header("If-Match", applied).contentType(ContentType.JSON)
                .body("{ \"decision\": \"APPROVE\" }").post(path + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED")).extract().header("ETag");
        given().header("Authorization", api.admin(tenant)).header("If-Match", applied).post(path + "/agreement-acceptance")
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(approved));
        given().header("Authorization", api.admin(tenant)).header("If-Match", approved).post(path + "/agreement-acceptance")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    @DisplayName("the credit check takes If-Match on the direct-bill application: an older ETag is 412 and decides nothing")
    void ifMatchOnCreditCheck() {
        UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, Api.lastFullMonth(), "25000.00");
        String path = "/v1/partners/" + tenant + "/direct-bill-enrollment";
        given().header("Authorization", api.admin(tenant)).post(path).then().statusCode(201);
        String read = given().header("Authorization", api.operator()).get(path).then().statusCode(200).extract().header("ETag");

        given().header("Authorization", api.operator()).header("If-Match", "\"999\"").contentType(ContentType.JSON)
                .body("{ \"result\": \"PASSED\" }").post(path + "/credit-check")
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(read));
        given().header("Authorization", api.operator()).header("If-Match", read).contentType(ContentType.JSON)
                .body("{ \"result\": \"PASSED\" }").post(path + "/credit-check")
                .then().statusCode(200).header("ETag", not(read));
    }

    @Test
    @DisplayName("the support plan PUT takes If-Match on the partner (the plan is the partner's): an older ETag is 412 and changes nothing")
    void ifMatchOnSupportPlan() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        String read = given().header("Authorization", api.admin(tenant)).get("/v1/partners/" + tenant)
                .then().statusCode(200).extract().header("ETag");
        String plan = "/v1/partners/" + tenant + "/support-plan";

        given().header("Authorization", api.admin(tenant)).header("If-Match", read).contentType(ContentType.JSON)
                .body("{ \"plan\": \"PSFP\" }").put(plan).then().statusCode(200).body("plan", equalTo("PSFP"));
        String changed = given().header("Authorization", api.admin(tenant)).get("/v1/partners/" + tenant)
                .then().statusCode(200).body("supportPlan", equalTo("PSFP")).extract().header("ETag");
        given().header("Authorization", api.admin(tenant)).header("If-Match", read).contentType(ContentType.JSON)
                .body("{ \"plan\": \"ASFP\" }").put(plan)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(changed));

        given().header("Authorization", api.admin(tenant)).get("/v1/partners/" + tenant)
                .then().statusCode(200).header("ETag", changed).body("supportPlan", equalTo("PSFP"));
    }
}
