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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * No input is a 500: the worst a client can send (a locale longer than its column, names longer than notification-service
 * stores, NUL, line breaks in names, dates in year 99999, huge arrays) is a 400 problem naming the field, or the domain's
 * 422, before anything reaches the database.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Input bounds: the worst requests are 400/422 problem+json, never 500")
class InputBoundsResourceTest {

    /** A well-formed BCP 47 tag (private-use subtags) of 36 characters: one more than the locale columns hold. */
    static final String TAG_36 = "sv-SE-x-abcdefgh-abcdefgh-abcdefgh-a";

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    static String registration(UUID tenant, String field, String json) {
        // the value goes in as it is: its JSON escapes (a line feed, a NUL) must reach the body, not be read as replacement syntax
        String jsonValue = java.util.regex.Matcher.quoteReplacement(json);
        String body = PartnerResourceTest.aPartnerJson(tenant, Api.aPartnerId(), "eva@fabrikam.se");
        return switch (field) {
            case "companyName", "preferredLocale", "country", "partnerId", "mpnAccountEmail" ->
                    body.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + jsonValue);
            case "firstName", "lastName", "email" ->
                    body.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + jsonValue);
            case "accountLast4" -> body.replaceFirst("\"accountLast4\": \"[^\"]*\"", "\"accountLast4\": " + jsonValue);
            case "since" -> body.replaceFirst("\"since\": \"[^\"]*\"", "\"since\": " + jsonValue);
            case "programs" -> body.replaceFirst("\"programs\": \\[[^]]*]", "\"programs\": " + jsonValue);
            case "businessAddress" -> body.replaceFirst("\"mpnMembershipActive\"", "\"businessAddress\": " + jsonValue + ", \"mpnMembershipActive\"");
            default -> throw new IllegalArgumentException(field);
        };
    }

    ValidatableResponse register(String body) {
        return given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/partners").then();
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t").replace("\u0000", "\\u0000") + "\"";
    }

    static void badRequest(ValidatableResponse response) {
        response.statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("the 36-character tag is really well formed and 36 long (only its length is wrong)")
    void tagIsWellFormed() {
        assertThat(TAG_36).hasSize(36);
        assertThat(java.util.Locale.forLanguageTag(TAG_36).toLanguageTag()).isEqualToIgnoringCase(TAG_36);
    }

    @Nested
    @DisplayName("E1 registration")
    class Registration {

        @Test
        @DisplayName("E1: a BCP 47 tag of 36 characters: 400 naming preferredLocale")
        void longLocale() {
            badRequest(register(registration(UUID.randomUUID(), "preferredLocale", quoted(TAG_36)))
                    .body("errors.field", hasItem("preferredLocale")));
        }

        @Test
        @DisplayName("E1: a 300-character company name, a 300-character first name: 400 naming the field")
        void longNames() {
            String long300 = "A".repeat(300);
            badRequest(register(registration(UUID.randomUUID(), "companyName", quoted(long300))).body("errors.field", hasItem("companyName")));
            badRequest(register(registration(UUID.randomUUID(), "firstName", quoted(long300)))
                    .body("errors.field", hasItem("primaryContact.firstName")));
            badRequest(register(registration(UUID.randomUUID(), "lastName", quoted(long300)))
                    .body("errors.field", hasItem("primaryContact.lastName")));
        }

        @Test
        @DisplayName("E1: a 100-character first name with a 100-character last name would not fit notification-service's contact name (200): 400; 99 + 99 fits")
        void namesFitNotification() {
            String both100 = registration(UUID.randomUUID(), "firstName", quoted("F".repeat(100)))
                    .replaceFirst("\"lastName\": \"[^\"]*\"", "\"lastName\": " + quoted("L".repeat(100)));
            badRequest(register(both100).body("errors.field", hasItem("primaryContact.firstName")));
            UUID tenant = UUID.randomUUID();
            String both99 = registration(tenant, "firstName", quoted("F".repeat(99)))
                    .replaceFirst("\"lastName\": \"[^\"]*\"", "\"lastName\": " + quoted("L".repeat(99)));
            register(both99).statusCode(201);
            assertThat(("F".repeat(99) + " " + "L".repeat(99)).length()).isLessThanOrEqualTo(200);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"companyName", "firstName", "lastName"})
        @DisplayName("E1: names reach e-mail headers: a line break, a carriage return or a tab in them is 400")
        void singleLineNames(String field) {
            for (String bad : List.of("Eva\nBcc: all@example.com", "Eva\r\nX: y", "Eva\tLind")) {
                badRequest(register(registration(UUID.randomUUID(), field, quoted(bad))));
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"companyName", "firstName", "lastName", "email", "preferredLocale", "partnerId", "country", "mpnAccountEmail"})
        @DisplayName("E1: a NUL in any text field is 400")
        void nul(String field) {
            badRequest(register(registration(UUID.randomUUID(), field, quoted("se\u0000x"))));
        }

        @Test
        @DisplayName("E1: each text longer than its column: 400 (partnerId 11, country 3, e-mail 255, last four 5, address lines)")
        void columnLengths() {
            badRequest(register(registration(UUID.randomUUID(), "partnerId", quoted("1".repeat(11)))).body("errors.field", hasItem("partnerId")));
            badRequest(register(registration(UUID.randomUUID(), "country", quoted("SWE"))).body("errors.field", hasItem("country")));
            String email255 = "e".repeat(255 - "@fabrikam.se".length()) + "@fabrikam.se";
            badRequest(register(registration(UUID.randomUUID(), "email", quoted(email255))).body("errors.field", hasItem("primaryContact.email")));
            badRequest(register(registration(UUID.randomUUID(), "mpnAccountEmail", quoted(email255))).body("errors.field", hasItem("mpnAccountEmail")));
            badRequest(register(registration(UUID.randomUUID(), "accountLast4", quoted("12345"))));
            badRequest(register(registration(UUID.randomUUID(), "businessAddress",
                    "{ \"line1\": " + quoted("x".repeat(201)) + ", \"city\": " + quoted("x".repeat(101)) + ", \"postalCode\": "
                            + quoted("1".repeat(21)) + ", \"country\": \"SWE\" }"))
                    .body("errors.field", hasItem("businessAddress.line1")).body("errors.field", hasItem("businessAddress.city"))
                    .body("errors.field", hasItem("businessAddress.postalCode")).body("errors.field", hasItem("businessAddress.country")));
        }

        @Test
        @DisplayName("E1: a program held since year 99999, or before 1900: 400")
        void dates() {
            badRequest(register(registration(UUID.randomUUID(), "since", "\"+99999-01-01\"")));
            badRequest(register(registration(UUID.randomUUID(), "since", "\"99999-01-01\"")));
            badRequest(register(registration(UUID.randomUUID(), "since", "\"0001-01-01\"")));
        }

        @Test
        @DisplayName("E1: a huge programs array (10,000 holdings) is 400, never a 500")
        void hugeArray() {
            String holdings = IntStream.range(0, 10_000)
                    .mapToObj(i -> "{ \"program\": \"DIRECT_BILL\", \"status\": \"ACTIVE\", \"since\": \"2017-03-01\" }")
                    .collect(Collectors.joining(", ", "[", "]"));
            badRequest(register(registration(UUID.randomUUID(), "programs", holdings)).body("errors.field", hasItem("programs")));
        }
    }

    @Nested
    @DisplayName("E1 profile update")
    class ProfileUpdate {

        ValidatableResponse patch(UUID tenant, String body) {
            return given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body(body)
                    .when().patch("/v1/partners/" + tenant).then();
        }

        @Test
        @DisplayName("E1: a 36-character locale, a line break in a contact name, a 300-character name, a NUL: 400; nothing changed")
        void worstCases() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            badRequest(patch(tenant, "{ \"preferredLocale\": " + quoted(TAG_36) + " }").body("errors.field", hasItem("preferredLocale")));
            badRequest(patch(tenant, "{ \"primaryContact\": { \"firstName\": \"Eva\\nBcc: x@y.se\", \"lastName\": \"Lind\", \"email\": \"eva@fabrikam.se\" } }"));
            badRequest(patch(tenant, "{ \"primaryContact\": { \"firstName\": " + quoted("E".repeat(300))
                    + ", \"lastName\": \"Lind\", \"email\": \"eva@fabrikam.se\" } }"));
            badRequest(patch(tenant, "{ \"mpnAccountEmail\": \"mpn\\u0000@fabrikam.se\" }"));
            badRequest(patch(tenant, "{ \"attestations\": { \"managedServices\": 2147483648 } }"));
            badRequest(patch(tenant, "{ \"attestations\": { \"managedServices\": -1 } }"));
            given().header("Authorization", api.admin(tenant)).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200).body("preferredLocale", equalTo("sv-SE")).body("primaryContact.firstName", equalTo("Eva"));
        }

        @Test
        @DisplayName("E1: the longest user id a token may carry (255 characters) is recorded as the attester")
        void longestUserId() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            String user = "u".repeat(255);
            String bearer = "Bearer " + infra.jwts().token(tenant, List.of("GlobalAdmin"), user, Duration.ofMinutes(5));
            given().header("Authorization", bearer).contentType(ContentType.JSON)
                    .body("{ \"attestations\": { \"endorsementAuthority\": true } }")
                    .when().patch("/v1/partners/" + tenant).then().statusCode(200).body("attestations.attestedBy", equalTo(user));
        }
    }

    @Nested
    @DisplayName("E2–E6 other bodies and parameters")
    class Others {

        @Test
        @DisplayName("E2: asOf in year 99999, before 1900 or with a NUL: 400 INVALID_FIELD / problem")
        void asOf() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            for (String asOf : List.of("99999-01-01", "+99999-01-01", "1899-12-31", "2021-05-01%00")) {
                for (String path : List.of("/revenue/trailing-twelve-months", "/direct-bill-eligibility")) {
                    badRequest(given().header("Authorization", api.admin(tenant)).urlEncodingEnabled(false)
                            .when().get("/v1/partners/" + tenant + path + "?asOf=" + asOf).then());
                }
            }
        }

        @Test
        @DisplayName("E2: revenue in month 99999-01, an amount beyond NUMERIC(14,2), more than 1,000 records: 400")
        void revenue() {
            UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
            String record = "{ \"month\": \"%s\", \"amountUsd\": \"%s\", \"category\": \"CLOUD\", \"invoiceStatus\": \"PAID\", \"role\": \"INDIRECT_RESELLER\" }";
            for (String body : List.of(
                    "{ \"records\": [ " + record.formatted("99999-01", "1.00") + " ] }",
                    "{ \"records\": [ " + record.formatted("2020-01", "1000000000000.00") + " ] }",
                    "{ \"records\": [ " + record.formatted("2020-01", "1.001") + " ] }",
                    "{ \"records\": [ " + record.formatted("2020-01", "-1.00") + " ] }",
                    IntStream.range(0, 1001).mapToObj(i -> record.formatted("2020-01", "1.00"))
                            .collect(Collectors.joining(", ", "{ \"records\": [ ", " ] }")))) {
                badRequest(given().header("Authorization", api.operator()).contentType(ContentType.JSON).body(body)
                        .when().post("/v1/partners/" + tenant + "/revenue-records").then());
            }
        }

        @Test
        @DisplayName("E5: a capability review as of year 99999: 400; E3/E6: a reason longer than its column (1,000): 400")
        void reviewAndReasons() {
            badRequest(given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"asOf\": \"99999-01-01\" }")
                    .when().post("/v1/capability-reviews").then());
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
            String reason = quoted("r".repeat(1001));
            badRequest(given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                    .body("{ \"decision\": \"REJECT\", \"reason\": " + reason + " }")
                    .when().post("/v1/partners/" + tenant + "/indirect-reseller-enrollment/decision").then()
                    .body("errors.field", hasItem("reason")));
            badRequest(given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                    .body("{ \"result\": \"FAILED\", \"reason\": " + reason + " }")
                    .when().post("/v1/partners/" + tenant + "/direct-bill-enrollment/credit-check").then()
                    .body("errors.field", hasItem("reason")));
        }

        @Test
        @DisplayName("a path tenant that is no UUID, or holds a NUL: 400/404 problem, never 500")
        void pathTenant() {
            for (String tenant : List.of("not-a-uuid", "%00", "9ab6671b-3bd1-491a-8f74-dbfc455adfc0%00")) {
                given().header("Authorization", api.operator()).urlEncodingEnabled(false).when().get("/v1/partners/" + tenant)
                        .then().statusCode(anyOf(equalTo(400), equalTo(404))).contentType(startsWith("application/problem+json"));
            }
        }
    }
}
