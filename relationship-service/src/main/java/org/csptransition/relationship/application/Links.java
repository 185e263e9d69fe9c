package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.config.RelationshipConfig;

import java.util.UUID;

/**
 * The links that invitations carry, under {@code relationship.links.base-url}: a partner's (R1) points at its acceptance
 * endpoint, a customer's (R4, R5) at the page it answers on.
 */
@ApplicationScoped
public class Links {

    private final String baseUrl;

    Links(RelationshipConfig config) {
        String base = config.links().baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** R1: where the reseller's GlobalAdmin accepts a provider's invitation. */
    public String partnershipInvitation(UUID partnershipId) {
        return baseUrl + "/v1/partnership-invitations/" + partnershipId + "/acceptance";
    }

    /** R4, R5: the page a customer opens from an e-mail; the token is the only secret, and it is used once. */
    public String customerPage(String token) {
        return baseUrl + "/customer/links/" + token;
    }
}
