package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * R5 Microsoft Customer Agreement attestation: a partner attests the customer's acceptance with its primary contact, the
 * date agreed (never in the future) and the agreement template. Only the customer's direct-bill partner and its providers
 * may attest (not an indirect reseller alone); the same partner attesting again with the same contact is refused.
 */
public final class AgreementAttestationPolicy {

    public static final String ATTESTATION_NOT_ALLOWED = "ATTESTATION_NOT_ALLOWED";
    public static final String AGREEMENT_DATE_IN_FUTURE = "AGREEMENT_DATE_IN_FUTURE";
    public static final String DUPLICATE_ATTESTATION = "DUPLICATE_ATTESTATION";
    public static final String CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN = "CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN";
    /** The first time zone to reach a date: a date no zone has reached yet is in the future for everyone. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private AgreementAttestationPolicy() {
    }

    /** The role the partner attests in: as a provider of the customer if it is one, else as its direct-bill partner. */
    public static Optional<PartnerRole> attesterRole(Customer customer, UUID partnerTenantId) {
        var roles = customer.rolesOf(partnerTenantId);
        if (roles.contains(PartnerRole.INDIRECT_PROVIDER)) {
            return Optional.of(PartnerRole.INDIRECT_PROVIDER);
        }
        if (roles.contains(PartnerRole.DIRECT_BILL_PARTNER)) {
            return Optional.of(PartnerRole.DIRECT_BILL_PARTNER);
        }
        return Optional.empty();
    }

    public static Outcome check(Customer customer, UUID partnerTenantId, AgreementAttestation.Attested attested,
                                List<AgreementAttestation> earlier, Instant now) {
        List<Refusal> refusals = new ArrayList<>();
        if (attesterRole(customer, partnerTenantId).isEmpty()) {
            refusals.add(Refusal.invalid(ATTESTATION_NOT_ALLOWED, "Only the customer's direct-bill partner or one of its "
                    + "indirect providers attests its acceptance of the Microsoft Customer Agreement; an indirect reseller asks its "
                    + "provider, or the customer accepts itself"));
        }
        if (attested.dateAgreed().isAfter(latestAllowedDate(now))) {
            refusals.add(Refusal.invalid(AGREEMENT_DATE_IN_FUTURE, "dateAgreed", "The date the customer agreed ("
                    + attested.dateAgreed() + ") cannot be in the future").with("dateAgreed", attested.dateAgreed()));
        }
        boolean duplicate = earlier.stream().anyMatch(a -> a.attestedByTenantId().equals(partnerTenantId)
                && a.sameContact(attested.primaryContact().email()));
        if (duplicate) {
            refusals.add(Refusal.conflict(DUPLICATE_ATTESTATION, "You already attested this customer's acceptance with "
                    + attested.primaryContact().email() + " as primary contact").with("email", attested.primaryContact().email()));
        }
        return Outcome.of(refusals);
    }

    /** The customer's own acceptance is given, never taken back. */
    public static Outcome checkOwnAcceptance(boolean isSigned) {
        return Outcome.refusedIf(!isSigned, Refusal.invalid(CUSTOMER_ACCEPTANCE_CANNOT_BE_WITHDRAWN, "isSigned",
                "The customer's acceptance of the Microsoft Customer Agreement cannot be withdrawn here; send isSigned: true to accept"));
    }

    /** Today in the earliest time zone: the latest date that is not in the future anywhere. */
    static LocalDate latestAllowedDate(Instant now) {
        return now.atOffset(EARLIEST_ZONE).toLocalDate();
    }
}
