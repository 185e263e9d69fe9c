package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E5 capability review over HTTP")
class CapabilityReviewResourceTest {

    static final String AS_OF = "2021-06-01";
    static final YearMonth LAST_MONTH = YearMonth.of(2021, 5);

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** An active direct-bill partner that is also an indirect reseller since 2015, with a plan and every attestation. */
    UUID aDirectBillPartnerWithMonthly(String monthlyUsd, boolean reseller) {
        UUID tenant = reseller ? api.register("ASFP", "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01")
                : api.register("ASFP", "DIRECT_BILL:2017-03-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, LAST_MONTH, monthlyUsd);
        return tenant;
    }

    static JsonPath review(Api api, String asOf) {
        return given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"asOf\": \"" + asOf + "\" }")
                .when().post("/v1/capability-reviews").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> entryOf(JsonPath review, String list, UUID tenant) {
        List<Map<String, Object>> entries = review.getList(list);
        return entries.stream().filter(e -> tenant.toString().equals(e.get("tenantId"))).findFirst().orElse(null);
    }

    @Test
    @DisplayName("E5: restricts every active direct-bill partner failing the policy in force, says why, and publishes each change")
    void restrictsWhoFails() {
        UUID qualifies = aDirectBillPartnerWithMonthly("25000.00", true);
        UUID justBelow = aDirectBillPartnerWithMonthly("25000.00", true);
        api.revenue(justBelow, "2021-05", "24999.99", "CLOUD", "PAID");
        UUID unpaidAndPerpetual = aDirectBillPartnerWithMonthly("25000.00", true);
        api.revenue(unpaidAndPerpetual, "2021-05", "25000.00", "CLOUD", "UNPAID");
        api.revenue(unpaidAndPerpetual, "2021-04", "900000.00", "PERPETUAL_SOFTWARE", "PAID");
        UUID noTenure = aDirectBillPartnerWithMonthly("25000.00", false);

        try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
            JsonPath review = review(api, AS_OF);

            assertThat(review.getString("policyVersion")).isEqualTo("2021-04-15");
            assertThat(review.getInt("evaluated")).isGreaterThanOrEqualTo(4);
            assertThat(entryOf(review, "restricted", qualifies)).isNull();
            assertThat(entryOf(review, "restricted", justBelow))
                    .containsEntry("previousStatus", "ACTIVE").containsEntry("status", "RESTRICTED")
                    .containsEntry("unmetRequirements", List.of("REVENUE"))
                    .containsEntry("reasonCodes", List.of("REVENUE_BELOW_THRESHOLD"));
            assertThat(entryOf(review, "restricted", unpaidAndPerpetual)).containsEntry("unmetRequirements", List.of("REVENUE"));
            assertThat(entryOf(review, "restricted", noTenure))
                    .containsEntry("unmetRequirements", List.of("INDIRECT_RESELLER_TENURE"))
                    .containsEntry("reasonCodes", List.of("NOT_AN_INDIRECT_RESELLER"));

            given().header("Authorization", api.tenant(justBelow, "SalesAgent")).when().get("/v1/partners/" + justBelow)
                    .then().statusCode(200)
                    .body("programs.find { it.program == 'DIRECT_BILL' }.status", equalTo("RESTRICTED"))
                    .body("programs.find { it.program == 'DIRECT_BILL' }.statusSince", equalTo(AS_OF))
                    .body("programs.find { it.program == 'DIRECT_BILL' }.since", equalTo("2017-03-01"));

            EventEnvelope event = Api.only(Api.awaitEvents(topic, justBelow, EventType.PARTNER_PROGRAM_CHANGED), EventType.PARTNER_PROGRAM_CHANGED);
            PartnerProgramChanged changed = event.payload(PartnerProgramChanged.class);
            assertThat(changed).isEqualTo(new PartnerProgramChanged(justBelow, "DIRECT_BILL", "ACTIVE", "RESTRICTED",
                    LocalDate.parse(AS_OF), List.of("REVENUE"), UUID.fromString(review.getString("id"))));
            Api.awaitEvents(topic, noTenure, EventType.PARTNER_PROGRAM_CHANGED);
            assertThat(topic.eventsAbout(qualifies.toString())).extracting(EventEnvelope::type)
                    .doesNotContain(EventType.PARTNER_PROGRAM_CHANGED.wireName());
        }
    }

    @Test
    @DisplayName("E5: a review as of a date judges only who was an active direct-bill partner on that date, not one that enrolled later")
    void judgesByStatusAsOf() {
        UUID enrolledLater = api.register("ASFP", "DIRECT_BILL:2021-07-01");
        UUID enrolledBefore = api.register("ASFP", "DIRECT_BILL:2021-05-01");

        JsonPath review = review(api, AS_OF);

        assertThat(entryOf(review, "restricted", enrolledLater)).isNull();
        assertThat(entryOf(review, "restricted", enrolledBefore)).isNotNull();
        given().header("Authorization", api.tenant(enrolledLater, "SalesAgent")).when().get("/v1/partners/" + enrolledLater)
                .then().statusCode(200).body("programs.find { it.program == 'DIRECT_BILL' }.status", equalTo("ACTIVE"));
        assertThat(entryOf(review(api, "2021-07-01"), "restricted", enrolledLater)).isNotNull();
    }

    @Test
    @DisplayName("E5: a restricted partner is not restricted again by the next review; without escalation it stays RESTRICTED")
    void onlyOnce() {
        UUID justBelow = aDirectBillPartnerWithMonthly("20000.00", true);
        assertThat(entryOf(review(api, AS_OF), "restricted", justBelow)).isNotNull();
        JsonPath later = review(api, "2023-06-01");
        assertThat(entryOf(later, "restricted", justBelow)).isNull();
        assertThat(entryOf(later, "escalated", justBelow)).isNull();
    }

    @Test
    @DisplayName("E5: only the operator runs a review (403); asOf is required (400) and must have a policy in force (422)")
    void refusals() {
        UUID tenant = UUID.randomUUID();
        given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("{ \"asOf\": \"" + AS_OF + "\" }")
                .when().post("/v1/capability-reviews").then().statusCode(403);
        given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ }")
                .when().post("/v1/capability-reviews").then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"asOf\": \"2019-01-01\" }")
                .when().post("/v1/capability-reviews").then().statusCode(422).body("code", equalTo("NO_POLICY_IN_FORCE"));
    }
}
