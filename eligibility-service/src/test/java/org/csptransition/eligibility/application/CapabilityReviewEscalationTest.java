package org.csptransition.eligibility.application;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.csptransition.eligibility.Operator;
import org.csptransition.eligibility.domain.CapabilityReviewChange;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The escalation is off in this deployment (the default), so the review is called with an explicit policy: SUSPENDED 30
 * days after the restriction, REVOKED after 90. The bulk statements run against the real database.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E5 escalation of restrictions when configured")
class CapabilityReviewEscalationTest {

    static final EscalationPolicy THIRTY_THEN_NINETY = new EscalationPolicy(OptionalInt.of(30), OptionalInt.of(90));

    @InjectInfra
    Infrastructure infra;
    @Inject
    CapabilityReviews reviews;

    String operator() {
        return Operator.bearer(infra);
    }

    UUID aDirectBillPartnerWithoutRevenue() {
        UUID tenant = UUID.randomUUID();
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                { "tenantId": "%s", "partnerId": "%d", "companyName": "Contoso BV", "country": "NL", "preferredLocale": "nl-NL",
                  "primaryContact": { "firstName": "Anna", "lastName": "de Vries", "email": "anna@contoso.nl" },
                  "mpnMembershipActive": true, "supportPlan": "ASFP",
                  "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" } ] }"""
                        .formatted(tenant, java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000, 999_999_999)))
                .when().post("/v1/partners").then().statusCode(201);
        return tenant;
    }

    static Optional<CapabilityReviewChange> escalatedIn(CapabilityReviews.Result result, UUID tenant) {
        return result.escalated().stream().filter(c -> c.tenantId().equals(tenant)).findFirst();
    }

    @Test
    @DisplayName("E5: RESTRICTED on day 0, still on day 29, SUSPENDED on day 30, REVOKED on day 90, each published with its reason")
    void escalates() {
        UUID tenant = aDirectBillPartnerWithoutRevenue();
        LocalDate restrictedOn = LocalDate.of(2021, 6, 1);
        try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
            assertThat(reviews.run(restrictedOn, "test", THIRTY_THEN_NINETY).restricted())
                    .anySatisfy(c -> assertThat(c.tenantId()).isEqualTo(tenant));
            assertThat(escalatedIn(reviews.run(restrictedOn.plusDays(29), "test", THIRTY_THEN_NINETY), tenant)).isEmpty();
            assertThat(escalatedIn(reviews.run(restrictedOn.plusDays(30), "test", THIRTY_THEN_NINETY), tenant))
                    .hasValueSatisfying(c -> {
                        assertThat(c.previousStatus()).isEqualTo(ProgramStatus.RESTRICTED);
                        assertThat(c.status()).isEqualTo(ProgramStatus.SUSPENDED);
                        assertThat(c.reasonCodes()).containsExactly(EscalationPolicy.SUSPENDED_AFTER_DAYS);
                    });
            assertThat(escalatedIn(reviews.run(restrictedOn.plusDays(90), "test", THIRTY_THEN_NINETY), tenant))
                    .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(ProgramStatus.REVOKED));

            given().header("Authorization", operator()).when().get("/v1/partners/" + tenant)
                    .then().statusCode(200)
                    .body("programs.find { it.program == 'DIRECT_BILL' }.status", equalTo("REVOKED"))
                    .body("programs.find { it.program == 'DIRECT_BILL' }.statusSince", equalTo(restrictedOn.plusDays(90).toString()));

            await().atMost(Duration.ofSeconds(30)).until(() -> changes(topic, tenant).size() == 3);
            assertThat(changes(topic, tenant)).extracting(PartnerProgramChanged::status)
                    .containsExactly("RESTRICTED", "SUSPENDED", "REVOKED");
        }
    }

    @Test
    @DisplayName("E5: off by default: the deployment's review never escalates")
    void offByDefault() {
        UUID tenant = aDirectBillPartnerWithoutRevenue();
        reviews.run(LocalDate.of(2021, 6, 1), "test");
        assertThat(escalatedIn(reviews.run(LocalDate.of(2030, 1, 1), "test"), tenant)).isEmpty();
    }

    private static List<PartnerProgramChanged> changes(TopicReader topic, UUID tenant) {
        return topic.eventsAbout(tenant.toString()).stream()
                .filter(e -> e.type().equals(EventType.PARTNER_PROGRAM_CHANGED.wireName()))
                .map(e -> e.payload(PartnerProgramChanged.class)).toList();
    }
}
