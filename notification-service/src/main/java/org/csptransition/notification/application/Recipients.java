package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.notification.domain.RecipientFacts;
import org.csptransition.notification.domain.Viewer;
import org.csptransition.notification.persistence.RecipientRepository;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** N1 the recipients read model: who receives a tenant's e-mails, in which language, learnt from partner events. */
@ApplicationScoped
public class Recipients {

    private static final Logger LOG = Logger.getLogger(Recipients.class);

    private final RecipientRepository recipients;
    private final Clock clock;

    Recipients(RecipientRepository recipients, Clock clock) {
        this.recipients = recipients;
        this.clock = clock;
    }

    /** A tenant's recipient, for the tenant itself or the operator; to anyone else, as to everyone before it is known, 404. */
    @Transactional
    public Recipient get(UUID tenantId, Viewer viewer) {
        return recipients.findByIdOptional(tenantId).filter(r -> viewer.sees(r.tenantId()))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Recipient", tenantId)));
    }

    /**
     * Keeps what a partner event says of the tenant's contact, locale and MPN account e-mail; an older event changes
     * nothing. Whatever the producer sent is made fit first ({@link RecipientFacts}): the event never fails on it, and
     * what had to be changed is logged (without the values, which may hold control characters).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void learn(EventEnvelope event, UUID tenantId, String companyName, PartnerRegistered.Contact contact,
                      String locale, String mpnAccountEmail) {
        RecipientFacts facts = RecipientFacts.of(tenantId, companyName, contact == null ? null : contact.firstName(),
                contact == null ? null : contact.lastName(), contact == null ? null : contact.email(), locale, mpnAccountEmail);
        facts.adjustments().forEach(adjustment ->
                LOG.warnf("Recipient of tenant %s from event %s (%s): %s", tenantId, event.id(), event.type(), adjustment));
        var known = recipients.findByIdOptional(tenantId);
        Recipient recipient = known.orElseGet(() -> Recipient.of(tenantId));
        recipient.apply(event.time(), facts.displayName(), facts.contactName(), facts.email(), facts.locale(),
                facts.mpnAccountEmail(), Instant.now(clock));
        if (known.isEmpty()) {
            recipients.persist(recipient);
        }
    }

    /**
     * The recipient an e-mail to {@code tenantId} goes to. Not known yet (an event about a relationship or transfer can
     * arrive, on its own topic, before the tenant's partner events): refused as not yet known, so the consumer retries
     * the event and, after its attempts, sends it to the dead-letter topic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Recipient of(UUID tenantId) {
        return recipients.findByIdOptional(tenantId).orElseThrow(() -> new RefusedException(notYetKnown(tenantId)));
    }

    static Refusal notYetKnown(UUID tenantId) {
        return Refusal.notYetKnown("partner.registered.v1",
                        "No recipient known for tenant " + tenantId + ": its partner.registered.v1 has not arrived yet")
                .with("tenantId", tenantId.toString());
    }
}
