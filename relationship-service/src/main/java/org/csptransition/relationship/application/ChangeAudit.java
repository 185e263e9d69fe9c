package org.csptransition.relationship.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.messaging.AuditTrail;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The audit trail of the changes this service makes for a user that publish no event (a provider's offer, a partner's
 * agreement attestation, the customer's own acceptance, a declined customer link): without an event the outbox writes
 * no entry, so these write theirs through {@link AuditTrail#recordChange}, in the change's transaction. They join the
 * trail of the object the change belongs to ({@code customer/{tenantId}} for agreements), with the same parties.
 */
@ApplicationScoped
public class ChangeAudit {

    public static final String PROVIDER_OFFER = "provider-offer";
    public static final String CUSTOMER = "customer";
    public static final String CUSTOMER_LINK = "customer-link";

    public static final String OFFER_PUBLISHED = "provider.offer.published";
    public static final String AGREEMENT_ATTESTED = "customer.agreement.attested";
    public static final String AGREEMENT_ACCEPTED = "customer.agreement.accepted";
    public static final String LINK_DECLINED = "customer.link.declined";

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
