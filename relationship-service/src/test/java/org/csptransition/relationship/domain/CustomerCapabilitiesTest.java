package org.csptransition.relationship.domain;

import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;
import static org.csptransition.relationship.domain.DomainFixtures.aDirectBillPartner;
import static org.csptransition.relationship.domain.DomainFixtures.aProvider;
import static org.csptransition.relationship.domain.DomainFixtures.aRestrictedDirectBillPartner;
import static org.csptransition.relationship.domain.DomainFixtures.aTransitionedPartner;
import static org.csptransition.relationship.domain.DomainFixtures.anIndirectReseller;

@DisplayName("R2 what each caller may do for a customer")
class CustomerCapabilitiesTest {

    static Customer aCustomer() {
        UUID partner = UUID.randomUUID();
        return Customer.register(UUID.randomUUID(), "Contoso", "contoso.onmicrosoft.com", "SE",
                new BillingProfile("billing@contoso.se", "Stortorget 1", null, "Malmö", "211 20", null, "SE"),
                CustomerRelationship.DIRECT_BILL_CUSTOMER, partner, partner, NOW).customer();
    }

    static Customer aDirectBillCustomerOf(KnownPartner partner) {
        Customer customer = aCustomer();
        customer.addPartnerOfRecord(partner.tenantId(), PartnerRole.DIRECT_BILL_PARTNER, true, Via.DIRECT, null, NOW);
        return customer;
    }

    @Nested
    @DisplayName("for a direct-bill customer")
    class DirectBillCustomer {

        @Test
        @DisplayName("its partner orders, manages Azure reservations and order history, buys software and bills directly")
        void directBill() {
            KnownPartner partner = aDirectBillPartner();
            assertThat(CustomerCapabilities.of(aDirectBillCustomerOf(partner), partner.tenantId(), Optional.of(partner)))
                    .contains(Capability.CREATE_ORDERS, Capability.MANAGE_AZURE_RESERVATIONS, Capability.MANAGE_ORDER_HISTORY,
                            Capability.BUY_SOFTWARE, Capability.BILL_DIRECTLY)
                    .doesNotContain(Capability.EXTEND_RELATIONSHIP_TO_PROVIDER, Capability.MANAGE_LICENSES);
        }

        @Test
        @DisplayName("restricted (E5), it keeps its existing subscriptions but makes no new purchase")
        void restricted() {
            KnownPartner partner = aRestrictedDirectBillPartner();
            assertThat(CustomerCapabilities.of(aDirectBillCustomerOf(partner), partner.tenantId(), Optional.of(partner)))
                    .contains(Capability.MANAGE_EXISTING_SUBSCRIPTIONS, Capability.BILL_DIRECTLY)
                    .doesNotContain(Capability.CREATE_ORDERS, Capability.BUY_SOFTWARE);
        }

        @Test
        @DisplayName("after E6 it may also extend the customer to a provider, transfer and invite")
        void transitioned() {
            KnownPartner partner = aTransitionedPartner();
            assertThat(CustomerCapabilities.of(aDirectBillCustomerOf(partner), partner.tenantId(), Optional.of(partner)))
                    .contains(Capability.EXTEND_RELATIONSHIP_TO_PROVIDER, Capability.TRANSFER_SUBSCRIPTIONS_TO_PROVIDER,
                            Capability.INVITE_WITH_PROVIDER, Capability.CREATE_ORDERS);
        }
    }

    @Nested
    @DisplayName("for an indirect-reseller customer")
    class IndirectResellerCustomer {

        @Test
        @DisplayName("the reseller manages licenses, users and renewals, and never buys with its direct-bill capability")
        void reseller() {
            KnownPartner reseller = aTransitionedPartner();
            KnownPartner provider = aProvider();
            Customer customer = aCustomer();
            customer.addPartnerOfRecord(reseller.tenantId(), PartnerRole.INDIRECT_RESELLER, true, Via.INVITATION, null, NOW);
            customer.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, true, Via.INVITATION, reseller.tenantId(), NOW);

            assertThat(CustomerCapabilities.of(customer, reseller.tenantId(), Optional.of(reseller)))
                    .contains(Capability.MANAGE_LICENSES, Capability.MANAGE_USERS, Capability.MANAGE_RENEWALS)
                    .doesNotContain(Capability.CREATE_ORDERS, Capability.BUY_SOFTWARE, Capability.BILL_DIRECTLY,
                            Capability.EXTEND_RELATIONSHIP_TO_PROVIDER);
            assertThat(CustomerCapabilities.of(customer, provider.tenantId(), Optional.of(provider)))
                    .contains(Capability.CREATE_ORDERS, Capability.VIEW_BILLING_PROFILE, Capability.ATTEST_CUSTOMER_AGREEMENT);
        }

        @Test
        @DisplayName("an indirect reseller new to CSP has no direct-bill capability at all")
        void newReseller() {
            KnownPartner reseller = anIndirectReseller();
            Customer customer = aCustomer();
            customer.addPartnerOfRecord(reseller.tenantId(), PartnerRole.INDIRECT_RESELLER, true, Via.DIRECT, null, NOW);

            assertThat(CustomerCapabilities.of(customer, reseller.tenantId(), Optional.of(reseller)))
                    .containsExactlyInAnyOrder(Capability.MANAGE_LICENSES, Capability.MANAGE_USERS, Capability.MANAGE_RENEWALS,
                            Capability.INVITE_WITH_PROVIDER);
        }
    }

    @Test
    @DisplayName("the customer itself accepts its agreement; someone else may do nothing")
    void customerItselfAndStrangers() {
        Customer customer = aDirectBillCustomerOf(aDirectBillPartner());
        assertThat(CustomerCapabilities.of(customer, customer.tenantId(), Optional.empty()))
                .containsExactly(Capability.ACCEPT_CUSTOMER_AGREEMENT);
        assertThat(CustomerCapabilities.of(customer, UUID.randomUUID(), Optional.of(aDirectBillPartner()))).isEmpty();
    }

    @Test
    @DisplayName("a partner of record gains delegated admin through an invitation, once; a repeat changes nothing")
    void partnersOfRecord() {
        KnownPartner provider = aProvider();
        Customer customer = aCustomer();

        assertThat(customer.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION, null, NOW)).isPresent();
        assertThat(customer.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION, null, NOW)).isEmpty();
        var upgraded = customer.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, true, Via.INVITATION, null, NOW);

        assertThat(upgraded).get().extracting(RelationshipEvent.PartnerOfRecordAdded::delegatedAdmin,
                RelationshipEvent.PartnerOfRecordAdded::via).containsExactly(true, Via.INVITATION);
        assertThat(customer.partnersOfRecord()).hasSize(1);
        assertThat(customer.isParty(provider.tenantId())).isTrue();
    }
}
