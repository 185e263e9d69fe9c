package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.MailServer.CapturedMail;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerInvitationAccepted;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.events.relationship.RelationshipExtended;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.csptransition.notification.NotificationFixtures.theOnlyMailTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N1 relationship facts become e-mails to the partner who must act")
class RelationshipMailsTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("R1 partnership invited: the reseller gets the link, in Swedish; accepted: the provider is told, in Dutch")
    void partnership() {
        TestPartner provider = aRegisteredPartner(infra, "nl-NL");
        TestPartner reseller = aRegisteredPartner(infra, "sv-SE");
        UUID partnership = UUID.randomUUID();
        String link = "http://127.0.0.1:8082/v1/partnership-invitations/" + partnership + "/acceptance";

        publish(infra, new PartnershipInvited(partnership, provider.tenantId(), provider.companyName(), reseller.tenantId(),
                reseller.companyName(), "4234567", link, Instant.now()));
        CapturedMail invitation = theOnlyMailTo(infra, reseller.email());
        assertThat(invitation.language()).isEqualTo("sv-SE");
        assertThat(invitation.subject()).isEqualTo(provider.companyName() + " bjuder in " + reseller.companyName() + " att bli dess indirekta återförsäljare");
        assertThat(invitation.body()).contains(link);

        publish(infra, new PartnershipAccepted(partnership, provider.tenantId(), provider.companyName(), reseller.tenantId(),
                reseller.companyName(), Instant.now()));
        CapturedMail accepted = theOnlyMailTo(infra, provider.email());
        assertThat(accepted.language()).isEqualTo("nl-NL");
        assertThat(accepted.subject()).contains(reseller.companyName(), "geaccepteerd");
    }

    @Test
    @DisplayName("R3 relationship extended: the provider learns the customer and the billing information shared with it")
    void relationshipExtended() {
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        TestPartner reseller = aRegisteredPartner(infra, "en-US");
        UUID customer = UUID.randomUUID();

        publish(infra, new RelationshipExtended(UUID.randomUUID(), customer, "Contoso", reseller.tenantId(), reseller.companyName(),
                provider.tenantId(), provider.companyName(), new RelationshipExtended.Consent("Anna Berg, IT manager", Instant.now()),
                new RelationshipExtended.BillingProfile("billing@contoso.se",
                        new RelationshipExtended.Address("Stortorget 1", null, "Malmö", "211 20", null, "SE")), Instant.now()));

        CapturedMail mail = theOnlyMailTo(infra, provider.email());
        assertThat(mail.subject()).isEqualTo(reseller.companyName() + " extended its customer Contoso to you");
        assertThat(mail.body()).contains("billing@contoso.se", "Stortorget 1, 211 20 Malmö, SE", "Anna Berg, IT manager",
                "without delegated admin");
        assertThat(infra.mail().messagesTo(reseller.email())).isEmpty();
    }

    @Test
    @DisplayName("R4 customer accepted an invitation: reseller and provider are both told, each in its own language")
    void invitationAccepted() {
        TestPartner provider = aRegisteredPartner(infra, "fr-FR");
        TestPartner reseller = aRegisteredPartner(infra, "en-US");

        publish(infra, new CustomerInvitationAccepted(UUID.randomUUID(), UUID.randomUUID(), "Contoso", reseller.tenantId(),
                reseller.companyName(), provider.tenantId(), provider.companyName(), Instant.now()));

        assertThat(theOnlyMailTo(infra, reseller.email()).subject()).isEqualTo("Contoso accepted the invitation");
        assertThat(theOnlyMailTo(infra, provider.email()).subject()).isEqualTo("Contoso a accepté l'invitation");
    }

    @Test
    @DisplayName("R5 MCA acceptance required for the provider: reseller and provider are told what to do, with the customer's acceptance link; ACCEPTED sends nothing")
    void mcaAcceptanceRequired() {
        String link = "http://127.0.0.1:8082/customer/links/q2Lx0bS9nYh4V7cK1mWfE3rT8uA5pZ6dJ0iGoNkCvXw";
        TestPartner provider = aRegisteredPartner(infra, "en-US");
        TestPartner reseller = aRegisteredPartner(infra, "sv-SE");
        UUID customer = UUID.randomUUID();

        publish(infra, new AgreementStatusChanged(customer, "Contoso", provider.tenantId(), provider.companyName(), reseller.tenantId(),
                reseller.companyName(), null, "ACCEPTANCE_REQUIRED", "NONE", Instant.now(), link));
        publish(infra, new AgreementStatusChanged(customer, "Contoso", provider.tenantId(), provider.companyName(), reseller.tenantId(),
                reseller.companyName(), "ACCEPTANCE_REQUIRED", "ACCEPTED", "CUSTOMER_ACCEPTANCE", Instant.now()));

        assertThat(theOnlyMailTo(infra, provider.email()).body()).contains("Microsoft 365 admin center", "cannot be transferred",
                "An administrator of Contoso can accept it on this page (the link works once): " + link);
        assertThat(theOnlyMailTo(infra, reseller.email()).body()).contains("En administratör hos Contoso", link);
        assertThat(theOnlyMailTo(infra, reseller.email()).subject()).isEqualTo("Contoso måste godkänna Microsoft-kundavtalet för " + provider.companyName());
    }
}
