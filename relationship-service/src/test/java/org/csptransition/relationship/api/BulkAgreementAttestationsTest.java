package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R5 Microsoft Customer Agreement attested for many customers at once, as JSON and as CSV")
class BulkAgreementAttestationsTest {

    static final String TEMPLATE = "117a15d1-0000-4000-8000-000000000001";

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;
    UUID partner;
    UUID provider;
    UUID first;
    UUID second;

    /** A transitioned partner with two direct-bill customers, both extended to its provider (R3). */
    @BeforeEach
    void extendedCustomers() {
        fixtures = new Fixtures(infra);
        partner = fixtures.transitionedPartner();
        provider = fixtures.provider();
        fixtures.partnership(provider, partner);
        first = fixtures.directBillCustomerOf(partner);
        second = fixtures.directBillCustomerOf(partner);
        fixtures.extend(partner, first, provider);
        fixtures.extend(partner, second, provider);
    }

    static String item(UUID customer, String templateId, LocalDate dateAgreed, String email) {
        return """
                { "customerTenantId": "%s", "templateId": "%s", "dateAgreed": "%s",
                  "primaryContact": { "firstName": "Anna", "lastName": "Berg", "email": "%s" } }""".formatted(customer, templateId, dateAgreed, email);
    }

    static String items(String... items) {
        return "{ \"items\": [" + String.join(",", items) + "] }";
    }

    ValidatableResponse bulk(UUID by, String role, String body) {
        return given().header("Authorization", fixtures.as(by, role)).contentType(ContentType.JSON).body(body)
                .post("/v1/agreement-attestations").then();
    }

    ValidatableResponse csv(UUID by, String body) {
        return given().header("Authorization", fixtures.as(by, "AdminAgent")).contentType("text/csv").body(body)
                .post("/v1/agreement-attestations/csv").then();
    }

    List<String> attestedEmails(UUID customer) {
        return given().header("Authorization", fixtures.as(partner, "SalesAgent")).get("/v1/customers/" + customer + "/agreements")
                .then().statusCode(200).extract().path("items.primaryContact.email");
    }

    @Test
    @DisplayName("R5: each line gets the single attestation's outcome, in the order sent: attested, 422 AGREEMENT_DATE_IN_FUTURE, 409 DUPLICATE_ATTESTATION (a line sees the lines before it), 404 NOT_FOUND, 422 AGREEMENT_TEMPLATE_NOT_CURRENT with the current id")
    void perLineOutcomes() {
        UUID strangersCustomer = fixtures.directBillCustomerOf(fixtures.directBillPartner());
        bulk(partner, "AdminAgent", items(
                item(first, TEMPLATE, LocalDate.now().minusDays(2), "anna@contoso.se"),
                item(second, TEMPLATE, LocalDate.now().plusDays(3), "anna@contoso.se"),
                item(first, TEMPLATE, LocalDate.now(), "ANNA@contoso.se"),
                item(strangersCustomer, TEMPLATE, LocalDate.now(), "anna@contoso.se"),
                item(second, "117a9d88-7b2b-4f9f-9e7e-0d5d2f8f1b2c", LocalDate.now(), "anna@contoso.se")))
                .statusCode(200).contentType(ContentType.JSON)
                .body("attested", equalTo(1)).body("refused", equalTo(4))
                .body("items.position", contains(1, 2, 3, 4, 5))
                .body("items.outcome", contains("ATTESTED", "REFUSED", "REFUSED", "REFUSED", "REFUSED"))
                .body("items.status", contains(201, 422, 409, 404, 422))
                .body("items.code", contains(null, "AGREEMENT_DATE_IN_FUTURE", "DUPLICATE_ATTESTATION", "NOT_FOUND", "AGREEMENT_TEMPLATE_NOT_CURRENT"))
                .body("items[0].attestation.attesterRole", equalTo("DIRECT_BILL_PARTNER"))
                .body("items[0].attestation.id", notNullValue()).body("items[0].customerTenantId", equalTo(first.toString()))
                .body("items[1].errors[0].field", equalTo("dateAgreed")).body("items[1].attestation", nullValue())
                .body("items[2].detail", containsString("ANNA@contoso.se"))
                .body("items[4].context.currentTemplateId", equalTo(TEMPLATE));

        assertThat(attestedEmails(first)).containsExactly("anna@contoso.se");
        assertThat(attestedEmails(second)).as("refused lines change nothing").isEmpty();
    }

