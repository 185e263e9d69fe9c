package org.csptransition.transfer.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.messaging.AuditTrail;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audit trail of the changes this service makes for a user that publish no event (T1: the operator's import of a
 * subscription, a purchase, a change of seats, status or renewal): without an event the outbox writes no entry, so these
 * write theirs through {@link AuditTrail#recordChange}, in the change's transaction, on {@code subscription/{id}},
 * readable by the owner, the customer, the acting tenant (a reseller changing its provider's subscription, R2) and the
 * operator.
 */
@ApplicationScoped
public class ChangeAudit {

    public static final String SUBSCRIPTION = "subscription";

    public static final String SUBSCRIPTION_IMPORTED = "subscription.imported";
    public static final String SUBSCRIPTION_PURCHASED = "subscription.purchased";
    public static final String SUBSCRIPTION_CHANGED = "subscription.changed";

    private final AuditTrail trail;
    private final ObjectMapper json;

    ChangeAudit(AuditTrail trail, ObjectMapper json) {
        this.trail = trail;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String objectType, UUID objectId, String action, Set<UUID> parties, Map<String, ?> change) {
        try {
            trail.recordChange(objectType, objectId.toString(), action, parties, json.writeValueAsString(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audited change that cannot be written as JSON", e);
        }
    }
}
