package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E2 direct-bill eligibility over HTTP")
class DirectBillEligibilityResourceTest {

    static final String REVENUE = "requirements.find { it.code == 'REVENUE' }";

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** A reseller since 2015 with every attestation and a plan: only its revenue decides, as of 2021-05-01. */
    UUID aResellerWithMonthly(String monthlyUsd) {
        UUID tenant = api.register("ASFP", "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, YearMonth.of(2021, 4), monthlyUsd);
        return tenant;
    }

    ValidatableResponse evaluate(UUID tenant, String asOf, String language) {
        return given().header("Authorization", api.tenant(tenant, "SalesAgent")).header("Accept-Language", language)
                .when().get("/v1/partners/" + tenant + "/direct-bill-eligibility?asOf=" + asOf).then();
    }

    @Nested
    @DisplayName("E2 REVENUE at the threshold")
    class Threshold {

        @Test
        @DisplayName("USD 299,999.99 of paid cloud revenue is not eligible")
        void justBelow() {
            UUID tenant = aResellerWithMonthly("25000.00");
            api.revenue(tenant, "2021-04", "24999.99", "CLOUD", "PAID");
            evaluate(tenant, "2021-05-01", "en").statusCode(200)
                    .body("eligible", equalTo(false))
                    .body(REVENUE + ".met", equalTo(false))
                    .body(REVENUE + ".reasonCode", equalTo("REVENUE_BELOW_THRESHOLD"))
                    .body(REVENUE + ".evidence.trailingTwelveMonthsUsd", equalTo("299999.99"))
                    .body(REVENUE + ".evidence.thresholdUsd", equalTo("300000.00"));
        }

        @Test
        @DisplayName("USD 300,000.00 is eligible, under policy 2021-04-15, listing every requirement")
        void exactly() {
            UUID tenant = aResellerWithMonthly("25000.00");
            evaluate(tenant, "2021-05-01", "en").statusCode(200)
                    .body("tenantId", equalTo(tenant.toString()))
                    .body("asOf", equalTo("2021-05-01"))
                    .body("policyVersion", equalTo("2021-04-15"))
                    .body("eligible", equalTo(true))
                    .body("requirements.code", contains("MPN_ID", "ENDORSEMENT", "SUPPORT", "REVENUE", "ACCOUNTS_RECEIVABLE",
                            "INDIRECT_RESELLER_TENURE", "MANAGED_SERVICE"))
                    .body("requirements.find { it.code == 'MANAGED_SERVICE' }.kind", equalTo("RECOMMENDATION"))
                    .body(REVENUE + ".message", equalTo("Paid cloud revenue as an indirect reseller from 2020-05 to 2021-04 is USD 300000.00, at least the required USD 300000.00."));
        }

        @Test
        @DisplayName("perpetual software and unpaid invoices never count")
        void perpetualAndUnpaidNeverCount() {
            UUID tenant = aResellerWithMonthly("25000.00");
            api.revenue(tenant, "2021-04", "0.00", "CLOUD", "PAID");
            api.revenue(tenant, "2021-03", "500000.00", "PERPETUAL_SOFTWARE", "PAID");
            given().header("Authorization", api.operator()).contentType(io.restassured.http.ContentType.JSON).body("""
                    { "records": [ { "month": "2021-04", "amountUsd": "25000.00", "category": "CLOUD", "invoiceStatus": "UNPAID", "role": "DIRECT_BILL" } ] }""")
                    .when().post("/v1/partners/" + tenant + "/revenue-records").then().statusCode(200);
            evaluate(tenant, "2021-05-01", "en").statusCode(200)
                    .body("eligible", equalTo(false))
                    .body(REVENUE + ".evidence.trailingTwelveMonthsUsd", equalTo("275000.00"));
        }
    }

    @Nested
    @DisplayName("E2 the policy in force")
    class PolicyInForce {

        @Test
        @DisplayName("without indirect-reseller tenure: eligible under 2020-10-27 on 2021-04-14, not under 2021-04-15 on its first day")
        void dayThePolicyTakesEffect() {
            UUID tenant = api.register("ASFP", "INDIRECT_RESELLER:2020-09-01");
            api.attestAll(tenant);
            api.twelveMonths(tenant, YearMonth.of(2021, 3), "25000.00");
            evaluate(tenant, "2021-04-14", "en").statusCode(200)
                    .body("policyVersion", equalTo("2020-10-27")).body("eligible", equalTo(true))
                    .body("requirements.code", not(org.hamcrest.Matchers.hasItem("INDIRECT_RESELLER_TENURE")));
            evaluate(tenant, "2021-04-15", "en").statusCode(200)
                    .body("policyVersion", equalTo("2021-04-15")).body("eligible", equalTo(false))
                    .body("requirements.find { it.code == 'INDIRECT_RESELLER_TENURE' }.reasonCode",
                            equalTo("INDIRECT_RESELLER_TENURE_TOO_SHORT"));
        }

        @Test
        @DisplayName("before the first policy: 422 NO_POLICY_IN_FORCE; a malformed asOf: 400")
        void beforeTheFirst() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            evaluate(tenant, "2020-10-26", "en").statusCode(422).body("code", equalTo("NO_POLICY_IN_FORCE"));
            evaluate(tenant, "2021-02-30", "en").statusCode(400).body("code", equalTo("INVALID_FIELD"));
        }
    }

