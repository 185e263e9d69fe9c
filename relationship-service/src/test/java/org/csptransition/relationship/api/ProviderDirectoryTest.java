package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.DIRECT_BILL;
import static org.csptransition.relationship.Fixtures.INDIRECT_PROVIDER;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.csptransition.relationship.Fixtures.program;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R0 finding a provider: the active providers of a market with what each offers")
class ProviderDirectoryTest {

    static final String OFFER = """
            { "summary": "Distributor for the Nordics", "training": "Monthly Azure and Microsoft 365 technical training",
              "marketingHelp": "Co-marketing campaigns and event budget", "financing": "Leasing of hardware and licenses",
              "creditTerms": "Net 45, credit limit on request", "website": "https://northwind.example" }
            """;

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    @Nested
    @DisplayName("listing")
    class Listing {

        @Test
        @DisplayName("R0: a reseller lists the active providers of its market by name, each with its offer; others are not listed")
        void activeProvidersOfTheMarket() {
            String market = Fixtures.aMarket();
            UUID beta = fixtures.provider("Beta Distribution", market);
            UUID alpha = fixtures.provider("Alpha Distribution", market);
            UUID suspended = fixtures.partner("Suspended Distribution", market, "en-US", program(INDIRECT_PROVIDER, "SUSPENDED"));
            UUID reseller = fixtures.partner("Reseller AB", market, "sv-SE", program(DIRECT_BILL, "ACTIVE"),
                    program(INDIRECT_RESELLER, "ACTIVE"));
            UUID elsewhere = fixtures.provider("Elsewhere Distribution", market.equals("SE") ? "NL" : "SE");
            given().header("Authorization", fixtures.as(alpha, "GlobalAdmin")).contentType(ContentType.JSON).body(OFFER)
                    .put("/v1/indirect-providers/" + alpha + "/offer").then().statusCode(200);

            List<String> listed = given().header("Authorization", fixtures.as(reseller, "SalesAgent"))
                    .queryParam("country", market).get("/v1/indirect-providers")
                    .then().statusCode(200)
                    .body("items.find { it.tenantId == '%s' }.offer.creditTerms".formatted(alpha), equalTo("Net 45, credit limit on request"))
                    .body("items.find { it.tenantId == '%s' }.offer.training".formatted(alpha), notNullValue())
                    .body("items.find { it.tenantId == '%s' }.offer".formatted(beta), nullValue())
                    .extract().path("items.tenantId");

            assertThat(listed).containsExactly(alpha.toString(), beta.toString());
            assertThat(listed).doesNotContain(suspended.toString(), reseller.toString(), elsewhere.toString());
        }

        @Test
        @DisplayName("without a country the caller's own market is listed; a country that is not ISO alpha-2 is a 400")
        void ownMarketByDefault() {
            String market = Fixtures.aMarket();
            UUID provider = fixtures.provider("Gamma Distribution", market);
            UUID reseller = fixtures.partner("Reseller AB", market, "sv-SE", program(INDIRECT_RESELLER, "ACTIVE"));

            given().header("Authorization", fixtures.as(reseller, "AdminAgent")).get("/v1/indirect-providers")
                    .then().statusCode(200).body("items.tenantId", org.hamcrest.Matchers.contains(provider.toString()));
            given().header("Authorization", fixtures.as(reseller, "AdminAgent")).queryParam("country", "sweden")
                    .get("/v1/indirect-providers").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
            given().header("Authorization", fixtures.as(UUID.randomUUID(), "AdminAgent")).get("/v1/indirect-providers")
                    .then().statusCode(400).body("code", equalTo("COUNTRY_REQUIRED"));
        }

        @Test
        @DisplayName("the list is paged with size and a continuation token; a token not given out or a size out of bounds is a 400")
        void paged() {
            String market = Fixtures.aMarket();
            UUID first = fixtures.provider("Delta One", market);
            UUID second = fixtures.provider("Delta Two", market);
            String token = fixtures.as(first, "SalesAgent");

            String next = given().header("Authorization", token).queryParam("country", market).queryParam("size", 1)
                    .get("/v1/indirect-providers").then().statusCode(200)
                    .body("items.tenantId", org.hamcrest.Matchers.contains(first.toString()))
                    .extract().path("continuationToken");
            given().header("Authorization", token).queryParam("country", market).queryParam("size", 1)
                    .queryParam("continuationToken", next).get("/v1/indirect-providers").then().statusCode(200)
                    .body("items.tenantId", org.hamcrest.Matchers.contains(second.toString()))
                    .body("continuationToken", nullValue());
            given().header("Authorization", token).queryParam("country", market).queryParam("continuationToken", "garbage!")
                    .get("/v1/indirect-providers").then().statusCode(400).body("code", equalTo("CONTINUATION_TOKEN_INVALID"));
            given().header("Authorization", token).queryParam("country", market).queryParam("size", 0)
                    .get("/v1/indirect-providers").then().statusCode(400).body("code", equalTo("PAGE_SIZE_INVALID"))
                    .body("errors[0].field", equalTo("size"));
        }

