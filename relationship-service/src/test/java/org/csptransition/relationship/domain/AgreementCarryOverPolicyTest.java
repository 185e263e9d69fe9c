package org.csptransition.relationship.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;

@DisplayName("R5 the Microsoft Customer Agreement carried over to a provider")
class AgreementCarryOverPolicyTest {

    final UUID customer = UUID.randomUUID();
    final UUID provider = UUID.randomUUID();
    final UUID directBillPartner = UUID.randomUUID();

    AgreementAttestation attestationBy(UUID partner, PartnerRole role) {
        return AgreementAttestation.record(UUID.randomUUID(), customer, partner, role,
                AgreementAttestationPolicyTest.attested(LocalDate.of(2026, 11, 1), "anna@contoso.se"), "u", NOW);
    }

    @Test
    @DisplayName("no acceptance at all: ACCEPTANCE_REQUIRED, basis NONE, NO_ACCEPTANCE")
    void none() {
        assertThat(AgreementCarryOverPolicy.statusFor(provider, Optional.empty(), List.of()))
                .extracting(AgreementCarryOverPolicy.Standing::status, AgreementCarryOverPolicy.Standing::basis,
                        AgreementCarryOverPolicy.Standing::reasonCode)
                .containsExactly(AgreementStatus.ACCEPTANCE_REQUIRED, AgreementBasis.NONE, "NO_ACCEPTANCE");
    }

    @Test
    @DisplayName("a direct-bill partner's attestation is not retained: ACCEPTANCE_REQUIRED, ATTESTATION_NOT_CARRIED_OVER")
    void directBillAttestationNotRetained() {
        assertThat(AgreementCarryOverPolicy.statusFor(provider, Optional.empty(),
                List.of(attestationBy(directBillPartner, PartnerRole.DIRECT_BILL_PARTNER))))
                .extracting(AgreementCarryOverPolicy.Standing::status, AgreementCarryOverPolicy.Standing::reasonCode)
                .containsExactly(AgreementStatus.ACCEPTANCE_REQUIRED, "ATTESTATION_NOT_CARRIED_OVER");
    }

    @Test
    @DisplayName("another provider's attestation does not count either; the provider's own does: ACCEPTED on PROVIDER_ATTESTATION")
    void providersOwnAttestation() {
        assertThat(AgreementCarryOverPolicy.statusFor(provider, Optional.empty(),
                List.of(attestationBy(UUID.randomUUID(), PartnerRole.INDIRECT_PROVIDER))).status())
                .isEqualTo(AgreementStatus.ACCEPTANCE_REQUIRED);
        assertThat(AgreementCarryOverPolicy.statusFor(provider, Optional.empty(),
                List.of(attestationBy(directBillPartner, PartnerRole.DIRECT_BILL_PARTNER), attestationBy(provider, PartnerRole.INDIRECT_PROVIDER))))
                .extracting(AgreementCarryOverPolicy.Standing::status, AgreementCarryOverPolicy.Standing::basis)
                .containsExactly(AgreementStatus.ACCEPTED, AgreementBasis.PROVIDER_ATTESTATION);
    }

    @Test
    @DisplayName("the customer's own acceptance is retained for every provider: ACCEPTED on CUSTOMER_ACCEPTANCE, whatever was attested")
    void customersOwnAcceptance() {
        assertThat(AgreementCarryOverPolicy.statusFor(provider, Optional.of(NOW),
                List.of(attestationBy(directBillPartner, PartnerRole.DIRECT_BILL_PARTNER), attestationBy(provider, PartnerRole.INDIRECT_PROVIDER))))
                .extracting(AgreementCarryOverPolicy.Standing::status, AgreementCarryOverPolicy.Standing::basis)
                .containsExactly(AgreementStatus.ACCEPTED, AgreementBasis.CUSTOMER_ACCEPTANCE);
        assertThat(AgreementCarryOverPolicy.statusFor(UUID.randomUUID(), Optional.of(NOW), List.of()).status())
                .isEqualTo(AgreementStatus.ACCEPTED);
    }
}
