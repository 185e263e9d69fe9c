package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.MailServer;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.notification.NotificationFixtures.TestPartner;
import org.csptransition.notification.webhook.MutableClock;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.QUIET;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("E5 warnings before a restricted partner's deadline, through the real broker and SMTP server")
class TransitionDeadlineMailsTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    List<MailServer.CapturedMail> warnings(TestPartner partner) {
        return infra.mail().messagesTo(partner.email()).stream().filter(m -> m.subject().contains("in ")
                && (m.subject().contains("suspended") || m.subject().contains("revoked"))).toList();
    }

    int pending(UUID tenant) {
        return given().header("Authorization", NotificationFixtures.operator(infra)).queryParam("subjectId", tenant.toString())
                .queryParam("status", "PENDING").get("/v1/notifications").jsonPath().getList("items").size();
    }

    @Test
    @DisplayName("E5: a restriction 40 days before suspension and 100 before revocation: the restriction e-mail now, then each lead time's warning (30, 7, 1 days) once when due, also when the event comes again")
    void eachLeadOnce() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        EventEnvelope restricted = publish(infra, new PartnerProgramChanged(partner.tenantId(), "DIRECT_BILL", "ACTIVE", "RESTRICTED",
                today, List.of("REVENUE"), UUID.randomUUID(), today.plusDays(40), today.plusDays(100)));

        NotificationFixtures.theOnlyMailTo(infra, partner.email());
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(partner.tenantId()) == 6);
        assertThat(warnings(partner)).as("none before its day").isEmpty();

        TopicReader.publish(infra, restricted);
        clock.fixAt(Instant.now().plus(Duration.ofDays(101)));
        await().atMost(Duration.ofSeconds(60)).until(() -> warnings(partner).size() >= 6 && pending(partner.tenantId()) == 0);
        await().during(QUIET).atMost(QUIET.multipliedBy(5)).until(() -> warnings(partner).size() == 6);

        assertThat(warnings(partner)).extracting(MailServer.CapturedMail::subject).containsExactlyInAnyOrder(
                partner.companyName() + ": your direct-bill program will be suspended in 30 days",
                partner.companyName() + ": your direct-bill program will be suspended in 7 days",
                partner.companyName() + ": your direct-bill program will be suspended in 1 day",
                partner.companyName() + ": your direct-bill program will be revoked in 30 days",
                partner.companyName() + ": your direct-bill program will be revoked in 7 days",
                partner.companyName() + ": your direct-bill program will be revoked in 1 day");
        assertThat(warnings(partner).get(0).body()).contains("What to do next", "indirect reseller");
    }

    @Test
    @DisplayName("E5: the suspension cancels the warnings not sent yet and schedules those before the revocation again; an active program again cancels all")
    void laterChangesReplaceTheWarnings() {
        TestPartner partner = aRegisteredPartner(infra, "sv-SE");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        publish(infra, new PartnerProgramChanged(partner.tenantId(), "DIRECT_BILL", "ACTIVE", "RESTRICTED",
                today, List.of("REVENUE"), UUID.randomUUID(), today.plusDays(40), today.plusDays(100)));
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(partner.tenantId()) == 6);

        publish(infra, new PartnerProgramChanged(partner.tenantId(), "DIRECT_BILL", "RESTRICTED", "SUSPENDED",
                today, List.of("ESCALATION_SUSPEND_AFTER_DAYS"), UUID.randomUUID(), null, today.plusDays(100)));
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(partner.tenantId()) == 3);
        assertThat(given().header("Authorization", NotificationFixtures.operator(infra)).queryParam("subjectId", partner.tenantId().toString())
                .queryParam("status", "CANCELLED").get("/v1/notifications").jsonPath().getList("items")).hasSize(6);

        publish(infra, new PartnerProgramChanged(partner.tenantId(), "DIRECT_BILL", "SUSPENDED", "ACTIVE",
                today, List.of("DIRECT_BILL_ENROLLMENT_APPROVED"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(partner.tenantId()) == 0);
    }
}
