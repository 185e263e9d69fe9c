package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.util.UUID;

/**
 * {@code partner.updated.v1}: a partner's GlobalAdmin changed its profile (E1): contact, locale, MPN account e-mail or the
 * attestations the direct-bill requirements rely on. Carries the whole writable profile after the change.
 */
public record PartnerUpdated(
        UUID tenantId,
        String companyName,
        String preferredLocale,
        PartnerRegistered.Contact primaryContact,
        String mpnAccountEmail,
        Attestations attestations) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }

    /** What the GlobalAdmin attests for its organisation (E2 ENDORSEMENT, SUPPORT, ACCOUNTS_RECEIVABLE, MANAGED_SERVICE). */
    public record Attestations(boolean endorsementAuthority, boolean firstLevelSupport, boolean accountsReceivable,
                               int managedServices) {
    }
}
