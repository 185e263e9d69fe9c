package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.eligibility.domain.BusinessDays;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentSubmitted;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E6 indirect-reseller enrollment on the direct-bill tenant over HTTP")
class IndirectResellerEnrollmentResourceTest {

    static final String PATH = "/indirect-reseller-enrollment";

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    ValidatableResponse apply(UUID tenant) {
        return given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + PATH).then();
    }

    ValidatableResponse decide(UUID tenant, String decision, String reason) {
        return given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                .body("{ \"decision\": \"%s\", \"reason\": %s }".formatted(decision, reason == null ? "null" : "\"" + reason + "\""))
                .when().post("/v1/partners/" + tenant + PATH + "/decision").then();
    }

    ValidatableResponse acceptAgreement(UUID tenant) {
        return given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + PATH + "/agreement-acceptance").then();
    }

    ValidatableResponse withdraw(UUID tenant) {
        return given().header("Authorization", api.admin(tenant)).when().delete("/v1/partners/" + tenant + PATH).then();
    }

    UUID aCompletedTransition() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        apply(tenant).statusCode(201);
        decide(tenant, "APPROVE", null).statusCode(200);
        acceptAgreement(tenant).statusCode(200);
        return tenant;
    }

    /** A GlobalAdmin's own registration, as a partner new to CSP: no program; {@code address}/{@code bank} given or not. */
    io.restassured.response.Response registerItself(UUID tenant, boolean address, boolean bank) {
        return given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("""
                { "tenantId": "%s", "partnerId": "%s", "companyName": "Litware AB", "country": "SE", "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Ola", "lastName": "Berg", "email": "ola@litware.se" },
                  "mpnMembershipActive": true, %s %s "programs": [] }
                """.formatted(tenant, Api.aPartnerId(),
                address ? "\"businessAddress\": { \"line1\": \"Storgatan 1\", \"city\": \"Uppsala\", \"postalCode\": \"75320\", \"country\": \"SE\" }," : "",
                bank ? "\"bankInformation\": { \"provided\": true, \"verified\": false, \"accountLast4\": \"1234\" }," : ""))
                .when().post("/v1/partners");
    }

    @Test
    @DisplayName("E6 a partner new to CSP: its GlobalAdmin registers its own tenant, applies, the operator approves within 5 business days, the agreement makes it indirect reseller (only)")
    void newToCsp() {
        UUID tenant = UUID.randomUUID();
        registerItself(tenant, true, true).then().statusCode(201).body("programs", org.hamcrest.Matchers.empty());
        apply(tenant).statusCode(201).body("status", equalTo("PENDING_APPROVAL"))
                .body("approvalDueBy", equalTo(BusinessDays.add(LocalDate.now(ZoneOffset.UTC), 5).toString()));
        decide(tenant, "APPROVE", null).statusCode(200);
        acceptAgreement(tenant).statusCode(200).body("status", equalTo("ACTIVE"));
        given().header("Authorization", api.admin(tenant)).when().get("/v1/partners/" + tenant).then().statusCode(200)
                .body("programs.program", containsInAnyOrder("INDIRECT_RESELLER"))
                .body("programs.status", containsInAnyOrder("ACTIVE"));
    }

    @Test
    @DisplayName("E6 a partner new to CSP needs a business address and bank information: registering itself without them is 422, and so is applying after an import without them")
    void newToCspNeedsAddressAndBank() {
        registerItself(UUID.randomUUID(), false, false).then().statusCode(422)
                .body("errors.code", containsInAnyOrder("BUSINESS_ADDRESS_REQUIRED", "BANK_INFORMATION_REQUIRED"));
        UUID imported = api.register(null);
        apply(imported).statusCode(422)
                .body("errors.code", containsInAnyOrder("BUSINESS_ADDRESS_REQUIRED", "BANK_INFORMATION_REQUIRED"));
    }

    @Test
    @DisplayName("E6: apply → PENDING_APPROVAL due in 5 business days → approve → agreement → ACTIVE, both programs; every fact published")
    void transition() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
            String id = apply(tenant).statusCode(201)
                    .body("status", equalTo("PENDING_APPROVAL"))
                    .body("approvalDueBy", equalTo(BusinessDays.add(today, 5).toString()))
                    .extract().path("id");
            acceptAgreement(tenant).statusCode(409).body("code", equalTo("AGREEMENT_BEFORE_APPROVAL"));
            decide(tenant, "APPROVE", null).statusCode(200).body("status", equalTo("APPROVED"));
            acceptAgreement(tenant).statusCode(200).body("status", equalTo("ACTIVE")).body("id", equalTo(id));

            given().header("Authorization", api.tenant(tenant, "AdminAgent")).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200)
                    .body("programs.program", containsInAnyOrder("DIRECT_BILL", "INDIRECT_RESELLER"))
                    .body("programs.status", containsInAnyOrder("ACTIVE", "ACTIVE"))
                    .body("enrollments.indirectReseller.status", equalTo("ACTIVE"));

            List<EventEnvelope> events = Api.awaitEvents(topic, tenant, EventType.INDIRECT_RESELLER_ENROLLMENT_SUBMITTED,
                    EventType.INDIRECT_RESELLER_ENROLLMENT_APPROVED, EventType.INDIRECT_RESELLER_ENROLLMENT_COMPLETED,
                    EventType.PARTNER_PROGRAM_CHANGED, EventType.PARTNER_INCENTIVES_INVITATION_DUE);
            assertThat(Api.only(events, EventType.INDIRECT_RESELLER_ENROLLMENT_SUBMITTED).payload(IndirectResellerEnrollmentSubmitted.class)
                    .approvalDueBy()).isEqualTo(BusinessDays.add(today, 5));
            assertThat(Api.only(events, EventType.INDIRECT_RESELLER_ENROLLMENT_COMPLETED).payload(IndirectResellerEnrollmentCompleted.class)
                    .programs()).extracting(PartnerRegistered.Program::program).containsExactly("DIRECT_BILL", "INDIRECT_RESELLER");
            PartnerProgramChanged changed = Api.only(events, EventType.PARTNER_PROGRAM_CHANGED).payload(PartnerProgramChanged.class);
            assertThat(changed.program()).isEqualTo("INDIRECT_RESELLER");
            assertThat(changed.status()).isEqualTo("ACTIVE");
            PartnerIncentivesInvitationDue invitation = Api.only(events, EventType.PARTNER_INCENTIVES_INVITATION_DUE)
                    .payload(PartnerIncentivesInvitationDue.class);
            assertThat(invitation.dueBy()).isEqualTo(today.plusDays(30));
            assertThat(invitation.mpnAccountEmail()).isEqualTo("mpn@fabrikam.se");
            assertThat(invitation.primaryContactEmail()).isEqualTo("eva@fabrikam.se");
            assertThat(invitation.preferredLocale()).isEqualTo("sv-SE");
        }
    }

    @Nested
    @DisplayName("E6 irreversibility: every request that would return the tenant to direct bill only is refused")
    class Irreversible {

        @Test
        @DisplayName("a second application, a rejection, a second approval and a withdrawal: 409 INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE")
        void noWayBack() {
            UUID tenant = aCompletedTransition();
            apply(tenant).statusCode(409).body("code", equalTo("INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE"));
            decide(tenant, "REJECT", "changed our minds").statusCode(409).body("code", equalTo("INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE"));
            decide(tenant, "APPROVE", null).statusCode(409).body("code", equalTo("INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE"));
            withdraw(tenant).statusCode(409).body("code", equalTo("INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE"));
            acceptAgreement(tenant).statusCode(409).body("code", equalTo("AGREEMENT_ALREADY_ACCEPTED"));
            given().header("Authorization", api.operator()).when().get("/v1/partners/" + tenant + PATH)
                    .then().statusCode(200).body("status", equalTo("ACTIVE"));
        }

        @Test
        @DisplayName("E6: the refusal answers in the caller's language: Swedish for sv-SE (Content-Language sv), French for fr, else English")
        void inTheCallersLanguage() {
            UUID tenant = aCompletedTransition();
            given().header("Authorization", api.admin(tenant)).header("Accept-Language", "sv-SE,en;q=0.5")
                    .when().delete("/v1/partners/" + tenant + PATH)
                    .then().statusCode(409).contentType("application/problem+json").header("Content-Language", "sv")
                    .body("code", equalTo("INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE"))
                    .body("detail", equalTo("Klientorganisationen har genomfört övergången och har båda programmen. "
                            + "Den kan inte återgå till enbart direktfakturering."));
            given().header("Authorization", api.admin(tenant)).header("Accept-Language", "fr-FR")
                    .when().post("/v1/partners/" + tenant + PATH + "/agreement-acceptance")
                    .then().statusCode(409).header("Content-Language", "fr")
                    .body("code", equalTo("AGREEMENT_ALREADY_ACCEPTED"))
                    .body("detail", equalTo("Le contrat de revendeur indirect a déjà été accepté."));
            withdraw(tenant).statusCode(409).header("Content-Language", "en")
                    .body("detail", equalTo("The tenant completed the transition and holds both programs; it cannot return to direct bill only."));
        }
    }

    @Nested
    @DisplayName("E6 other outcomes and refusals")
    class Refusals {

        @Test
        @DisplayName("rejected with a reason (event published); then the agreement is refused and a new application allowed")
        void rejected() {
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
            apply(tenant).statusCode(201);
            apply(tenant).statusCode(409).body("code", equalTo("ENROLLMENT_ALREADY_SUBMITTED"));
            try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
                decide(tenant, "REJECT", null).statusCode(422).body("code", equalTo("REJECTION_REASON_REQUIRED"));
                decide(tenant, "REJECT", "PartnerID does not match").statusCode(200)
                        .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("PartnerID does not match"));
                Api.awaitEvents(topic, tenant, EventType.INDIRECT_RESELLER_ENROLLMENT_REJECTED);
            }
            acceptAgreement(tenant).statusCode(409).body("code", equalTo("ENROLLMENT_CLOSED"));
            apply(tenant).statusCode(201);
        }

        @Test
        @DisplayName("withdrawn before completion; a tenant already holding indirect reseller cannot apply")
        void withdrawnAndAlreadyHeld() {
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
            apply(tenant).statusCode(201);
            withdraw(tenant).statusCode(200).body("status", equalTo("WITHDRAWN"));
            UUID reseller = api.register(null, "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01");
            apply(reseller).statusCode(409).body("code", equalTo("INDIRECT_RESELLER_ALREADY_HELD"));
        }

        @Test
        @DisplayName("roles: only its GlobalAdmin applies and accepts (another tenant 404, the operator 403); only the operator decides")
        void roles() {
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
            given().header("Authorization", api.admin(UUID.randomUUID())).when().post("/v1/partners/" + tenant + PATH).then().statusCode(404);
            given().header("Authorization", api.operator()).when().post("/v1/partners/" + tenant + PATH).then().statusCode(403);
            apply(tenant).statusCode(201);
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("{ \"decision\": \"APPROVE\" }")
                    .when().post("/v1/partners/" + tenant + PATH + "/decision").then().statusCode(403);
            given().header("Authorization", api.admin(UUID.randomUUID())).when().get("/v1/partners/" + tenant + PATH).then().statusCode(404);
            decide(tenant, "MAYBE", null).statusCode(400).body("code", equalTo("INVALID_FIELD"));
        }
    }
}
