package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.infra.MailServer.CapturedMail;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.partner.DirectBillCreditCheckFailed;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.DirectBillEnrollmentApproved;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentApproved;
import org.csptransition.platform.events.partner.PartnerIncentivesInvitationDue;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.csptransition.notification.NotificationFixtures.theOnlyMailTo;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N1 eligibility facts become e-mails: real event on the broker in, real e-mail from the SMTP server out")
class EligibilityMailsTest {

    @InjectInfra
    Infrastructure infra;

    @Nested
    @DisplayName("E3 credit check")
    class CreditCheck {

        @Test
        @DisplayName("passed: the primary contact is told in Swedish to buy a support plan now")
        void passedInSwedish() {
            TestPartner partner = aRegisteredPartner(infra, "sv-SE");
            publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));

            CapturedMail mail = theOnlyMailTo(infra, partner.email());
            assertThat(mail.language()).isEqualTo("sv-SE");
            assertThat(mail.subject()).isEqualTo(partner.companyName() + ": kreditkontrollen är godkänd");
            assertThat(mail.body()).contains("Hej Eva Lind", "ASFP", "PSFP");
        }

        @Test
        @DisplayName("failed: the reason is in the e-mail, in French")
        void failedInFrench() {
            TestPartner partner = aRegisteredPartner(infra, "fr-FR");
            publish(infra, new DirectBillCreditCheckFailed(partner.tenantId(), UUID.randomUUID(), "Incidents de paiement", Instant.now()));

            CapturedMail mail = theOnlyMailTo(infra, partner.email());
            assertThat(mail.language()).isEqualTo("fr-FR");
            assertThat(mail.subject()).contains("vérification de crédit");
            assertThat(mail.body()).contains("Incidents de paiement", "n'achetez pas de plan de support");
        }
    }

    @Nested
    @DisplayName("E4 direct-bill enrollment decision")
    class DirectBillDecision {

        @Test
        @DisplayName("approved: the date the program is active from, written the Dutch way")
        void approvedInDutch() {
            TestPartner partner = aRegisteredPartner(infra, "nl-NL");
            publish(infra, new DirectBillEnrollmentApproved(partner.tenantId(), UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z")));

            CapturedMail mail = theOnlyMailTo(infra, partner.email());
            assertThat(mail.language()).isEqualTo("nl-NL");
            assertThat(mail.body()).contains("2 maart 2026", "goedgekeurd");
        }

        @Test
        @DisplayName("rejected: the reason, and the way forward as indirect reseller")
        void rejected() {
            TestPartner partner = aRegisteredPartner(infra, "en-US");
            publish(infra, new DirectBillEnrollmentRejected(partner.tenantId(), UUID.randomUUID(), "CREDIT_CHECK_FAILED", "Credit check failed"));

            CapturedMail mail = theOnlyMailTo(infra, partner.email());
            assertThat(mail.subject()).isEqualTo(partner.companyName() + ": your direct-bill enrollment was rejected");
            assertThat(mail.body()).contains("Credit check failed", "indirect reseller");
        }
    }

    @Nested
    @DisplayName("E5 capability review")
    class CapabilityReview {

        @Test
        @DisplayName("restricted: the unmet requirements are named in the partner's language")
        void restricted() {
            TestPartner partner = aRegisteredPartner(infra, "sv-SE");
            publish(infra, new PartnerProgramChanged(partner.tenantId(), "DIRECT_BILL", "ACTIVE", "RESTRICTED",
                    LocalDate.of(2026, 11, 21), List.of("REVENUE", "INDIRECT_RESELLER_TENURE"), UUID.randomUUID()));

            CapturedMail mail = theOnlyMailTo(infra, partner.email());
            assertThat(mail.subject()).contains("begränsade");
            assertThat(mail.body()).contains("21 november 2026", "minsta CSP-intäkt", "minst 12 månader som indirekt återförsäljare");
        }

        @Test
        @DisplayName("other program changes send nothing")
        void otherChangesAreQuiet() {
            TestPartner partner = aRegisteredPartner(infra, "en-US");
            EventEnvelope activated = publish(infra, new PartnerProgramChanged(partner.tenantId(), "INDIRECT_RESELLER", null, "ACTIVE",
                    LocalDate.now(), List.of(), null));
            publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));

            // the later event on the same partner arrives after the first: once its e-mail is there, the first was handled
            CapturedMail mail = theOnlyMailTo(infra, partner.email());
            assertThat(mail.subject()).contains("credit check");
            String operator = NotificationFixtures.operator(infra);
            given().header("Authorization", operator).queryParam("subjectId", activated.subject())
                    .queryParam("eventType", "partner.program.changed.v1").get("/v1/notifications")
                    .then().statusCode(200).body("items.size()", equalTo(0));
        }
    }

    @Nested
    @DisplayName("E6 indirect-reseller enrollment")
    class IndirectReseller {

        @Test
        @DisplayName("approved: the partner is told to accept the indirect reseller agreement")
        void approved() {
            TestPartner partner = aRegisteredPartner(infra, "en-US");
            publish(infra, new IndirectResellerEnrollmentApproved(partner.tenantId(), UUID.randomUUID()));

            assertThat(theOnlyMailTo(infra, partner.email()).body()).contains("accepts the indirect reseller agreement");
        }

        @Test
        @DisplayName("the incentives invitation goes to the MPN account's e-mail, with its due date")
        void incentivesInvitation() {
            TestPartner partner = aRegisteredPartner(infra, "en-US");
            String mpnEmail = "mpn-" + partner.tenantId().toString().substring(0, 8) + "@fabrikam.example";
            publish(infra, new PartnerIncentivesInvitationDue(partner.tenantId(), UUID.randomUUID(), LocalDate.of(2026, 12, 21),
                    mpnEmail, partner.email(), "en-US"));

            CapturedMail mail = theOnlyMailTo(infra, mpnEmail);
            assertThat(mail.subject()).contains("indirect reseller incentives");
            assertThat(mail.body()).contains("December 21, 2026");
            assertThat(infra.mail().messagesTo(partner.email())).isEmpty();
        }
    }

    @Test
    @DisplayName("N2 the same event delivered twice sends one e-mail")
    void redeliverySendsNothingMore() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        EventEnvelope passed = publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
        TopicReader.publish(infra, passed);
        EventEnvelope marker = publish(infra, new IndirectResellerEnrollmentApproved(partner.tenantId(), UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30)).until(() -> infra.mail().messagesTo(partner.email()).size() >= 2);
        assertThat(infra.mail().messagesTo(partner.email())).extracting(CapturedMail::subject)
                .containsExactlyInAnyOrder(partner.companyName() + ": your credit check has passed",
                        partner.companyName() + ": your indirect reseller enrollment is approved");
        assertThat(marker.subject()).isEqualTo(partner.tenantId().toString());
    }
}
