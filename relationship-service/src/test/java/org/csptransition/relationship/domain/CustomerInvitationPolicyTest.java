package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;
import static org.csptransition.relationship.domain.DomainFixtures.aDirectBillPartner;
import static org.csptransition.relationship.domain.DomainFixtures.aProvider;
import static org.csptransition.relationship.domain.DomainFixtures.aTransitionedPartner;
import static org.csptransition.relationship.domain.DomainFixtures.anIndirectReseller;

@DisplayName("R4 indirect-reseller invitation to a customer")
class CustomerInvitationPolicyTest {

    static final CustomerInvitationPolicy.CustomerProfile PROFILE =
            new CustomerInvitationPolicy.CustomerProfile("Contoso", "contoso.onmicrosoft.com", "SE");

    final KnownPartner reseller = aTransitionedPartner();
    final KnownPartner provider = aProvider();

    Optional<Partnership> activePartnership() {
        Partnership partnership = Partnership.invite(UUID.randomUUID(), provider.tenantId(), reseller.tenantId(), "u", NOW).partnership();
        partnership.accept("u", NOW);
        return Optional.of(partnership);
    }

    CustomerInvitation anInvitation() {
        return CustomerInvitation.invite(UUID.randomUUID(), reseller.tenantId(), provider.tenantId(), null, "sv-SE", "u", NOW,
                Duration.ofDays(30));
    }

    List<String> acceptance(CustomerInvitation invitation, boolean cspTenant, Optional<Customer> existing,
                            CustomerInvitationPolicy.CustomerProfile profile, java.time.Instant at) {
        return CustomerInvitationPolicy.checkAcceptance(invitation, UUID.randomUUID(), cspTenant, existing, profile,
                activePartnership(), provider, at).refusals().stream().map(Refusal::code).toList();
    }

    @Nested
    @DisplayName("inviting")
    class Inviting {

        @Test
        @DisplayName("an active reseller, transitioned or new to CSP, invites with a provider it has an active partnership with")
        void allowed() {
            assertThat(CustomerInvitationPolicy.checkInvitation(reseller, provider, activePartnership(), Optional.empty(), false).refusals()).isEmpty();
            assertThat(CustomerInvitationPolicy.checkInvitation(anIndirectReseller(), provider, activePartnership(), Optional.empty(), false).refusals())
                    .isEmpty();
        }

        @Test
        @DisplayName("refuses a partner without an active reseller program (RESELLER_PROGRAM_NOT_ACTIVE), a provider without partnership (PARTNERSHIP_NOT_ACTIVE), a CSP tenant (E7)")
        void refusals() {
            assertThat(CustomerInvitationPolicy.checkInvitation(aDirectBillPartner(), provider, activePartnership(), Optional.empty(), false).refusals())
                    .extracting(Refusal::code).containsExactly("RESELLER_PROGRAM_NOT_ACTIVE");
            assertThat(CustomerInvitationPolicy.checkInvitation(reseller, provider, Optional.empty(), Optional.empty(), false).refusals())
                    .extracting(Refusal::code).containsExactly("PARTNERSHIP_NOT_ACTIVE");
            assertThat(CustomerInvitationPolicy.checkInvitation(reseller, provider, activePartnership(), Optional.of(UUID.randomUUID()), true).refusals())
                    .extracting(Refusal::code, Refusal::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CUSTOMER_IS_CSP_PARTNER_TENANT", "customerTenantId"));
        }
    }

    @Nested
    @DisplayName("accepting")
    class Accepting {

        @Test
        @DisplayName("a new customer that says who it is, and an existing customer, accept a pending invitation")
        void allowed() {
            assertThat(acceptance(anInvitation(), false, Optional.empty(), PROFILE, NOW)).isEmpty();
            assertThat(acceptance(anInvitation(), false, Optional.of(CustomerCapabilitiesTest.aCustomer()), null, NOW)).isEmpty();
        }

        @Test
        @DisplayName("once only: INVITATION_ALREADY_USED, a conflict")
        void singleUse() {
            CustomerInvitation invitation = anInvitation();
            invitation.accept(CustomerCapabilitiesTest.aCustomer(), "u", NOW.plusSeconds(60));

            assertThat(CustomerInvitationPolicy.checkAcceptance(invitation, UUID.randomUUID(), false, Optional.empty(), PROFILE,
                    activePartnership(), provider, NOW.plusSeconds(120)).refusals())
                    .extracting(Refusal::code, Refusal::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("INVITATION_ALREADY_USED", Refusal.Kind.CONFLICT));
        }

        @Test
        @DisplayName("not once it expired (at the end of its validity): INVITATION_EXPIRED")
        void expires() {
            CustomerInvitation invitation = anInvitation();

            assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(30)).minusSeconds(1))).isEqualTo(InvitationStatus.PENDING);
            assertThat(invitation.statusAt(NOW.plus(Duration.ofDays(30)))).isEqualTo(InvitationStatus.EXPIRED);
            assertThat(acceptance(invitation, false, Optional.empty(), PROFILE, NOW.plus(Duration.ofDays(31))))
                    .containsExactly("INVITATION_EXPIRED");
        }

        @Test
        @DisplayName("not by a CSP partner tenant (E7), not by a new customer that does not say who it is (CUSTOMER_PROFILE_REQUIRED)")
        void refusals() {
            assertThat(acceptance(anInvitation(), true, Optional.empty(), PROFILE, NOW)).containsExactly("CUSTOMER_IS_CSP_PARTNER_TENANT");
            assertThat(acceptance(anInvitation(), false, Optional.empty(), null, NOW)).containsExactly("CUSTOMER_PROFILE_REQUIRED");
            assertThat(acceptance(anInvitation(), false, Optional.empty(),
                    new CustomerInvitationPolicy.CustomerProfile("Contoso", " ", "SE"), NOW)).containsExactly("CUSTOMER_PROFILE_REQUIRED");
        }

        @Test
        @DisplayName("an invitation for an existing customer is addressed to it alone; one for a new customer to whoever holds the link")
        void addressee() {
            UUID customer = UUID.randomUUID();
            CustomerInvitation forExisting = CustomerInvitation.invite(UUID.randomUUID(), reseller.tenantId(), provider.tenantId(),
                    customer, "sv-SE", "u", NOW, Duration.ofDays(30));

            assertThat(forExisting.isAddressedTo(customer)).isTrue();
            assertThat(forExisting.isAddressedTo(UUID.randomUUID())).isFalse();
            assertThat(anInvitation().isAddressedTo(UUID.randomUUID())).isTrue();
        }
    }
}
