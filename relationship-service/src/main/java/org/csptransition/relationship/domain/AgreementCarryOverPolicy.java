package org.csptransition.relationship.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R5 Microsoft Customer Agreement, carried over to a provider: when a customer moves to a provider, its status for that
 * provider is ACCEPTED on the customer's own acceptance (retained for every provider), or on that provider's own
 * attestation; a direct-bill partner's attestation is not retained, so the provider must attest or the customer must
 * accept; no acceptance at all → ACCEPTANCE_REQUIRED.
 */
public final class AgreementCarryOverPolicy {

    public static final String ATTESTATION_NOT_CARRIED_OVER = "ATTESTATION_NOT_CARRIED_OVER";
    public static final String NO_ACCEPTANCE = "NO_ACCEPTANCE";

    private AgreementCarryOverPolicy() {
    }

    /** The status for one provider, what it rests on, and for ACCEPTANCE_REQUIRED a reason code and what to do. */
    public record Standing(AgreementStatus status, AgreementBasis basis, String reasonCode, String explanation) {
    }

    public static Standing statusFor(UUID providerTenantId, Optional<Instant> customerAcceptedAt, List<AgreementAttestation> attestations) {
        if (customerAcceptedAt.isPresent()) {
            return new Standing(AgreementStatus.ACCEPTED, AgreementBasis.CUSTOMER_ACCEPTANCE, null,
                    "The customer accepted the Microsoft Customer Agreement itself on " + customerAcceptedAt.get()
                            + "; its own acceptance carries over to every provider");
        }
        Optional<AgreementAttestation> byProvider = attestations.stream()
                .filter(a -> a.attestedByTenantId().equals(providerTenantId) && a.attesterRole() == PartnerRole.INDIRECT_PROVIDER)
                .findFirst();
        if (byProvider.isPresent()) {
            return new Standing(AgreementStatus.ACCEPTED, AgreementBasis.PROVIDER_ATTESTATION, null,
                    "The provider attested the customer's acceptance (agreed on " + byProvider.get().attested().dateAgreed() + ")");
        }
        if (!attestations.isEmpty()) {
            return new Standing(AgreementStatus.ACCEPTANCE_REQUIRED, AgreementBasis.NONE, ATTESTATION_NOT_CARRIED_OVER,
                    "The customer's acceptance was attested by another partner; a partner's attestation does not carry over "
                            + "to the provider: the provider attests it or the customer accepts the agreement itself");
        }
        return new Standing(AgreementStatus.ACCEPTANCE_REQUIRED, AgreementBasis.NONE, NO_ACCEPTANCE,
                "The customer has not accepted the Microsoft Customer Agreement: the provider attests its acceptance or the "
                        + "customer accepts it itself");
    }
}
