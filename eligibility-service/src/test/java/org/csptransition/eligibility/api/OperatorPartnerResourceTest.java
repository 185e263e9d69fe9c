package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@TestProfile(OperatorPartnerResourceTest.Escalating.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The operator's desk in eligibility: the partner search and the E5 queue of restricted partners")
class OperatorPartnerResourceTest {

    /** E5 escalation configured (off by default): suspended 30 days and revoked 90 days after the restriction. */
    public static class Escalating implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eligibility.escalation.suspend-after-days", "30", "eligibility.escalation.revoke-after-days", "90");
        }
    }

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** A partner named {@code name} in {@code country} holding DIRECT_BILL; answers its tenant and PartnerID. */
    String[] aPartner(String name, String country) {
        UUID tenant = UUID.randomUUID();
        String partnerId = Api.aPartnerId();
        given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("""
                { "tenantId": "%s", "partnerId": "%s", "companyName": "%s", "country": "%s", "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                  "mpnMembershipActive": true, "mpnAccountEmail": "mpn@fabrikam.se",
                  "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" } ] }
                """.formatted(tenant, partnerId, name, country)).when().post("/v1/partners").then().statusCode(201);
        return new String[]{tenant.toString(), partnerId};
    }

    JsonPath get(String path) {
        return given().header("Authorization", api.operator()).accept("application/json").when().get(path)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
    }

    @Nested
    @DisplayName("search")
    class Search {

        @Test
        @DisplayName("finds partners by a part of the name in any case, by PartnerID, by country, and by program and status")
        void filters() {
            String word = "Zq" + UUID.randomUUID().toString().substring(0, 8);
            String[] first = aPartner(word + " Consulting AB", "SE");
            String[] second = aPartner("Contoso " + word.toLowerCase() + " BV", "NL");

            JsonPath byName = get("/v1/operator/partners?name=" + word.toUpperCase());
            assertThat(byName.getList("items.tenantId", String.class)).containsExactlyInAnyOrder(first[0], second[0]);
            assertThat(byName.getInt("total")).isEqualTo(2);
            assertThat(byName.getList("items[0].programs.program", String.class)).containsExactly("DIRECT_BILL");

            assertThat(get("/v1/operator/partners?partnerId=" + second[1]).getList("items.tenantId", String.class))
                    .containsExactly(second[0]);
            assertThat(get("/v1/operator/partners?name=" + word + "&country=nl").getList("items.tenantId", String.class))
                    .containsExactly(second[0]);
            assertThat(get("/v1/operator/partners?name=" + word + "&program=DIRECT_BILL&status=ACTIVE").getInt("total")).isEqualTo(2);
            assertThat(get("/v1/operator/partners?name=" + word + "&program=INDIRECT_RESELLER").getInt("total")).isZero();
            assertThat(get("/v1/operator/partners?name=" + word + "&status=REVOKED").getInt("total")).isZero();
            assertThat(get("/v1/operator/partners?name=%25").getInt("total")).as("a % in the name is a character, not a wildcard").isZero();
        }

        @Test
        @DisplayName("is paged and sorted, and exports every match as CSV")
        void pagedSortedCsv() {
            String word = "Pg" + UUID.randomUUID().toString().substring(0, 8);
            String[] b = aPartner("B " + word, "SE");
            String[] a = aPartner("a " + word, "SE");
            String[] c = aPartner("C " + word, "SE");

            assertThat(get("/v1/operator/partners?name=" + word).getList("items.tenantId", String.class)).containsExactly(a[0], b[0], c[0]);
            JsonPath second = get("/v1/operator/partners?name=" + word + "&sort=companyName&order=desc&size=1&page=1");
            assertThat(second.getList("items.tenantId", String.class)).containsExactly(b[0]);
            assertThat(second.getInt("total")).isEqualTo(3);
            assertThat(get("/v1/operator/partners?name=" + word + "&size=2&page=5").getList("items")).isEmpty();

            String body = given().header("Authorization", api.operator()).accept("text/csv")
                    .when().get("/v1/operator/partners?name=" + word + "&size=1")
                    .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
            List<String> lines = List.of(body.split("\r\n"));
            assertThat(lines).hasSize(4).first().isEqualTo("tenantId,partnerId,companyName,country,createdAt,programs");
            assertThat(lines.get(1)).startsWith(a[0] + "," + a[1] + ",a " + word + ",SE,").endsWith(",DIRECT_BILL:ACTIVE:2017-03-01");
        }
    }

    @Nested
    @DisplayName("E5 restricted partners")
    class Restricted {

        @Test
        @DisplayName("E5 a partner restricted by a review waits in the queue with the configured days to suspension and revocation")
        void escalationDates() {
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01");
            api.attestAll(tenant);
            api.twelveMonths(tenant, YearMonth.of(2021, 5), "20000.00");
            assertThat(get("/v1/operator/restricted-partners?size=200").getList("items.tenantId", String.class))
                    .doesNotContain(tenant.toString());
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"asOf\": \"2021-06-01\" }")
                    .when().post("/v1/capability-reviews").then().statusCode(200);

            Map<String, Object> item = get("/v1/operator/restricted-partners?status=RESTRICTED&size=200")
                    .getMap("items.find { it.tenantId == '" + tenant + "' }");
            assertThat(item).containsEntry("status", "RESTRICTED").containsEntry("restrictedOn", "2021-06-01")
                    .containsEntry("suspendsOn", "2021-07-01").containsEntry("revokesOn", "2021-08-30")
                    .containsEntry("companyName", "Fabrikam AB");
            assertThat(get("/v1/operator/restricted-partners?status=SUSPENDED&size=200").getList("items.tenantId", String.class))
                    .doesNotContain(tenant.toString());
            assertThat(get("/v1/operator/restricted-partners?sort=suspendsOn&size=200").getList("items.suspendsOn", String.class))
                    .isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

            String csv = given().header("Authorization", api.operator()).queryParam("format", "csv")
                    .when().get("/v1/operator/restricted-partners").then().statusCode(200).contentType(startsWith("text/csv"))
                    .extract().asString();
            assertThat(csv).startsWith("tenantId,partnerId,companyName,country,status,restrictedOn,suspendsOn,revokesOn\r\n")
                    .contains(tenant + ",").contains(",Fabrikam AB,SE,RESTRICTED,2021-06-01,2021-07-01,2021-08-30\r\n");
        }
    }

    @Test
    @DisplayName("only the operator's tenant: a partner's admin and a ProgramOperator claimed from another tenant get 403; bad parameters 400")
    void operatorOnly() {
        UUID partner = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        for (String path : List.of("/v1/operator/partners", "/v1/operator/restricted-partners")) {
            given().header("Authorization", api.admin(partner)).when().get(path).then().statusCode(403);
            given().header("Authorization", api.tenant(UUID.randomUUID(), "ProgramOperator")).when().get(path).then().statusCode(403);
            given().when().get(path).then().statusCode(401);
        }
        for (String bad : List.of("partners?sort=nonsense", "partners?program=OTHER", "partners?status=GONE", "partners?country=SWE",
                "partners?partnerId=abc", "partners?size=201", "restricted-partners?status=ACTIVE", "restricted-partners?order=up",
                "restricted-partners?format=xml")) {
            given().header("Authorization", api.operator()).header("Accept-Language", "sv").when().get("/v1/operator/" + bad)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
    }
}
