package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.DirectBillSupportPlanRecorded;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E3/E4 direct-bill enrollment and credit check over HTTP")
class DirectBillEnrollmentResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** An indirect reseller for years with every attestation and USD 300K over the last twelve months, but no support plan. */
    UUID anApplicant() {
        UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, Api.lastFullMonth(), "25000.00");
        return tenant;
    }

    ValidatableResponse apply(UUID tenant) {
        return given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + "/direct-bill-enrollment").then();
    }

    ValidatableResponse creditCheck(UUID tenant, String result, String reason) {
        return given().header("Authorization", api.operator()).contentType(ContentType.JSON)
                .body("{ \"result\": \"%s\", \"reason\": %s }".formatted(result, reason == null ? "null" : "\"" + reason + "\""))
                .when().post("/v1/partners/" + tenant + "/direct-bill-enrollment/credit-check").then();
    }

    ValidatableResponse supportPlan(UUID tenant, String plan) {
        return given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("{ \"plan\": \"" + plan + "\" }")
                .when().put("/v1/partners/" + tenant + "/support-plan").then();
    }

    @Test
    @DisplayName("E4: apply → UNDER_REVIEW → E3 credit check passed → support plan → APPROVED, DIRECT_BILL active; every step published")
    void happyPath() {
        UUID tenant = anApplicant();
        try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
            String id = apply(tenant).statusCode(201)
                    .body("status", equalTo("UNDER_REVIEW")).body("creditCheck.status", equalTo("PENDING"))
                    .body("policyVersion", equalTo("2021-04-15"))
                    .extract().path("id");
            creditCheck(tenant, "PASSED", null).statusCode(200)
                    .body("status", equalTo("CREDIT_CHECK_PASSED")).body("creditCheck.status", equalTo("PASSED"));
            supportPlan(tenant, "PSFP").statusCode(200)
                    .body("plan", equalTo("PSFP")).body("enrollment.status", equalTo("APPROVED")).body("enrollment.id", equalTo(id));

            given().header("Authorization", api.tenant(tenant, "SalesAgent")).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200)
                    .body("programs.program", containsInAnyOrder("DIRECT_BILL", "INDIRECT_RESELLER"))
                    .body("programs.find { it.program == 'DIRECT_BILL' }.status", equalTo("ACTIVE"))
                    .body("programs.find { it.program == 'DIRECT_BILL' }.since", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                    .body("enrollments.directBill.status", equalTo("APPROVED"));

            List<EventEnvelope> events = Api.awaitEvents(topic, tenant, EventType.DIRECT_BILL_ENROLLMENT_SUBMITTED,
                    EventType.DIRECT_BILL_CREDIT_CHECK_PASSED, EventType.DIRECT_BILL_SUPPORT_PLAN_RECORDED,
                    EventType.DIRECT_BILL_ENROLLMENT_APPROVED, EventType.PARTNER_PROGRAM_CHANGED);
            assertThat(Api.only(events, EventType.DIRECT_BILL_SUPPORT_PLAN_RECORDED).payload(DirectBillSupportPlanRecorded.class))
                    .isEqualTo(new DirectBillSupportPlanRecorded(tenant, UUID.fromString(id), "PSFP"));
            PartnerProgramChanged changed = Api.only(events, EventType.PARTNER_PROGRAM_CHANGED).payload(PartnerProgramChanged.class);
            assertThat(changed.program()).isEqualTo("DIRECT_BILL");
            assertThat(changed.previousStatus()).isNull();
            assertThat(changed.status()).isEqualTo("ACTIVE");
            assertThat(changed.reasonCodes()).containsExactly("DIRECT_BILL_ENROLLMENT_APPROVED");
        }
    }

    @Nested
    @DisplayName("E4 refusals")
    class Refusals {

        @Test
        @DisplayName("not eligible: 422 NOT_ELIGIBLE_FOR_DIRECT_BILL listing each unmet requirement, in the caller's language")
        void notEligible() {
            UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
            given().header("Authorization", api.admin(tenant)).header("Accept-Language", "sv-SE")
                    .when().post("/v1/partners/" + tenant + "/direct-bill-enrollment")
                    .then().statusCode(422).contentType("application/problem+json").header("Content-Language", "sv")
                    .body("code", equalTo("NOT_ELIGIBLE_FOR_DIRECT_BILL"))
                    .body("context.policyVersion", equalTo("2021-04-15"))
                    .body("context.unmetRequirements", containsInAnyOrder("ENDORSEMENT", "SUPPORT", "REVENUE", "ACCOUNTS_RECEIVABLE"))
                    .body("errors.field", containsInAnyOrder("ENDORSEMENT", "SUPPORT", "REVENUE", "ACCOUNTS_RECEIVABLE"))
                    .body("errors.find { it.field == 'REVENUE' }.code", equalTo("REVENUE_BELOW_THRESHOLD"))
                    .body("errors.find { it.field == 'ENDORSEMENT' }.message", equalTo(
                            "Ingen global administratör har intygat behörigheten att godkänna och underteckna juridiska avtal för organisationen."))
                    .body("detail", equalTo("Uppfyller inte kraven för direktfakturering enligt policyn 2021-04-15: 4 minimikrav är inte uppfyllda."));
        }

        @Test
        @DisplayName("a second application while one is open: 409 ENROLLMENT_ALREADY_SUBMITTED")
        void twice() {
            UUID tenant = anApplicant();
            apply(tenant).statusCode(201);
            apply(tenant).statusCode(409).body("code", equalTo("ENROLLMENT_ALREADY_SUBMITTED"));
        }

        @Test
        @DisplayName("E3: a support plan before the credit check passed: 409 CREDIT_CHECK_NOT_PASSED, also without any application")
        void supportPlanBeforeCreditCheck() {
            UUID tenant = anApplicant();
            supportPlan(tenant, "ASFP").statusCode(409).body("code", equalTo("CREDIT_CHECK_NOT_PASSED"));
            apply(tenant).statusCode(201);
            supportPlan(tenant, "ASFP").statusCode(409).body("code", equalTo("CREDIT_CHECK_NOT_PASSED"));
        }

        @Test
        @DisplayName("a tenant that holds direct bill: 409 DIRECT_BILL_ALREADY_HELD, but it may change its plan")
        void alreadyDirectBill() {
            UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
            apply(tenant).statusCode(409).body("code", equalTo("DIRECT_BILL_ALREADY_HELD"));
            supportPlan(tenant, "PSFP").statusCode(200).body("plan", equalTo("PSFP"));
        }

        @Test
        @DisplayName("only the tenant's GlobalAdmin applies (another tenant: 404; a SalesAgent: 403); only the operator decides credit checks")
        void roles() {
            UUID tenant = anApplicant();
            given().header("Authorization", api.admin(UUID.randomUUID())).when().post("/v1/partners/" + tenant + "/direct-bill-enrollment")
                    .then().statusCode(404);
            given().header("Authorization", api.tenant(tenant, "SalesAgent")).when().post("/v1/partners/" + tenant + "/direct-bill-enrollment")
                    .then().statusCode(403);
            given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("{ \"result\": \"PASSED\" }")
                    .when().post("/v1/partners/" + tenant + "/direct-bill-enrollment/credit-check").then().statusCode(403);
            given().header("Authorization", api.admin(UUID.randomUUID())).when().get("/v1/partners/" + tenant + "/direct-bill-enrollment")
                    .then().statusCode(404);
        }
    }

    @Nested
    @DisplayName("E3 credit check")
    class CreditCheck {

        @Test
        @DisplayName("failed → REJECTED with the reason; creditcheck.failed and enrollment.rejected are published")
        void failed() {
            UUID tenant = anApplicant();
            apply(tenant).statusCode(201);
            try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
                creditCheck(tenant, "FAILED", "Outstanding debts").statusCode(200)
                        .body("status", equalTo("REJECTED"))
                        .body("rejection.reasonCode", equalTo("CREDIT_CHECK_FAILED"))
                        .body("rejection.reason", equalTo("Outstanding debts"))
                        .body("creditCheck.decidedAt", notNullValue());
                List<EventEnvelope> events = Api.awaitEvents(topic, tenant, EventType.DIRECT_BILL_CREDIT_CHECK_FAILED,
                        EventType.DIRECT_BILL_ENROLLMENT_REJECTED);
                assertThat(Api.only(events, EventType.DIRECT_BILL_CREDIT_CHECK_FAILED).payload(DirectBillCreditCheckFailed.class).reason())
                        .isEqualTo("Outstanding debts");
                assertThat(Api.only(events, EventType.DIRECT_BILL_ENROLLMENT_REJECTED).payload(DirectBillEnrollmentRejected.class).reasonCode())
                        .isEqualTo("CREDIT_CHECK_FAILED");
            }
            supportPlan(tenant, "ASFP").statusCode(409).body("code", equalTo("CREDIT_CHECK_NOT_PASSED"));
            apply(tenant).statusCode(201);
        }

        @Test
        @DisplayName("a failure needs a reason (422 CREDIT_CHECK_REASON_REQUIRED), a decision comes once (409), an unknown result is a 400")
        void refusals() {
            UUID tenant = anApplicant();
            creditCheck(tenant, "PASSED", null).statusCode(409).body("code", equalTo("NO_DIRECT_BILL_APPLICATION"));
            apply(tenant).statusCode(201);
            creditCheck(tenant, "FAILED", null).statusCode(422).body("code", equalTo("CREDIT_CHECK_REASON_REQUIRED"));
            creditCheck(tenant, "MAYBE", null).statusCode(400).body("errors.field", hasItem("result"));
            creditCheck(tenant, "PASSED", null).statusCode(200);
            creditCheck(tenant, "FAILED", "late").statusCode(409).body("code", equalTo("CREDIT_CHECK_ALREADY_DECIDED"));
        }
    }
}
