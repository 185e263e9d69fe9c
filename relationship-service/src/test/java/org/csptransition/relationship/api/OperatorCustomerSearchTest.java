package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R2 the operator's desk in relationship-service: every customer searched, paged, sorted, as CSV")
class OperatorCustomerSearchTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;
    UUID partner;
    String word;

    @BeforeEach
    void aPartnerWithCustomers() {
        fixtures = new Fixtures(infra);
        partner = fixtures.directBillPartner();
        word = "Qx" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The partner creates a customer named {@code name}; answers its tenant id. */
    String customer(String name) {
        return given().header("Authorization", fixtures.as(partner, "AdminAgent")).contentType(ContentType.JSON)
                .body(Fixtures.aCustomerJson(name)).post("/v1/customers").then().statusCode(201).extract().path("tenantId");
    }

    JsonPath search(String query) {
        return given().header("Authorization", fixtures.operator()).accept("application/json").get("/v1/operator/customers?" + query)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath();
    }

    @Test
    @DisplayName("R2 finds customers by a part of the name in any case, by partner of record and role, by country; paged and sorted")
    void filtersPagedSorted() {
        String b = customer("B " + word);
        String a = customer("a " + word);
        String c = customer("C " + word);

        JsonPath byName = search("name=" + word.toLowerCase());
        assertThat(byName.getList("items.tenantId", String.class)).containsExactly(a, b, c);
        assertThat(byName.getInt("total")).isEqualTo(3);
        assertThat(byName.getString("items[0].partnersOfRecord[0].partnerTenantId")).isEqualTo(partner.toString());
        assertThat(byName.getString("items[0].partnersOfRecord[0].role")).isEqualTo("DIRECT_BILL_PARTNER");

        assertThat(search("partner=" + partner).getList("items.tenantId", String.class)).containsExactly(a, b, c);
        assertThat(search("partner=" + partner + "&role=DIRECT_BILL_PARTNER&country=se").getInt("total")).isEqualTo(3);
        assertThat(search("partner=" + partner + "&role=INDIRECT_PROVIDER").getInt("total")).isZero();
        assertThat(search("name=" + word + "&country=NL").getInt("total")).isZero();

        JsonPath second = search("name=" + word + "&sort=companyName&order=desc&size=1&page=1");
        assertThat(second.getList("items.tenantId", String.class)).containsExactly(b);
        assertThat(second.getInt("total")).isEqualTo(3);
    }

    @Test
    @DisplayName("R2 exports every matching customer as CSV with Accept: text/csv or format=csv")
    void csv() {
        String a = customer("a " + word);
        customer("b " + word);
        for (var request : List.of(given().accept("text/csv"), given().queryParam("format", "csv").accept("*/*"))) {
            String body = request.header("Authorization", fixtures.operator()).get("/v1/operator/customers?size=1&name=" + word)
                    .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
            List<String> lines = List.of(body.split("\r\n"));
            assertThat(lines).hasSize(3).first().isEqualTo("tenantId,companyName,domain,country,registeredAt,partnersOfRecord");
            assertThat(lines.get(1)).startsWith(a + ",a " + word + ",").contains(",SE,").endsWith("," + partner + ":DIRECT_BILL_PARTNER");
        }
    }

    @Test
    @DisplayName("only the operator's tenant: a partner's agent and a ProgramOperator claimed from another tenant get 403; bad parameters 400")
    void operatorOnly() {
        given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/operator/customers").then().statusCode(403);
        given().header("Authorization", fixtures.as(UUID.randomUUID(), "ProgramOperator")).get("/v1/operator/customers").then().statusCode(403);
        given().get("/v1/operator/customers").then().statusCode(401);
        for (String bad : List.of("partner=nobody", "role=OWNER", "country=SWE", "sort=size", "order=up", "size=0", "size=201", "format=xml")) {
            given().header("Authorization", fixtures.operator()).header("Accept-Language", "nl").get("/v1/operator/customers?" + bad)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
    }
}
