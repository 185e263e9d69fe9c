package org.csptransition.relationship.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;

@DisplayName("R1–R5 each aggregate returns the events its change causes")
class RelationshipEventTest {

    final UUID provider = UUID.randomUUID();
    final UUID reseller = UUID.randomUUID();

    @Test
    @DisplayName("R1 an invitation and its acceptance")
    void partnership() {
        Partnership.Invited invited = Partnership.invite(UUID.randomUUID(), provider, reseller, "u", NOW);
        UUID id = invited.partnership().id();

        assertThat(invited.event()).isEqualTo(new RelationshipEvent.PartnershipInvited(id, provider, reseller, NOW));
        assertThat(invited.partnership().accept("u", NOW.plusSeconds(60)))
                .isEqualTo(new RelationshipEvent.PartnershipAccepted(id, provider, reseller, NOW.plusSeconds(60)));
    }

    @Test
    @DisplayName("R2 a registration names the relationship, the partner and who registered the customer")
    void registration() {
        Customer.Registered registered = Customer.register(UUID.randomUUID(), "Contoso", "contoso.onmicrosoft.com", "SE", null,
                CustomerRelationship.INDIRECT_RESELLER_CUSTOMER, reseller, provider, NOW);

        assertThat(registered.event()).isEqualTo(new RelationshipEvent.CustomerRegistered(registered.customer().tenantId(),
                "Contoso", "contoso.onmicrosoft.com", "SE", CustomerRelationship.INDIRECT_RESELLER_CUSTOMER, reseller, provider, NOW));
        assertThat(registered.customer().addPartnerOfRecord(reseller, PartnerRole.INDIRECT_RESELLER, true, Via.DIRECT, provider, NOW))
                .contains(new RelationshipEvent.PartnerOfRecordAdded(registered.customer().tenantId(), "Contoso", reseller,
                        PartnerRole.INDIRECT_RESELLER, true, NOW, Via.DIRECT));
    }

    @Test
    @DisplayName("R3 an extension carries the consent and the copy of the billing profile the provider receives")
    void extension() {
        Customer customer = CustomerCapabilitiesTest.aCustomer();
        CustomerConsent consent = new CustomerConsent("Anna Berg, IT manager", NOW.minusSeconds(3600));

        RelationshipExtension.Extended extended = RelationshipExtension.extend(UUID.randomUUID(), customer, reseller, provider,
                consent, "u", NOW);

        assertThat(extended.event().extensionId()).isEqualTo(extended.extension().id());
        assertThat(extended.event().consent()).isEqualTo(consent);
        assertThat(extended.event().billingProfile()).isSameAs(customer.billingProfile().orElseThrow());
        assertThat(extended.event().customerName()).isEqualTo("Contoso");
    }

    @Test
    @DisplayName("R4 an accepted invitation names the customer that accepted it")
    void invitationAccepted() {
        CustomerInvitation invitation = CustomerInvitation.invite(UUID.randomUUID(), reseller, provider, null, "sv-SE", "u", NOW,
                Duration.ofDays(30));
        Customer customer = CustomerCapabilitiesTest.aCustomer();

        assertThat(invitation.accept(customer, "admin", NOW.plusSeconds(60))).isEqualTo(new RelationshipEvent.CustomerInvitationAccepted(
                invitation.id(), customer.tenantId(), "Contoso", reseller, provider, NOW.plusSeconds(60)));
    }

    @Test
    @DisplayName("R5 a provider's agreement status: its first status, then only a change")
    void agreementStatus() {
        Customer customer = CustomerCapabilitiesTest.aCustomer();
        customer.addPartnerOfRecord(provider, PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION, reseller, NOW);
        PartnerOfRecord ofRecord = customer.providers().get(0);
        AgreementCarryOverPolicy.Standing required = AgreementCarryOverPolicy.statusFor(provider, Optional.empty(), List.of());
        AgreementCarryOverPolicy.Standing accepted = AgreementCarryOverPolicy.statusFor(provider, Optional.of(NOW), List.of());

        ProviderAgreementStatus.Opened first = ProviderAgreementStatus.first(UUID.randomUUID(), customer, ofRecord, required, NOW);

        assertThat(first.event()).isEqualTo(new RelationshipEvent.AgreementStatusChanged(customer.tenantId(), "Contoso", provider,
                reseller, null, AgreementStatus.ACCEPTANCE_REQUIRED, AgreementBasis.NONE, NOW));
        assertThat(first.status().update(customer, ofRecord, required, NOW.plusSeconds(1))).isEmpty();
        assertThat(first.status().update(customer, ofRecord, accepted, NOW.plusSeconds(2))).get()
                .extracting(RelationshipEvent.AgreementStatusChanged::previousStatus, RelationshipEvent.AgreementStatusChanged::status,
                        RelationshipEvent.AgreementStatusChanged::basis)
                .containsExactly(AgreementStatus.ACCEPTANCE_REQUIRED, AgreementStatus.ACCEPTED, AgreementBasis.CUSTOMER_ACCEPTANCE);
    }
}
