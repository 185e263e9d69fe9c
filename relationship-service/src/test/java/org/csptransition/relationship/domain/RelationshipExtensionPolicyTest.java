package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;
import static org.csptransition.relationship.domain.DomainFixtures.aDirectBillPartner;
import static org.csptransition.relationship.domain.DomainFixtures.aProvider;
import static org.csptransition.relationship.domain.DomainFixtures.aTransitionedPartner;

@DisplayName("R3 reseller relationship extension")
class RelationshipExtensionPolicyTest {

    static final CustomerConsent CONSENT = new CustomerConsent("Anna Berg, IT manager", NOW.minusSeconds(3600));

    final KnownPartner reseller = aTransitionedPartner();
    final KnownPartner provider = aProvider();
    final Customer customer = CustomerCapabilitiesTest.aDirectBillCustomerOf(reseller);

    Optional<Partnership> activePartnership() {
        Partnership partnership = Partnership.invite(UUID.randomUUID(), provider.tenantId(), reseller.tenantId(), "u", NOW).partnership();
        partnership.accept("u", NOW);
        return Optional.of(partnership);
    }

    List<String> codes(KnownPartner by, Customer of, Optional<Partnership> partnership, CustomerConsent consent) {
        return RelationshipExtensionPolicy.check(by, of, provider, partnership, consent, NOW).refusals().stream().map(Refusal::code).toList();
    }

    @Test
    @DisplayName("a transitioned partner extends its direct-bill customer to an active provider, with consent")
    void allowed() {
        assertThat(codes(reseller, customer, activePartnership(), CONSENT)).isEmpty();
    }

    @Nested
    @DisplayName("R3 refuses, each with its own reason")
    class Refuses {

        @Test
        @DisplayName("before E6 is complete: INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE")
        void beforeTransition() {
            KnownPartner partner = aDirectBillPartner();
            assertThat(codes(partner, CustomerCapabilitiesTest.aDirectBillCustomerOf(partner), activePartnership(), CONSENT))
                    .containsExactly("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE");
        }

        @Test
        @DisplayName("an indirect-reseller customer: NOT_A_DIRECT_BILL_CUSTOMER")
        void indirectResellerCustomer() {
            Customer indirect = CustomerCapabilitiesTest.aCustomer();
            indirect.addPartnerOfRecord(reseller.tenantId(), PartnerRole.INDIRECT_RESELLER, true, Via.INVITATION, null, NOW);
            assertThat(codes(reseller, indirect, activePartnership(), CONSENT)).containsExactly("NOT_A_DIRECT_BILL_CUSTOMER");
        }

        @Test
        @DisplayName("a provider without an accepted partnership: PARTNERSHIP_NOT_ACTIVE")
        void noPartnership() {
            assertThat(codes(reseller, customer, Optional.empty(), CONSENT)).containsExactly("PARTNERSHIP_NOT_ACTIVE");
            assertThat(codes(reseller, customer, Optional.of(Partnership.invite(UUID.randomUUID(), provider.tenantId(),
                    reseller.tenantId(), "u", NOW).partnership()), CONSENT)).containsExactly("PARTNERSHIP_NOT_ACTIVE");
        }

        @Test
        @DisplayName("without the customer's consent, or with half of it: CUSTOMER_CONSENT_REQUIRED; dated in the future: CUSTOMER_CONSENT_IN_FUTURE")
        void consent() {
            assertThat(codes(reseller, customer, activePartnership(), null)).containsExactly("CUSTOMER_CONSENT_REQUIRED");
            assertThat(codes(reseller, customer, activePartnership(), new CustomerConsent(" ", NOW)))
                    .containsExactly("CUSTOMER_CONSENT_REQUIRED");
            assertThat(codes(reseller, customer, activePartnership(), new CustomerConsent("Anna", null)))
                    .containsExactly("CUSTOMER_CONSENT_REQUIRED");
            assertThat(codes(reseller, customer, activePartnership(), new CustomerConsent("Anna", NOW.plusSeconds(60))))
                    .containsExactly("CUSTOMER_CONSENT_IN_FUTURE");
        }

        @Test
        @DisplayName("a provider already partner of record: PROVIDER_ALREADY_PARTNER_OF_RECORD, a conflict")
        void twice() {
            customer.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION, reseller.tenantId(), NOW);
            assertThat(RelationshipExtensionPolicy.check(reseller, customer, provider, activePartnership(), CONSENT, NOW).refusals())
                    .extracting(Refusal::code, Refusal::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PROVIDER_ALREADY_PARTNER_OF_RECORD", Refusal.Kind.CONFLICT));
        }
    }

    @Test
    @DisplayName("R3: the billing profile is shared with a provider of record, never with another provider or a reseller alone")
    void billingProfileSharing() {
        Customer extended = CustomerCapabilitiesTest.aDirectBillCustomerOf(reseller);
        extended.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION, reseller.tenantId(),
                Instant.now());
        Customer indirect = CustomerCapabilitiesTest.aCustomer();
        indirect.addPartnerOfRecord(reseller.tenantId(), PartnerRole.INDIRECT_RESELLER, true, Via.INVITATION, null, NOW);

        assertThat(BillingProfileSharingPolicy.mayRead(extended, provider.tenantId())).isTrue();
        assertThat(BillingProfileSharingPolicy.mayRead(extended, reseller.tenantId())).isTrue();
        assertThat(BillingProfileSharingPolicy.mayRead(extended, extended.tenantId())).isTrue();
        assertThat(BillingProfileSharingPolicy.mayRead(extended, aProvider().tenantId())).isFalse();
        assertThat(BillingProfileSharingPolicy.mayRead(indirect, reseller.tenantId())).isFalse();
    }
}