    @Test
    @DisplayName("R5: a provider's bulk attestation makes each customer ACCEPTED for it, and publishes customer.agreement.status.changed.v1 for each, as single attestations do")
    void providerAttestsMany() {
        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            bulk(provider, "GlobalAdmin", items(item(first, TEMPLATE, LocalDate.now(), "anna@contoso.se"),
                    item(second, TEMPLATE, LocalDate.now(), "per@contoso.se")))
                    .statusCode(200).body("attested", equalTo(2)).body("items.attestation.attesterRole", contains("INDIRECT_PROVIDER", "INDIRECT_PROVIDER"));

            for (UUID customer : List.of(first, second)) {
                given().header("Authorization", fixtures.as(partner, "SalesAgent")).queryParam("indirectProviderTenantId", provider)
                        .get("/v1/customers/" + customer + "/agreement-status").then().statusCode(200)
                        .body("status", equalTo("ACCEPTED")).body("basis", equalTo("PROVIDER_ATTESTATION"));
                AgreementStatusChanged changed = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED,
                        e -> e.payload(AgreementStatusChanged.class).status().equals("ACCEPTED")).payload(AgreementStatusChanged.class);
                assertThat(changed.providerTenantId()).isEqualTo(provider);
                assertThat(changed.previousStatus()).isEqualTo("ACCEPTANCE_REQUIRED");
            }
        }
    }

    @Test
    @DisplayName("R5 roles: GlobalAdmin and AdminAgent only (SalesAgent and CustomerAdmin 403, no token 401); an indirect reseller alone gets ATTESTATION_NOT_ALLOWED per line")
    void roles() {
        String body = items(item(first, TEMPLATE, LocalDate.now(), "anna@contoso.se"));
        bulk(partner, "SalesAgent", body).statusCode(403);
        bulk(first, "CustomerAdmin", body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/v1/agreement-attestations").then().statusCode(401);
        given().header("Authorization", fixtures.as(partner, "SalesAgent")).contentType("text/csv")
                .body(AgreementCsv.HEADER + "\n" + first + "," + TEMPLATE + "," + LocalDate.now() + ",Anna,Berg,anna@contoso.se,\n")
                .post("/v1/agreement-attestations/csv").then().statusCode(403);

        UUID reseller = fixtures.partner("Litware Reseller AB", "SE", "sv-SE", Fixtures.program(INDIRECT_RESELLER, "ACTIVE"));
        fixtures.partnership(provider, reseller);
        UUID indirectCustomer = fixtures.indirectCustomerFor(provider, reseller);
        bulk(reseller, "AdminAgent", items(item(indirectCustomer, TEMPLATE, LocalDate.now(), "anna@contoso.se")))
                .statusCode(200).body("refused", equalTo(1)).body("items[0].status", equalTo(422))
                .body("items[0].code", equalTo("ATTESTATION_NOT_ALLOWED"));
        assertThat(attestedEmails(first)).isEmpty();
    }

    @Test
    @DisplayName("R5 idempotent: the same Idempotency-Key and body replay the first answer and attest nothing more; the same key with another body 422 IDEMPOTENCY_KEY_REUSED")
    void idempotent() {
        String key = UUID.randomUUID().toString();
        String body = items(item(first, TEMPLATE, LocalDate.now(), "anna@contoso.se"), item(second, TEMPLATE, LocalDate.now(), "anna@contoso.se"));
        String firstAnswer = given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/agreement-attestations")
                .then().statusCode(200).body("attested", equalTo(2)).extract().asString();

        String replay = given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/agreement-attestations")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(replay).isEqualTo(firstAnswer);
        assertThat(attestedEmails(first)).hasSize(1);
        assertThat(attestedEmails(second)).hasSize(1);

        given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(items(item(first, TEMPLATE, LocalDate.now(), "per@contoso.se")))
                .post("/v1/agreement-attestations").then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertThat(attestedEmails(first)).hasSize(1);

        // without a key the same list is judged again: now each line is a duplicate
        bulk(partner, "AdminAgent", body).statusCode(200).body("refused", equalTo(2))
                .body("items.code", contains("DUPLICATE_ATTESTATION", "DUPLICATE_ATTESTATION"));
    }

    @Test
    @DisplayName("input syntax is all or nothing: no items, or a line without its contact, 400 VALIDATION_FAILED, nothing attested")
    void jsonValidation() {
        bulk(partner, "AdminAgent", items()).statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        bulk(partner, "AdminAgent", items(item(first, TEMPLATE, LocalDate.now(), "anna@contoso.se"),
                "{ \"customerTenantId\": \"" + second + "\", \"templateId\": \"" + TEMPLATE + "\", \"dateAgreed\": \"" + LocalDate.now() + "\" }"))
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        assertThat(attestedEmails(first)).isEmpty();
    }

    @Nested
    @DisplayName("R5 from CSV")
    class FromCsv {

        @Test
        @DisplayName("columns in any order, quoted fields, an exported '+ phone number, blank lines: each outcome names its line of the file")
        void outcomesNameTheirLines() {
            String file = "email,firstName,lastName,customerTenantId,templateId,dateAgreed,phoneNumber\r\n"
                    + "anna@contoso.se,Anna,\"Berg, Jr.\"," + first + "," + TEMPLATE + "," + LocalDate.now() + ",'+46 40 123 45 67\r\n"
                    + "\r\n"
                    + "per@contoso.se,\"Per \"\"P\"\"\",Holm," + second + "," + TEMPLATE + "," + LocalDate.now().plusDays(5) + ",\r\n";
            csv(partner, file).statusCode(200).body("attested", equalTo(1)).body("refused", equalTo(1))
                    .body("items.line", contains(2, 4)).body("items.position", contains(1, 2))
                    .body("items.outcome", contains("ATTESTED", "REFUSED"))
                    .body("items[0].attestation.primaryContact.lastName", equalTo("Berg, Jr."))
                    .body("items[0].attestation.primaryContact.phoneNumber", equalTo("+46 40 123 45 67"))
                    .body("items[1].code", equalTo("AGREEMENT_DATE_IN_FUTURE"));
            assertThat(attestedEmails(first)).containsExactly("anna@contoso.se");
        }

        @Test
        @DisplayName("malformed cells: 400 AGREEMENT_CSV_INVALID naming each line and column, in the caller's language; nothing attested")
        void malformedCells() {
            String file = AgreementCsv.HEADER + "\n"
                    + first + "," + TEMPLATE + "," + LocalDate.now() + ",Anna,Berg,anna@contoso.se,\n"
                    + "not-a-tenant," + TEMPLATE + "," + LocalDate.now() + ",Anna,Berg,anna@contoso.se,\n"
                    + second + "," + TEMPLATE + ",30.11.2026,Anna,Berg,not-an-email,\n"
                    + second + "," + TEMPLATE + "," + LocalDate.now() + ",,Berg,anna@contoso.se\n";
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Accept-Language", "sv-SE").contentType("text/csv")
                    .body(file).post("/v1/agreement-attestations/csv").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("AGREEMENT_CSV_INVALID"))
                    .body("errors.field", contains("line 3.customerTenantId", "line 4.dateAgreed", "line 4.email", "line 5.columns"))
                    .body("errors[0].message", containsString("Rad 3 i CSV-filen"))
                    .body("errors.code", hasItems("AGREEMENT_CSV_INVALID"));
            assertThat(attestedEmails(first)).as("all or nothing").isEmpty();
        }

        @Test
        @DisplayName("the header: a required column missing or an unknown one, 400 AGREEMENT_CSV_INVALID on line 1; an empty first name, on its line")
        void header() {
            csv(partner, "customerTenantId,templateId,dateAgreed,firstName,lastName\n" + first + "," + TEMPLATE + "," + LocalDate.now() + ",Anna,Berg\n")
                    .statusCode(400).body("code", equalTo("AGREEMENT_CSV_INVALID")).body("errors[0].field", equalTo("line 1.email"));
            csv(partner, AgreementCsv.HEADER + ",seats\n").statusCode(400).body("errors[0].field", equalTo("line 1.seats"));
            csv(partner, "").statusCode(400).body("errors[0].field", equalTo("line 1.header"));
            csv(partner, AgreementCsv.HEADER + "\n").statusCode(400).body("errors[0].field", equalTo("line 2.lines"));
            csv(partner, AgreementCsv.HEADER + "\n" + first + "," + TEMPLATE + "," + LocalDate.now() + ",,Berg,anna@contoso.se,\n")
                    .statusCode(400).body("errors.field", contains("line 2.firstName"));
            assertThat(attestedEmails(first)).isEmpty();
        }

        @Test
        @DisplayName("R5 idempotent from CSV too: the same file and key replay the answer")
        void idempotentCsv() {
            String key = UUID.randomUUID().toString();
            String file = AgreementCsv.HEADER + "\n" + first + "," + TEMPLATE + "," + LocalDate.now() + ",Anna,Berg,anna@contoso.se,\n";
            for (int i = 0; i < 2; i++) {
                given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Idempotency-Key", key).contentType("text/csv")
                        .body(file).post("/v1/agreement-attestations/csv").then().statusCode(200)
                        .body("attested", equalTo(1)).body("items[0].line", equalTo(2));
            }
            assertThat(attestedEmails(first)).hasSize(1);
            assertThat(attestedEmails(second)).isEqualTo(List.of());
        }
    }

    @Test
    @DisplayName("the item schema is the single attestation's: an unknown field is 400 UNKNOWN_FIELD")
    void unknownField() {
        bulk(partner, "AdminAgent", items(item(first, TEMPLATE, LocalDate.now(), "anna@contoso.se").replace("{ \"customerTenantId\"",
                "{ \"seats\": 3, \"customerTenantId\"")))
                .statusCode(400).body("code", equalTo("UNKNOWN_FIELD"));
        given().header("Authorization", fixtures.as(partner, "SalesAgent")).get("/v1/customers/" + first + "/agreements")
                .then().statusCode(200).body("items", empty()).body("items", hasSize(0));
    }
}
