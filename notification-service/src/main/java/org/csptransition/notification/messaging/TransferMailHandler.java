package org.csptransition.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.application.TransferMails;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.messaging.EventHandler;

import java.util.Set;

/**
 * N1 the facts of the four-step transfer (T3–T9) that become e-mails: every transfer event carries the same facts an
 * e-mail needs, so one decoding serves them all; {@link TransferMails} writes the e-mails.
 */
@ApplicationScoped
public class TransferMailHandler implements EventHandler {

    private final TransferMails mails;

    TransferMailHandler(TransferMails mails) {
        this.mails = mails;
    }

    @Override
    public Set<EventType> handles() {
        return TransferMails.FACTS.keySet();
    }

    @Override
    public void handle(EventEnvelope event) {
        mails.on(event, EventType.fromWireName(event.type()).orElseThrow(), EventJson.read(event.data(), TransferMails.TransferFacts.class));
    }
}
