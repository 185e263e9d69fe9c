package org.csptransition.notification.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.notification.application.Notifications;
import org.csptransition.notification.domain.Mail;
import org.csptransition.notification.domain.MailTemplate;
import org.csptransition.notification.persistence.RecipientRepository;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * N4 the e-mail to an endpoint's owner when it is disabled after failing every attempt for three days, in the owner's
 * language. Its fact id comes from the endpoint and the start of its failures, so the same disabling is told once.
 */
@ApplicationScoped
public class WebhookDisabledMail {

    static final String FACT_TYPE = "webhook.endpoint.disabled";
    private static final Logger LOG = Logger.getLogger(WebhookDisabledMail.class);

    private final Notifications notifications;
    private final RecipientRepository recipients;

    WebhookDisabledMail(Notifications notifications, RecipientRepository recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(UUID endpointId, UUID ownerTenantId, String url, Instant failingSince) {
        if (recipients.findByIdOptional(ownerTenantId).isEmpty()) {
            // no partner events of the owner yet: nobody to write to; the disabling is visible on the endpoint
            LOG.warnf("Webhook endpoint %s disabled; its owner %s has no known recipient to tell", endpointId, ownerTenantId);
            return;
        }
        UUID factId = UUID.nameUUIDFromBytes((FACT_TYPE + ":" + endpointId + ":" + failingSince).getBytes(StandardCharsets.UTF_8));
        notifications.enqueueFact(factId, FACT_TYPE, endpointId.toString(),
                List.of(Mail.to(ownerTenantId, MailTemplate.WEBHOOK_ENDPOINT_DISABLED)),
                Map.of("url", url, "endpointId", endpointId.toString(),
                        "failingSince", failingSince.atZone(ZoneOffset.UTC).toLocalDate()));
    }
}
