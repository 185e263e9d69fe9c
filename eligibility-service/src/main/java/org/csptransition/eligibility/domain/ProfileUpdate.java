package org.csptransition.eligibility.domain;

/**
 * A GlobalAdmin's change to its own profile (E1): every field is optional and null means "unchanged".
 * The programs, PartnerID, country and bank facts are the operator's and cannot be changed here.
 */
public record ProfileUpdate(String preferredLocale, PartnerProfile.Contact primaryContact, String mpnAccountEmail,
                            AttestationUpdate attestations) {

    public record AttestationUpdate(Boolean endorsementAuthority, Boolean firstLevelSupport, Boolean accountsReceivable,
                                    Integer managedServices) {
    }
}
