package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.csptransition.notification.domain.HeaderText;
import org.csptransition.notification.domain.Mail;
import org.csptransition.notification.domain.MailTemplate;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.persistence.NotificationRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * N1–N2 writes the e-mails a fact causes, in the consumer's transaction: each mail the rules decided is addressed from the
 * recipients read model, rendered in its recipient's language and added to the log once per event, recipient and
 * template. The mail use cases ({@link EligibilityMails}, {@link RelationshipMails}, {@link TransferMails}) are the only
 * callers.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    /** Column widths of {@code notification} (V2). */
    static final int SUBJECT_ID = 128;
    static final int SUBJECT = 500;

    private final NotificationRepository log;
    private final Recipients recipients;
    private final MailRenderer renderer;
    private final Clock clock;
    private final Event<Enqueued> enqueued;

    Notifications(NotificationRepository log, Recipients recipients, MailRenderer renderer, Clock clock, Event<Enqueued> enqueued) {
        this.log = log;
        this.recipients = recipients;
        this.renderer = renderer;
        this.clock = clock;
        this.enqueued = enqueued;
    }

    /** Fired in the enqueueing transaction; the sender observes it after commit. */
    public record Enqueued(int count) {
    }

    /**
     * Writes {@code mails}, each with the {@code facts} its template shows. Every template also greets the recipient by
     * its contact's name ({@code contactName}) and knows its company ({@code partnerName}); a {@link LocalDate} fact is
     * written as the recipient's locale writes dates. A mail to a tenant without an e-mail address is skipped. N2: the
     * unique (event, recipient, template) means a redelivered event adds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(EventEnvelope event, List<Mail> mails, Map<String, Object> facts) {
        enqueueFact(event.id(), event.type(), event.subject(), mails, facts);
    }

    /**
     * The same for a fact of this service's own ({@code factId}, {@code factType} about {@code subjectId}): a webhook
     * endpoint disabled after failing for days (N4). The unique (fact, recipient, template) makes it once per fact id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueFact(UUID factId, String factType, String subjectId, List<Mail> mails, Map<String, Object> facts) {
        Instant now = Instant.now(clock);
        int added = 0;
        for (Mail mail : mails) {
            Recipient recipient = recipients.of(mail.recipientTenantId());
            String email = mail.address() != null ? mail.address() : recipient.email();
            if (email == null || email.isBlank()) {
                continue;
            }
            if (!HeaderText.isMailbox(email)) {
                // an address from an event (the MPN account's) that is not one plain mailbox would add or break recipients
                LOG.warnf("E-mail %s of event %s to tenant %s skipped: its address is not one plain e-mail address",
                        mail.template().id(), factId, recipient.tenantId());
                continue;
            }
            MailRenderer.Rendered rendered = renderer.render(mail.template(), recipient.locale(), data(facts, recipient));
            added += log.addOnce(Notification.pending(UUID.randomUUID(), factId, factType,
                    fitted("subject id", subjectId, SUBJECT_ID, factId), mail.template().id(), recipient.tenantId(),
                    email, rendered.locale(), fitted("subject", rendered.subject(), SUBJECT, factId), rendered.body(),
                    now, mail.notBefore()));
        }
        if (added > 0) {
            enqueued.fire(new Enqueued(added));
        }
    }

    /** A value cut to its column (V2) with a log line: an event is never failed by text too long to keep. */
    private static String fitted(String what, String value, int max, UUID factId) {
        String fitted = HeaderText.fit(value, max);
        if (fitted != null && fitted.length() < value.length()) {
            LOG.warnf("The %s of an e-mail of event %s was %d characters: cut to %d", what, factId, value.length(), max);
        }
        return fitted;
    }

    /** Cancels scheduled e-mails of a template about a subject that have not gone out yet (a reminder for a decided transfer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int cancelPending(String subjectId, MailTemplate template) {
        return log.cancelPending(subjectId, template.id());
    }

    private static Map<String, Object> data(Map<String, Object> facts, Recipient recipient) {
        Map<String, Object> data = new HashMap<>();
        facts.forEach((name, value) -> data.put(name,
                value instanceof LocalDate date ? MailRenderer.date(date, recipient.locale()) : value));
        data.putIfAbsent("contactName", recipient.contactName() == null ? recipient.displayName() : recipient.contactName());
        data.putIfAbsent("partnerName", recipient.displayName());
        return data;
    }

    /** A text fact that may be missing: a dash, so the e-mail never shows "null" or a blank. */
    static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
