package org.csptransition.eligibility.domain.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * E2 MPN_ID: an active MPN membership and a PartnerID for the location the partner sells in: the PartnerID must be the
 * MPN id of the partner's location in its CSP country, not its global id nor another country's location. Reason codes:
 * {@code MPN_ID_ACTIVE}, {@code MPN_MEMBERSHIP_INACTIVE}, {@code PARTNER_ID_MISSING}, {@code PARTNER_ID_NOT_FOR_LOCATION}.
 */
public final class MpnIdRequirement implements Requirement {

    @Override
    public RequirementCode code() {
        return RequirementCode.MPN_ID;
    }

    @Override
    public RequirementOutcome evaluate(EligibilityFacts facts, Thresholds thresholds) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("partnerId", facts.partnerId());
        evidence.put("country", facts.country());
        evidence.put("partnerIdLocation", facts.partnerIdLocation());
        evidence.put("mpnMembershipActive", facts.mpnMembershipActive());
        if (facts.partnerId() == null || facts.partnerId().isBlank()) {
            return RequirementOutcome.unmet("PARTNER_ID_MISSING", evidence);
        }
        if (!facts.country().equals(facts.partnerIdLocation())) {
            return RequirementOutcome.unmet("PARTNER_ID_NOT_FOR_LOCATION", evidence);
        }
        if (!facts.mpnMembershipActive()) {
            return RequirementOutcome.unmet("MPN_MEMBERSHIP_INACTIVE", evidence);
        }
        return RequirementOutcome.met("MPN_ID_ACTIVE", evidence);
    }
}
