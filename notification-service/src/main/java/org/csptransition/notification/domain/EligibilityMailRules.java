package org.csptransition.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * N1 which eligibility fact (E3–E6) becomes which e-mail: each goes to the partner's primary contact, except the
 * incentives invitation, which goes to the e-mail of its MPN account; of the program changes only direct bill becoming
 * {@code RESTRICTED} is e-mailed.
 */
public final class EligibilityMailRules {

    public static final String DIRECT_BILL = "DIRECT_BILL";
    static final String RESTRICTED = "RESTRICTED";

    private EligibilityMailRules() {
    }

    /** E3: the partner may now buy a support plan. */
    public static List<Mail> creditCheckPassed(UUID partner) {
        return List.of(Mail.to(partner, MailTemplate.CREDIT_CHECK_PASSED));
    }

    /** E3: the partner must not buy a support plan. */
    public static List<Mail> creditCheckFailed(UUID partner) {
        return List.of(Mail.to(partner, MailTemplate.CREDIT_CHECK_FAILED));
    }

    /** E4: the direct-bill program is active. */
    public static List<Mail> directBillApproved(UUID partner) {
        return List.of(Mail.to(partner, MailTemplate.DIRECT_BILL_APPROVED));
    }

    /** E4: the way forward is the indirect model. */
    public static List<Mail> directBillRejected(UUID partner) {
        return List.of(Mail.to(partner, MailTemplate.DIRECT_BILL_REJECTED));
    }

    /** E6: the partner's GlobalAdmin may now accept the indirect reseller agreement. */
    public static List<Mail> indirectResellerApproved(UUID partner) {
        return List.of(Mail.to(partner, MailTemplate.INDIRECT_RESELLER_APPROVED));
    }

    /**
     * E6: the invitation to indirect-reseller incentives goes to the MPN account's e-mail — the one the fact names, else
     * the one known of the partner, else its primary contact — {@code delay} after the fact, but never after its due date.
     */
    public static List<Mail> incentivesInvitation(Recipient partner, String mpnAccountEmail, Instant announcedAt,
                                                  Duration delay, LocalDate dueBy) {
        Instant sendAt = announcedAt.plus(delay);
        Instant latest = dueBy.atStartOfDay(ZoneOffset.UTC).toInstant();
        String address = mpnAccountEmail != null ? mpnAccountEmail : partner.mpnAccountEmail();
        return List.of(Mail.to(partner.tenantId(), MailTemplate.INCENTIVES_INVITATION)
                .notBefore(sendAt.isAfter(latest) ? latest : sendAt)
                .at(address));
    }

    /** E5: only a direct-bill program becoming {@code RESTRICTED} is e-mailed; the partner must act on it. */
    public static List<Mail> programChanged(UUID partner, String program, String status) {
        if (!DIRECT_BILL.equals(program) || !RESTRICTED.equals(status)) {
            return List.of();
        }
        return List.of(Mail.to(partner, MailTemplate.CAPABILITIES_RESTRICTED));
    }
}