        @Test
        @DisplayName("one provider and its offer; a partner that is not an active provider is 404; a customer may not list (403)")
        void oneProvider() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();

            given().header("Authorization", fixtures.as(reseller, "SalesAgent")).get("/v1/indirect-providers/" + provider)
                    .then().statusCode(200).body("tenantId", equalTo(provider.toString())).body("country", equalTo("SE"));
            given().header("Authorization", fixtures.as(provider, "SalesAgent")).get("/v1/indirect-providers/" + reseller)
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            given().header("Authorization", fixtures.as(UUID.randomUUID(), "CustomerAdmin")).queryParam("country", "SE")
                    .get("/v1/indirect-providers").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("publishing an offer")
    class Publishing {

        @Test
        @DisplayName("a provider replaces its whole offer; a field left out is no longer offered")
        void replaces() {
            UUID provider = fixtures.provider();
            String admin = fixtures.as(provider, "AdminAgent");
            given().header("Authorization", admin).contentType(ContentType.JSON).body(OFFER)
                    .put("/v1/indirect-providers/" + provider + "/offer").then().statusCode(200);

            given().header("Authorization", admin).contentType(ContentType.JSON).body("{\"training\": \"Quarterly bootcamps\"}")
                    .put("/v1/indirect-providers/" + provider + "/offer").then().statusCode(200)
                    .body("offer.training", equalTo("Quarterly bootcamps")).body("offer.creditTerms", nullValue());
        }

        @Test
        @DisplayName("the offer is read with its version as ETag; a publication based on an older one is 412 and changes nothing")
        void ifMatch() {
            UUID provider = fixtures.provider();
            String admin = fixtures.as(provider, "AdminAgent");
            String offer = "/v1/indirect-providers/" + provider + "/offer";
            given().header("Authorization", admin).get(offer).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            String first = given().header("Authorization", admin).contentType(ContentType.JSON).body(OFFER).put(offer)
                    .then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
            String read = given().header("Authorization", fixtures.as(provider, "SalesAgent")).get(offer)
                    .then().statusCode(200).header("ETag", equalTo(first)).body("creditTerms", equalTo("Net 45, credit limit on request"))
                    .extract().header("ETag");

            String second = given().header("Authorization", admin).header("If-Match", read).contentType(ContentType.JSON)
                    .body("{\"training\": \"Quarterly bootcamps\"}").put(offer)
                    .then().statusCode(200).body("offer.training", equalTo("Quarterly bootcamps")).extract().header("ETag");
            assertThat(second).isNotEqualTo(read);
            given().header("Authorization", admin).header("If-Match", read).contentType(ContentType.JSON).body(OFFER).put(offer)
                    .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("context.currentETag", equalTo(second));

            given().header("Authorization", admin).get(offer).then().statusCode(200).header("ETag", equalTo(second))
                    .body("training", equalTo("Quarterly bootcamps")).body("creditTerms", nullValue());
        }

        @Test
        @DisplayName("R0: a partner whose provider program is not active may not publish: 422 PROVIDER_PROGRAM_NOT_ACTIVE")
        void notAnActiveProvider() {
            UUID partner = fixtures.transitionedPartner();

            given().header("Authorization", fixtures.as(partner, "GlobalAdmin")).contentType(ContentType.JSON).body(OFFER)
                    .put("/v1/indirect-providers/" + partner + "/offer").then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("PROVIDER_PROGRAM_NOT_ACTIVE"));
        }

        @Test
        @DisplayName("another tenant's offer is 404, a SalesAgent may not publish (403), unknown fields are refused (400)")
        void security() {
            UUID provider = fixtures.provider();

            given().header("Authorization", fixtures.as(UUID.randomUUID(), "GlobalAdmin")).contentType(ContentType.JSON).body(OFFER)
                    .put("/v1/indirect-providers/" + provider + "/offer").then().statusCode(404);
            given().header("Authorization", fixtures.as(provider, "SalesAgent")).contentType(ContentType.JSON).body(OFFER)
                    .put("/v1/indirect-providers/" + provider + "/offer").then().statusCode(403);
            given().header("Authorization", fixtures.as(provider, "GlobalAdmin")).contentType(ContentType.JSON)
                    .body("{\"training\": \"x\", \"providerTenantId\": \"%s\"}".formatted(UUID.randomUUID()))
                    .put("/v1/indirect-providers/" + provider + "/offer").then().statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        }
    }
}