    @Nested
    @DisplayName("E2 MPN_ID: a PartnerID for the location the partner sells in")
    class PartnerIdLocation {

        io.restassured.response.Response register(UUID tenant, String location) {
            return given().header("Authorization", api.operator()).contentType(io.restassured.http.ContentType.JSON).body("""
                    { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE", "preferredLocale": "sv-SE",
                      "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                      "mpnMembershipActive": true, "supportPlan": "ASFP", "partnerIdLocation": %s,
                      "programs": [ { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2015-01-01" } ] }
                    """.formatted(tenant, Api.aPartnerId(), location == null ? "null" : "\"" + location + "\"")).when().post("/v1/partners");
        }

        @Test
        @DisplayName("E2 MPN_ID: the PartnerID of the Norwegian location does not qualify a partner selling in SE (PARTNER_ID_NOT_FOR_LOCATION, in the caller's language)")
        void anotherLocationsPartnerId() {
            UUID tenant = UUID.randomUUID();
            register(tenant, "NO").then().statusCode(201).body("partnerIdLocation", equalTo("NO"));
            api.attestAll(tenant);
            api.twelveMonths(tenant, YearMonth.of(2021, 4), "25000.00");

            evaluate(tenant, "2021-05-01", "sv-SE").statusCode(200)
                    .body("eligible", equalTo(false))
                    .body("requirements.find { it.code == 'MPN_ID' }.met", equalTo(false))
                    .body("requirements.find { it.code == 'MPN_ID' }.reasonCode", equalTo("PARTNER_ID_NOT_FOR_LOCATION"))
                    .body("requirements.find { it.code == 'MPN_ID' }.evidence.partnerIdLocation", equalTo("NO"))
                    .body("requirements.find { it.code == 'MPN_ID' }.message", containsString("hör till MPN-platsen i NO"));
        }

        @Test
        @DisplayName("E2 MPN_ID: the location's own PartnerID, or an import that does not say (read as the CSP country's), qualifies; a location that is no ISO country is 422")
        void ownLocation() {
            UUID own = UUID.randomUUID();
            register(own, "SE").then().statusCode(201);
            UUID unsaid = UUID.randomUUID();
            register(unsaid, null).then().statusCode(201).body("partnerIdLocation", equalTo("SE"));
            for (UUID tenant : java.util.List.of(own, unsaid)) {
                api.attestAll(tenant);
                api.twelveMonths(tenant, YearMonth.of(2021, 4), "25000.00");
                evaluate(tenant, "2021-05-01", "en").statusCode(200).body("eligible", equalTo(true))
                        .body("requirements.find { it.code == 'MPN_ID' }.reasonCode", equalTo("MPN_ID_ACTIVE"));
            }
            register(UUID.randomUUID(), "XX").then().statusCode(422).body("code", equalTo("COUNTRY_NOT_ISO_3166"));
        }
    }

    @Nested
    @DisplayName("E2 messages in the caller's language")
    class Languages {

        @Test
        @DisplayName("sv-SE gets Swedish messages and Content-Language sv")
        void swedish() {
            UUID tenant = aResellerWithMonthly("20000.00");
            evaluate(tenant, "2021-05-01", "sv-SE,en;q=0.5").statusCode(200)
                    .header("Content-Language", "sv")
                    .body(REVENUE + ".message", equalTo("Betalda molnintäkter som indirekt återförsäljare från 2020-05 till 2021-04 uppgår till 240000.00 USD, "
                            + "under de krävda 300000.00 USD. Permanent programvara, intäkter i en annan roll och fakturor obetalda den dagen räknas inte."))
                    .body("requirements.find { it.code == 'MPN_ID' }.message", containsString("MPN-medlemskapet är aktivt"));
        }

        @Test
        @DisplayName("nl and fr get Dutch and French; an unsupported or malformed language falls back to English")
        void otherLanguages() {
            UUID tenant = aResellerWithMonthly("20000.00");
            evaluate(tenant, "2021-05-01", "nl-NL").body(REVENUE + ".message", containsString("De betaalde cloudomzet"));
            evaluate(tenant, "2021-05-01", "fr-FR").body(REVENUE + ".message", containsString("Le chiffre d’affaires cloud payé"));
            evaluate(tenant, "2021-05-01", "de-DE").header("Content-Language", "en").body(REVENUE + ".message", containsString("Paid cloud revenue"));
            evaluate(tenant, "2021-05-01", ";;;q=x").statusCode(200).body(REVENUE + ".message", containsString("Paid cloud revenue"));
        }
    }

    @Test
    @DisplayName("E2 security: the tenant and the operator read it; another tenant gets 404")
    void security() {
        UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
        given().header("Authorization", api.operator()).when().get("/v1/partners/" + tenant + "/direct-bill-eligibility")
                .then().statusCode(200);
        given().header("Authorization", api.admin(UUID.randomUUID())).when().get("/v1/partners/" + tenant + "/direct-bill-eligibility")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }
}
