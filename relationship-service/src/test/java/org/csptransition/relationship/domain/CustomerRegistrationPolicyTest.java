package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
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

@DisplayName("R2 registering customers")
class CustomerRegistrationPolicyTest {

    @Nested
    @DisplayName("a direct-bill partner")
    class DirectBillPartner {

        @Test
        @DisplayName("registers its existing customers, also after it transitioned (E6)")
        void allowed() {
            assertThat(CustomerRegistrationPolicy.checkDirectBillPartner(aDirectBillPartner()).refusals()).isEmpty();
            assertThat(CustomerRegistrationPolicy.checkDirectBillPartner(aTransitionedPartner()).refusals()).isEmpty();
        }

        @Test
        @DisplayName("restricted (E5) cannot add new customers: DIRECT_BILL_RESTRICTED")
        void restricted() {
            assertThat(CustomerRegistrationPolicy.checkDirectBillPartner(aRestrictedDirectBillPartner()).refusals()).extracting(Refusal::code)
                    .containsExactly("DIRECT_BILL_RESTRICTED");
        }

        @Test
        @DisplayName("suspended, or a provider without direct bill: DIRECT_BILL_PROGRAM_NOT_ACTIVE")
        void notActive() {
            assertThat(CustomerRegistrationPolicy.checkDirectBillPartner(
                    DomainFixtures.aPartner("Fabrikam AB", KnownPartner.DIRECT_BILL, "SUSPENDED")).refusals()).extracting(Refusal::code)
                    .containsExactly("DIRECT_BILL_PROGRAM_NOT_ACTIVE");
            assertThat(CustomerRegistrationPolicy.checkDirectBillPartner(aProvider()).refusals()).extracting(Refusal::code)
                    .containsExactly("DIRECT_BILL_PROGRAM_NOT_ACTIVE");
        }

        @Test
        @DisplayName("an indirect reseller cannot create customer tenants: RESELLER_CANNOT_CREATE_CUSTOMERS")
        void reseller() {
            assertThat(CustomerRegistrationPolicy.checkDirectBillPartner(anIndirectReseller()).refusals()).extracting(Refusal::code)
                    .containsExactly("RESELLER_CANNOT_CREATE_CUSTOMERS");
        }
    }

    @Nested
    @DisplayName("customers cannot be claimed")
    class NoClaims {

        @Test
        @DisplayName("R2: a partner that names a tenantId is refused CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE on tenantId; without one it is allowed")
        void tenantIdAssignedBySuite() {
            assertThat(CustomerRegistrationPolicy.checkTenantIdNotGiven(UUID.randomUUID()).refusals())
                    .extracting(Refusal::code, Refusal::field, Refusal::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE", "tenantId", Refusal.Kind.INVALID));
            assertThat(CustomerRegistrationPolicy.checkTenantIdNotGiven(null).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("R2: the operator imports for an active or a restricted direct-bill partner (E5 keeps existing customers), not for one without direct bill")
        void imports() {
            assertThat(CustomerRegistrationPolicy.checkImport(aDirectBillPartner()).isAllowed()).isTrue();
            assertThat(CustomerRegistrationPolicy.checkImport(aRestrictedDirectBillPartner()).isAllowed()).isTrue();
            assertThat(CustomerRegistrationPolicy.checkImport(aProvider()).refusals()).extracting(Refusal::code, Refusal::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("DIRECT_BILL_PROGRAM_NOT_ACTIVE", "directBillPartnerTenantId"));
        }
    }

    @Nested
    @DisplayName("a provider creating a customer for a reseller")
    class ProviderForReseller {

        @Test
        @DisplayName("needs an active partnership with it: PARTNERSHIP_NOT_ACTIVE otherwise, on the associatedPartnerId")
        void partnership() {
            KnownPartner provider = aProvider();
            KnownPartner reseller = anIndirectReseller();
            Partnership partnership = Partnership.invite(UUID.randomUUID(), provider.tenantId(), reseller.tenantId(), "u", NOW).partnership();

            assertThat(CustomerRegistrationPolicy.checkProviderForReseller(provider, "1", Optional.of(reseller), Optional.of(partnership)).refusals())
                    .extracting(Refusal::code, Refusal::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PARTNERSHIP_NOT_ACTIVE", "associatedPartnerId"));
            partnership.accept("u", NOW);
            assertThat(CustomerRegistrationPolicy.checkProviderForReseller(provider, "1", Optional.of(reseller), Optional.of(partnership)).refusals())
                    .isEmpty();
        }

        @Test
        @DisplayName("refuses an unknown reseller (RESELLER_PARTNER_ID_UNKNOWN) and a caller that is no active provider (PROVIDER_PROGRAM_NOT_ACTIVE)")
        void unknownAndNotProvider() {
            assertThat(CustomerRegistrationPolicy.checkProviderForReseller(aDirectBillPartner(), "1", Optional.empty(), Optional.empty()).refusals())
                    .extracting(Refusal::code).containsExactly("PROVIDER_PROGRAM_NOT_ACTIVE", "RESELLER_PARTNER_ID_UNKNOWN");
        }
    }
}
