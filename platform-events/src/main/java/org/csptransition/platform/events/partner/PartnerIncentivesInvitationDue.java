package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code partner.incentives.invitation.due.v1}: a partner that completed the indirect-reseller enrollment (E6) must be
 * invited by {@code dueBy} to enroll for indirect reseller incentives, at the e-mail of its MPN account (the primary
 * contact's when it has none), in its preferred locale.
 */
public record PartnerIncentivesInvitationDue(UUID tenantId, UUID enrollmentId, LocalDate dueBy, String mpnAccountEmail,
                                             String primaryContactEmail, String preferredLocale) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
