package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;
import static org.csptransition.relationship.domain.DomainFixtures.aProvider;
import static org.csptransition.relationship.domain.DomainFixtures.aTransitionedPartner;

@DisplayName("R5 attesting the Microsoft Customer Agreement")
class AgreementAttestationPolicyTest {

    final KnownPartner partner = aTransitionedPartner();
    final KnownPartner provider = aProvider();
    final Customer customer = CustomerCapabilitiesTest.aDirectBillCustomerOf(partner);

    static AgreementAttestation.Attested attested(LocalDate dateAgreed, String email) {
        return new AgreementAttestation.Attested("117a15d1-0000-4000-8000-000000000001", dateAgreed,
                new AgreementAttestation.Contact("Anna", "Berg", email, null));
    }

    List<String> codes(UUID by, AgreementAttestation.Attested attested, List<AgreementAttestation> earlier, Instant now) {
        return AgreementAttestationPolicy.check(customer, by, attested, earlier, now).refusals().stream().map(Refusal::code).toList();
    }

    @Test
    @DisplayName("the direct-bill partner and a provider of the customer attest, each in its role")
    void whoAttests() {
        customer.addPartnerOfRecord(provider.tenantId(), PartnerRole.INDIRECT_PROVIDER, false, Via.EXTENSION, partner.tenantId(), NOW);

        assertThat(codes(partner.tenantId(), attested(LocalDate.of(2026, 11, 1), "anna@contoso.se"), List.of(), NOW)).isEmpty();
        assertThat(AgreementAttestationPolicy.attesterRole(customer, partner.tenantId())).contains(PartnerRole.DIRECT_BILL_PARTNER);
        assertThat(AgreementAttestationPolicy.attesterRole(customer, provider.tenantId())).contains(PartnerRole.INDIRECT_PROVIDER);
    }

    @Nested
    @DisplayName("R5 refuses")
    class Refuses {

        @Test
        @DisplayName("an indirect reseller alone: ATTESTATION_NOT_ALLOWED")
        void resellerAlone() {
            KnownPartner reseller = DomainFixtures.anIndirectReseller();
            customer.addPartnerOfRecord(reseller.tenantId(), PartnerRole.INDIRECT_RESELLER, true, Via.INVITATION, null, NOW);

            assertThat(codes(reseller.tenantId(), attested(LocalDate.of(2026, 11, 1), "anna@contoso.se"), List.of(), NOW))
                    .containsExactly("ATTESTATION_NOT_ALLOWED");
        }

        @Test
        @DisplayName("a date agreed that no time zone has reached yet: AGREEMENT_DATE_IN_FUTURE; today anywhere on Earth is fine")
        void future() {
            Instant lateEvening = Instant.parse("2026-11-26T23:30:00Z");

            assertThat(codes(partner.tenantId(), attested(LocalDate.of(2026, 11, 27), "anna@contoso.se"), List.of(), lateEvening)).isEmpty();
            assertThat(codes(partner.tenantId(), attested(LocalDate.of(2026, 11, 28), "anna@contoso.se"), List.of(), lateEvening))
                    .containsExactly("AGREEMENT_DATE_IN_FUTURE");
        }

        @Test
        @DisplayName("the same partner with the same contact again: DUPLICATE_ATTESTATION (e-mail case ignored); another contact is fine")
        void duplicate() {
            AgreementAttestation earlier = AgreementAttestation.record(UUID.randomUUID(), customer.tenantId(), partner.tenantId(),
                    PartnerRole.DIRECT_BILL_PARTNER, attested(LocalDate.of(2026, 11, 1), "anna@contoso.se"), "u", NOW);

            assertThat(codes(partner.tenantId(), attested(LocalDate.of(2026, 11, 2), "Anna@Contoso.se"), List.of(earlier), NOW))
                    .containsExactly("DUPLICATE_ATTESTATION");
            assertThat(codes(partner.tenantId(), attested(LocalDate.of(2026, 11, 2), "erik@contoso.se"), List.of(earlier), NOW)).isEmpty();
        }

        @Test
        @DisplayName("the customer's own acceptance withdrawn: CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN")
        void withdraw() {
            assertThat(AgreementAttestationPolicy.checkOwnAcceptance(false).refusals()).extracting(Refusal::code)
                    .containsExactly("CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN");
            assertThat(AgreementAttestationPolicy.checkOwnAcceptance(true).refusals()).isEmpty();
        }
    }
}
