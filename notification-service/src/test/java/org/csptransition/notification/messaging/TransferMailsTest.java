package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.infra.MailServer.CapturedMail;
import org.csptransition.platform.events.transfer.TransferAccepted;
import org.csptransition.platform.events.transfer.TransferCreated;
import org.csptransition.platform.events.transfer.TransferExpired;
import org.csptransition.platform.events.transfer.TransferLine;
import org.csptransition.platform.events.transfer.TransferPartiallyCompleted;
import org.csptransition.platform.events.transfer.TransferPartnerVerified;
import org.csptransition.platform.events.transfer.TransferProviderVerified;
import org.csptransition.platform.events.transfer.TransferRejected;
import org.csptransition.platform.events.transfer.TransferWithdrawn;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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
@DisplayName("N1 the four-step transfer becomes e-mails to the side that must act")
class TransferMailsTest {

    static final List<TransferLine> PENDING_LINES = List.of(
            new TransferLine(UUID.randomUUID(), "Office 365 E3", 25, "Pending", null, null, null),
            new TransferLine(UUID.randomUUID(), "Microsoft Azure", 1, "Pending", null, null, null));

    @InjectInfra
    Infrastructure infra;

    String operator() {
        return NotificationFixtures.operator(infra);
    }

    @Test
    @DisplayName("T3 created: the provider gets the subscriptions, the transfer id and the expiry date; a reminder is scheduled, and cancelled by the decision")
    void createdThenAccepted() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "sv-SE");
        UUID transfer = UUID.randomUUID();
        Instant expires = Instant.parse("2031-01-15T12:00:00Z");

        publish(infra, new TransferCreated(transfer, UUID.randomUUID(), "Contoso", partner.tenantId(), partner.companyName(),
                provider.tenantId(), provider.companyName(), "4234567", Instant.now(), "eva@fabrikam.example", expires, PENDING_LINES));

        CapturedMail mail = theOnlyMailTo(infra, provider.email());
        assertThat(mail.language()).isEqualTo("sv-SE");
        assertThat(mail.subject()).isEqualTo(partner.companyName() + " begär en överföring av prenumerationer för Contoso till er");
        assertThat(mail.body()).contains("- Office 365 E3, antal 25", "- Microsoft Azure, antal 1", "15 januari 2031", transfer.toString());
        assertThat(infra.mail().messagesTo(partner.email())).isEmpty();
        given().header("Authorization", operator()).queryParam("subjectId", transfer.toString())
                .queryParam("status", "PENDING").get("/v1/notifications").then()
                .body("items[0].template", equalTo("transfer-expiry-reminder"))
                .body("items[0].scheduledFor", equalTo("2031-01-12T12:00:00Z"));

        publish(infra, new TransferAccepted(transfer, UUID.randomUUID(), "Contoso", partner.tenantId(), partner.companyName(),
                provider.tenantId(), provider.companyName(), Instant.now(), "lars@northwind.example", PENDING_LINES));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", operator())
                .queryParam("subjectId", transfer.toString()).queryParam("status", "CANCELLED").get("/v1/notifications")
                .jsonPath().getList("items").size() == 1);
    }

    @Test
    @DisplayName("T6 partially complete: both sides get which lines moved, their new ids, and why the others did not")
    void partiallyComplete() {
        TestPartner partner = aRegisteredPartner(infra, "fr-FR");
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        UUID newId = UUID.randomUUID();
        List<TransferLine> result = List.of(
                new TransferLine(UUID.randomUUID(), "Office 365 E3", 25, "Complete", newId, null, null),
                new TransferLine(UUID.randomUUID(), "Microsoft Azure", 1, "Failed", null, "SOURCE_SUBSCRIPTION_CHANGED",
                        "The source subscription was suspended after the request was made"));

        publish(infra, new TransferPartiallyCompleted(UUID.randomUUID(), UUID.randomUUID(), "Contoso", partner.tenantId(),
                partner.companyName(), provider.tenantId(), provider.companyName(), "PartiallyComplete", Instant.now(),
                "lars@northwind.example", Instant.now(), result));

        CapturedMail toPartner = theOnlyMailTo(infra, partner.email());
        assertThat(toPartner.subject()).isEqualTo("Le transfert pour Contoso est partiellement terminé");
        assertThat(toPartner.body()).contains("nouvel abonnement " + newId, "The source subscription was suspended");
        CapturedMail toProvider = theOnlyMailTo(infra, provider.email());
        assertThat(toProvider.body()).contains("- Office 365 E3, quantity 25: transferred, new subscription " + newId,
                "- Microsoft Azure: not transferred.", "(step 3)");
    }

    @Test
    @DisplayName("T5–T7 rejected, withdrawn and expired: both sides are told, and the subscriptions are free again")
    void endedRequests() {
        TestPartner partner = aRegisteredPartner(infra, "nl-NL");
        TestPartner provider = aRegisteredPartner(infra, "en-US");

        publish(infra, new TransferRejected(UUID.randomUUID(), UUID.randomUUID(), "Contoso", partner.tenantId(), partner.companyName(),
                provider.tenantId(), provider.companyName(), Instant.now(), "lars@northwind.example", "No credit line for this customer", PENDING_LINES));
        assertThat(theOnlyMailTo(infra, partner.email()).body()).contains("geweigerd", "No credit line for this customer");
        assertThat(theOnlyMailTo(infra, provider.email()).subject()).isEqualTo("The transfer request for Contoso was rejected");

        TestPartner other = aRegisteredPartner(infra, "en-US");
        TestPartner otherProvider = aRegisteredPartner(infra, "en-US");
        publish(infra, new TransferWithdrawn(UUID.randomUUID(), UUID.randomUUID(), "Contoso", other.tenantId(), other.companyName(),
                otherProvider.tenantId(), otherProvider.companyName(), Instant.now(), "eva@fabrikam.example", PENDING_LINES));
        assertThat(theOnlyMailTo(infra, otherProvider.email()).subject()).isEqualTo("The transfer request for Contoso was withdrawn");
        assertThat(theOnlyMailTo(infra, other.email()).body()).contains("free for a new request");

        TestPartner third = aRegisteredPartner(infra, "en-US");
        TestPartner thirdProvider = aRegisteredPartner(infra, "en-US");
        publish(infra, new TransferExpired(UUID.randomUUID(), UUID.randomUUID(), "Contoso", third.tenantId(), third.companyName(),
                thirdProvider.tenantId(), thirdProvider.companyName(), Instant.parse("2026-12-21T00:00:00Z"), Instant.now(), PENDING_LINES));
        assertThat(theOnlyMailTo(infra, third.email()).body()).contains("expired on December 21, 2026");
        assertThat(theOnlyMailTo(infra, thirdProvider.email()).subject()).isEqualTo("The transfer request for Contoso expired");
    }

    @Test
    @DisplayName("T8 provider verified goes to the partner; T9 partner verified goes to the provider")
    void verifications() {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        UUID transfer = UUID.randomUUID();

        publish(infra, new TransferProviderVerified(transfer, UUID.randomUUID(), "Contoso", partner.tenantId(), partner.companyName(),
                provider.tenantId(), provider.companyName(), Instant.now(), "lars@northwind.example", PENDING_LINES));
        assertThat(theOnlyMailTo(infra, partner.email()).body()).contains("(step 4)");

        publish(infra, new TransferPartnerVerified(transfer, UUID.randomUUID(), "Contoso", partner.tenantId(), partner.companyName(),
                provider.tenantId(), provider.companyName(), Instant.now(), "eva@fabrikam.example", Instant.now(), "lars@northwind.example", PENDING_LINES));
        assertThat(theOnlyMailTo(infra, provider.email()).subject()).isEqualTo("Contoso: the transfer is verified and closed");
    }
}
