package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The deployment escalates (suspended 30 days after the restriction, revoked after 90), as an operator would set it. */
@QuarkusTest
@TestProfile(TransitionDeadlineResourceTest.EscalationConfigured.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E5 the transition deadline of a restricted partner over HTTP")
class TransitionDeadlineResourceTest {

    public static class EscalationConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("eligibility.escalation.suspend-after-days", "30", "eligibility.escalation.revoke-after-days", "90");
        }
    }

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    void review(LocalDate asOf) {
        given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"asOf\": \"" + asOf + "\" }")
                .when().post("/v1/capability-reviews").then().statusCode(200);
    }

    @Test
    @DisplayName("E5: restricted three days ago: suspended in 27 days, revoked in 87, with the escalation that decides it; the tenant and the operator read it")
    void restrictedPartner() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate restrictedOn = today.minusDays(3);
        review(restrictedOn);

        for (String caller : new String[]{api.tenant(tenant, "SalesAgent"), api.operator()}) {
            given().header("Authorization", caller).when().get("/v1/partners/" + tenant + "/transition-deadline").then().statusCode(200)
                    .body("tenantId", equalTo(tenant.toString())).body("restricted", equalTo(true))
                    .body("directBillStatus", equalTo("RESTRICTED")).body("restrictedOn", equalTo(restrictedOn.toString()))
                    .body("suspendsOn", equalTo(restrictedOn.plusDays(30).toString()))
                    .body("revokesOn", equalTo(restrictedOn.plusDays(90).toString()))
                    .body("daysUntilSuspension", equalTo(27)).body("daysUntilRevocation", equalTo(87))
                    .body("escalation.enabled", equalTo(true)).body("escalation.suspendAfterDays", equalTo(30))
                    .body("escalation.revokeAfterDays", equalTo(90));
        }
    }

    @Test
    @DisplayName("E5: partner.program.changed.v1 of the restriction carries suspendsOn and revokesOn; of the suspension, revokesOn alone")
    void eventsCarryTheDeadline() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        LocalDate restrictedOn = LocalDate.now(ZoneOffset.UTC).minusDays(35);
        try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
            review(restrictedOn);
            review(restrictedOn.plusDays(30));
            await().atMost(Duration.ofSeconds(30)).until(() -> changes(topic, tenant).size() == 2);
            List<PartnerProgramChanged> changes = changes(topic, tenant);
            assertThat(changes.get(0).status()).isEqualTo("RESTRICTED");
            assertThat(changes.get(0).suspendsOn()).isEqualTo(restrictedOn.plusDays(30));
            assertThat(changes.get(0).revokesOn()).isEqualTo(restrictedOn.plusDays(90));
            assertThat(changes.get(1).status()).isEqualTo("SUSPENDED");
            assertThat(changes.get(1).suspendsOn()).isNull();
            assertThat(changes.get(1).revokesOn()).isEqualTo(restrictedOn.plusDays(90));
        }
    }

    static List<PartnerProgramChanged> changes(TopicReader topic, UUID tenant) {
        return topic.eventsAbout(tenant.toString()).stream().filter(e -> e.type().equals(EventType.PARTNER_PROGRAM_CHANGED.wireName()))
                .map(e -> e.payload(PartnerProgramChanged.class)).filter(c -> c.program().equals("DIRECT_BILL")).toList();
    }

    @Test
    @DisplayName("E5: once a review suspended it, only the revocation is ahead")
    void suspendedPartner() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        LocalDate restrictedOn = LocalDate.now(ZoneOffset.UTC).minusDays(40);
        review(restrictedOn);
        review(restrictedOn.plusDays(30));

        given().header("Authorization", api.admin(tenant)).when().get("/v1/partners/" + tenant + "/transition-deadline").then().statusCode(200)
                .body("directBillStatus", equalTo("SUSPENDED")).body("restricted", equalTo(true))
                .body("suspendsOn", nullValue()).body("revokesOn", equalTo(restrictedOn.plusDays(90).toString()))
                .body("daysUntilRevocation", equalTo(50));
    }

    @Test
    @DisplayName("E5: a partner that is not restricted has no deadline; another tenant 404, a customer admin 403, no token 401")
    void notRestrictedAndAccess() {
        UUID tenant = api.register("ASFP", "INDIRECT_RESELLER:2015-01-01");
        given().header("Authorization", api.admin(tenant)).when().get("/v1/partners/" + tenant + "/transition-deadline").then().statusCode(200)
                .body("restricted", equalTo(false)).body("directBillStatus", nullValue()).body("suspendsOn", nullValue())
                .body("escalation.enabled", equalTo(true));

        given().header("Authorization", api.admin(UUID.randomUUID())).when().get("/v1/partners/" + tenant + "/transition-deadline")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", api.tenant(tenant, "CustomerAdmin")).when().get("/v1/partners/" + tenant + "/transition-deadline")
                .then().statusCode(403);
        given().when().get("/v1/partners/" + tenant + "/transition-deadline").then().statusCode(401);
        given().header("Authorization", api.operator()).when().get("/v1/partners/" + UUID.randomUUID() + "/transition-deadline")
                .then().statusCode(404);
    }
}
