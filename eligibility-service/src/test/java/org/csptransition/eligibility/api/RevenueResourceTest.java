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
        @DisplayName("E2 a record without invoiceId is the month's one invoice of its category and role: posting it again replaces it; direct-bill revenue never counts")
        void replaces() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            api.revenue(tenant, "2020-09", "25000.00", "CLOUD", "PAID");
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("""
                    { "records": [ { "month": "2020-09", "amountUsd": "30000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER" },
                                   { "month": "2020-09", "amountUsd": "1000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "DIRECT_BILL" } ] }""")
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(200).body("recorded", equalTo(2)).body("replaced", equalTo(1));
            org.assertj.core.api.Assertions.assertThat(ttm(tenant, "2021-05-01")).isEqualTo("30000.00");
        }

        @Test
        @DisplayName("E2 REVENUE a month with a paid and an unpaid invoice is recorded, counts the paid one and lists the unpaid one; each invoice is idempotent")
        void invoicesOfOneMonth() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            String body = """
                    { "records": [
                      { "invoiceId": "INV-2020-09-1", "month": "2020-09", "amountUsd": "25000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER", "paidOn": "2020-10-05" },
                      { "invoiceId": "INV-2020-09-2", "month": "2020-09", "amountUsd": "4000.00", "category": "CLOUD", "invoiceStatus": "UNPAID", "role": "INDIRECT_RESELLER" },
                      { "invoiceId": "INV-2020-09-3", "month": "2020-09", "amountUsd": "1000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER", "paidOn": "2020-10-20" } ] }""";
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(200).body("recorded", equalTo(3)).body("replaced", equalTo(0));
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body)
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(200).body("recorded", equalTo(3)).body("replaced", equalTo(3));
            given().header("Authorization", api.operator()).when()
                    .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=2021-05-01")
                    .then().statusCode(200).body("totalUsd", equalTo("26000.00"))
                    .body("counted.invoiceId", contains("INV-2020-09-1", "INV-2020-09-3"))
                    .body("counted.paidOn", contains("2020-10-05", "2020-10-20"))
                    .body("excluded.invoiceId", contains("INV-2020-09-2"))
                    .body("excluded.reason", contains("INVOICE_UNPAID"));
        }

        @Test
        @DisplayName("E2 REVENUE an invoice paid after the as-of date is excluded as INVOICE_PAID_AFTER_AS_OF, and counts from its paid date on")
        void paidAfterAsOf() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("""
                    { "records": [ { "invoiceId": "INV-77", "month": "2021-03", "amountUsd": "9000.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER", "paidOn": "2021-05-12" } ] }""")
                    .when().post("/v1/partners/" + tenant + "/revenue-records").then().statusCode(200);
            given().header("Authorization", api.operator()).when()
                    .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=2021-05-11")
                    .then().statusCode(200).body("totalUsd", equalTo("0.00")).body("excluded.reason", contains("INVOICE_PAID_AFTER_AS_OF"));
            org.assertj.core.api.Assertions.assertThat(ttm(tenant, "2021-05-12")).isEqualTo("9000.00");
        }

        @Test
        @DisplayName("E2 the same invoice twice in one posting, a paid date on an unpaid invoice or after today are 422s naming the record, in the caller's language")
        void invoiceRefusals() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            given().header("Authorization", api.operator()).header("Accept-Language", "sv-SE").contentType(ContentType.JSON).body("""
                    { "records": [
                      { "invoiceId": "INV-1", "month": "2020-09", "amountUsd": "1.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER" },
                      { "invoiceId": "INV-1", "month": "2020-10", "amountUsd": "2.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER" },
                      { "invoiceId": "INV-2", "month": "2020-10", "amountUsd": "2.00", "category": "CLOUD", "invoiceStatus": "UNPAID", "role": "INDIRECT_RESELLER", "paidOn": "2020-11-01" },
                      { "invoiceId": "INV-3", "month": "2020-10", "amountUsd": "2.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER", "paidOn": "2999-01-01" } ] }""")
                    .when().post("/v1/partners/" + tenant + "/revenue-records")
                    .then().statusCode(422).header("Content-Language", "sv")
                    .body("errors.code", contains("REVENUE_RECORD_LISTED_TWICE", "REVENUE_PAID_ON_UNPAID_INVOICE", "REVENUE_PAID_ON_IN_FUTURE"))
                    .body("errors.field", contains("records[1]", "records[2].paidOn", "records[3].paidOn"))
                    .body("errors[0].message", equalTo("Fakturan INV-1 anges två gånger."));
        }

        @Test
        @DisplayName("E2 revenue loads in bulk as CSV, the same invoices as JSON; a malformed cell is a 400 REVENUE_CSV_INVALID naming line and column")
        void csv() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            given().header("Authorization", api.operator()).contentType("text/csv").body("""
                    invoiceId,month,amountUsd,category,role,invoiceStatus,paidOn
                    INV-C1,2020-09,25000.00,CLOUD,INDIRECT_RESELLER,PAID,2020-10-05
                    INV-C2,2020-09,4000.00,CLOUD,INDIRECT_RESELLER,UNPAID,
                    INV-C3,2020-10,7000.00,PERPETUAL_SOFTWARE,INDIRECT_RESELLER,PAID,2020-11-05
                    """)
                    .when().post("/v1/partners/" + tenant + "/revenue-records/csv")
                    .then().statusCode(200).body("recorded", equalTo(3)).body("replaced", equalTo(0));
            given().header("Authorization", api.operator()).when()
                    .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=2021-05-01")
                    .then().statusCode(200).body("totalUsd", equalTo("25000.00"))
                    .body("excluded.invoiceId", contains("INV-C2", "INV-C3"))
                    .body("excluded.reason", contains("INVOICE_UNPAID", "PERPETUAL_SOFTWARE"));
            given().header("Authorization", api.operator()).header("Accept-Language", "fr").contentType("text/csv").body("""
                    month,amountUsd,category,role,invoiceStatus
                    2020-09,25000.00,CLOUD,INDIRECT_RESELLER,PAID
                    2020-13,1.00,CLOUD,INDIRECT_RESELLER,PAID
                    """)
                    .when().post("/v1/partners/" + tenant + "/revenue-records/csv")
                    .then().statusCode(400).header("Content-Language", "fr").body("code", equalTo("REVENUE_CSV_INVALID"))
                    .body("errors[0].field", equalTo("line 3.month"))
                    .body("detail", equalTo("Ligne 3 du CSV : month est absent ou mal formé (2020-09 attendu)."));
            given().header("Authorization", api.admin(tenant)).contentType("text/csv").body("month\n")
                    .when().post("/v1/partners/" + tenant + "/revenue-records/csv").then().statusCode(403);
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
