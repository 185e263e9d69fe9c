package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.config.RelationshipConfig;

import java.util.UUID;

/** The links that invitations carry: they point at the acceptance endpoints, under {@code relationship.links.base-url}. */
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

    /** R4: where the customer's admin accepts a reseller's invitation. */
    public String customerInvitation(UUID invitationId) {
        return baseUrl + "/v1/customer-invitations/" + invitationId + "/acceptance";
    }
}
