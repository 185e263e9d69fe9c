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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E2 revenue records and the trailing twelve months over HTTP")
class RevenueResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    String ttm(UUID tenant, String asOf) {
        return given().header("Authorization", api.operator()).when()
                .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=" + asOf)
                .then().statusCode(200).extract().path("totalUsd");
    }

    @Nested
    @DisplayName("E2 recording")
    class Recording {

        @Test
        @DisplayName("posting the same month + category + role again replaces it and never double-counts")
        void replaces() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            api.revenue(tenant, "2020-09", "25000.00", "CLOUD", "PAID");
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("""
                    { "records": [ { "month": "2020-09", "amountUsd": "30000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER" },
                                   { "month": "2020-09", "amountUsd": "1000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "DIRECT_BILL" } ] }""")
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(200).body("recorded", equalTo(2)).body("replaced", equalTo(1));
            org.assertj.core.api.Assertions.assertThat(ttm(tenant, "2021-05-01")).isEqualTo("31000.00");
        }

        @Test
        @DisplayName("a malformed month or amount is a 400 naming the field; a future month a 422 REVENUE_MONTH_IN_FUTURE")
        void badInput() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                    .body("{ \"records\": [ { \"month\": \"2020-13\", \"amountUsd\": \"1.00\", \"category\": \"CLOUD\", \"invoiceStatus\": \"PAID\", \"role\": \"DIRECT_BILL\" } ] }")
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(400).body("code", equalTo("INVALID_FIELD")).body("errors[0].field", equalTo("records[0].month"));
            given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                    .body("{ \"records\": [ { \"month\": \"2020-12\", \"amountUsd\": \"1.001\", \"category\": \"CLOUD\", \"invoiceStatus\": \"PAID\", \"role\": \"DIRECT_BILL\" } ] }")
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("records[0].amountUsd"));
            given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                    .body("{ \"records\": [ { \"month\": \"" + YearMonth.now().plusMonths(2) + "\", \"amountUsd\": \"1.00\", \"category\": \"CLOUD\", \"invoiceStatus\": \"PAID\", \"role\": \"DIRECT_BILL\" } ] }")
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(422).body("code", equalTo("REVENUE_MONTH_IN_FUTURE"));
        }

        @Test
        @DisplayName("only the operator records revenue (403), and only for a registered partner (404)")
        void operatorOnly() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            String body = "{ \"records\": [ { \"month\": \"2020-09\", \"amountUsd\": \"1.00\", \"category\": \"CLOUD\", \"invoiceStatus\": \"PAID\", \"role\": \"DIRECT_BILL\" } ] }";
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/partners/" + tenant + "/revenue-records").then().statusCode(403);
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/partners/" + UUID.randomUUID() + "/revenue-records").then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("E2 trailing twelve months")
    class TrailingTwelveMonths {

        @Test
        @DisplayName("sums paid cloud revenue of the twelve months before asOf's month, listing every month and what was excluded and why")
        void sumMonthsAndExclusions() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            api.revenue(tenant, "2020-05", "10000.00", "CLOUD", "PAID");
            api.revenue(tenant, "2020-06", "20000.00", "PERPETUAL_SOFTWARE", "PAID");
            api.revenue(tenant, "2020-07", "40000.00", "CLOUD", "UNPAID");
            api.revenue(tenant, "2021-05", "80000.00", "CLOUD", "PAID");
            given().header("Authorization", api.tenant(tenant, "SalesAgent")).when()
                    .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=2021-05-20")
                    .then().statusCode(200)
                    .body("from", equalTo("2020-05")).body("to", equalTo("2021-04"))
                    .body("totalUsd", equalTo("10000.00"))
                    .body("months", hasSize(12))
                    .body("excluded.reason", contains("PERPETUAL_SOFTWARE", "INVOICE_UNPAID"))
                    .body("excluded.amountUsd", contains("20000.00", "40000.00"));
        }

        @Test
        @DisplayName("a month drops out on the first day of the thirteenth month after it")
        void monthDropsOut() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            api.revenue(tenant, "2020-05", "10000.00", "CLOUD", "PAID");
            org.assertj.core.api.Assertions.assertThat(ttm(tenant, "2021-05-31")).isEqualTo("10000.00");
            org.assertj.core.api.Assertions.assertThat(ttm(tenant, "2021-06-01")).isEqualTo("0.00");
        }

        @Test
        @DisplayName("another tenant gets 404; a bad asOf a 400 naming it")
        void security() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            given().header("Authorization", api.admin(UUID.randomUUID())).when()
                    .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months").then().statusCode(404);
            given().header("Authorization", api.admin(tenant)).when()
                    .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=yesterday")
                    .then().statusCode(400).body("code", equalTo("INVALID_FIELD")).body("errors[0].field", equalTo("asOf"));
        }
    }
}
