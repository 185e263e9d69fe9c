package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The audit trail of changes that publish no event: revenue loads and E2 policy versions")
class AuditOfChangesWithoutEventsTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    @Test
    @DisplayName("E2 a revenue load is in the partner's trail with who loaded it, through which request, and what; the partner reads it, another tenant gets 404")
    void revenueLoad() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.operator()).header("X-Correlation-Id", "revenue-" + tenant).contentType(ContentType.JSON)
                .body("""
                        { "records": [ { "invoiceId": "INV-1", "month": "2021-05", "amountUsd": "1234.50", "category": "CLOUD",
                                         "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER", "paidOn": "2021-06-10" } ] }""")
                .when().post("/v1/partners/" + tenant + "/revenue-records").then().statusCode(200);

        JsonPath own = given().header("Authorization", api.admin(tenant)).get("/v1/audit-trail/partner/" + tenant)
                .then().statusCode(200).extract().jsonPath();
        assertThat(own.getList("action", String.class)).containsExactly("partner.registered.v1", "partner.revenue.recorded");
        assertThat(own.getString("[1].user")).isNotBlank().doesNotStartWith("system:");
        assertThat(own.getString("[1].correlationId")).isEqualTo("revenue-" + tenant);
        assertThat(own.getString("[1].change")).contains("INV-1").contains("1234.50").contains("\"replaced\"");
        given().header("Authorization", api.admin(UUID.randomUUID())).get("/v1/audit-trail/partner/" + tenant).then().statusCode(404);
    }

    @Test
    @DisplayName("E2 a new policy version is in the trail of direct-bill-policy/{version}: the operator reads who added it and what; a partner gets 404")
    void policyVersion() {
        String version = "a" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        LocalDate effective = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3000));
        given().header("Authorization", api.operator()).header("X-Correlation-Id", "policy-" + version).contentType(ContentType.JSON)
                .body(PolicyResourceTest.newVersion(version, effective, "500000.00", PolicyResourceTest.ALL))
                .when().post("/v1/direct-bill-policies").then().statusCode(201);

        JsonPath trail = given().header("Authorization", api.operator()).get("/v1/audit-trail/direct-bill-policy/" + version)
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("action", String.class)).containsExactly("directbill.policy.version.added");
        assertThat(trail.getString("[0].correlationId")).isEqualTo("policy-" + version);
        assertThat(trail.getString("[0].change")).contains("500000.00").contains(effective.toString()).contains("REVENUE:MINIMUM");
        UUID partner = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(partner)).get("/v1/audit-trail/direct-bill-policy/" + version).then().statusCode(404);
    }
}
