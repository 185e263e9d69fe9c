package org.csptransition.transfer.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * T3 Step 1, the preconditions of a transfer request, each refused with its own code, in this order: the partner completed
 * the indirect-reseller enrollment ({@code INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED}, E6); the target is an active
 * indirect provider ({@code TARGET_NOT_INDIRECT_PROVIDER}); the customer has the provider as partner of record
 * ({@code PROVIDER_NOT_PARTNER_OF_RECORD}, R3/R4); the customer's MCA is accepted for that provider
 * ({@code MCA_NOT_ACCEPTED}, R5); every requested subscription is the partner's ({@code SUBSCRIPTION_NOT_FOUND}), of this
 * customer ({@code SUBSCRIPTION_OF_ANOTHER_CUSTOMER}) and eligible ({@link TransferEligibilityPolicy}, T2). The facts come
 * from read models fed by events: one that has not arrived (partner, provider, customer, MCA status for the pair) is a
 * retryable {@link NotYetKnownException}, never a wrong yes.
 */
public final class TransferRequestPolicy {

    public static final String TARGET_NOT_INDIRECT_PROVIDER = "TARGET_NOT_INDIRECT_PROVIDER";
    public static final String PROVIDER_NOT_PARTNER_OF_RECORD = "PROVIDER_NOT_PARTNER_OF_RECORD";
    public static final String MCA_NOT_ACCEPTED = "MCA_NOT_ACCEPTED";
    public static final String SUBSCRIPTION_NOT_FOUND = "SUBSCRIPTION_NOT_FOUND";
    public static final String SUBSCRIPTION_OF_ANOTHER_CUSTOMER = "SUBSCRIPTION_OF_ANOTHER_CUSTOMER";

    private TransferRequestPolicy() {
    }

    /** One requested line: the subscription if it is the partner's (of any customer), and the active transfer holding it. */
    public record RequestedLine(UUID subscriptionId, Optional<Subscription> subscription, Optional<UUID> holdingTransfer) {
    }

    /** What the read models and the subscriptions say about a request. */
    public record Facts(UUID customerTenantId, Optional<KnownPartner> source, UUID targetTenantId, Optional<KnownPartner> target,
                        Optional<KnownCustomer> customer, Set<String> targetRolesOnCustomer, Optional<CustomerAgreement> agreement,
                        List<RequestedLine> lines) {
    }

    public static void check(Facts facts) {
        KnownPartner source = facts.source().filter(KnownPartner::isProfileKnown).orElseThrow(() ->
                new NotYetKnownException("partner", "This service has not yet learnt the requesting partner; retry shortly"));
        if (!source.hasCompletedIndirectResellerEnrollment()) {
            throw new RefusedException(Refusal.conflict(TransferEligibilityPolicy.ENROLLMENT_NOT_COMPLETED,
                    "The partner has not completed the indirect-reseller enrollment, which a transfer to an indirect provider needs"));
        }
        KnownPartner target = facts.target().filter(KnownPartner::isProfileKnown).orElseThrow(() ->
                new NotYetKnownException("partner", "This service has not yet learnt the provider " + facts.targetTenantId() + "; retry shortly"));
        if (target.tenantId().equals(source.tenantId()) || !target.isActiveIndirectProvider()) {
            throw new RefusedException(Refusal.invalid(TARGET_NOT_INDIRECT_PROVIDER, "targetPartnerTenantId",
                    "The target " + target.companyName() + " is not an active indirect provider"));
        }
        facts.customer().orElseThrow(() ->
                new NotYetKnownException("customer", "This service has not yet learnt the customer; retry shortly"));
        if (!facts.targetRolesOnCustomer().contains(PartnerOfRecord.INDIRECT_PROVIDER)) {
            throw new RefusedException(Refusal.conflict(PROVIDER_NOT_PARTNER_OF_RECORD,
                    target.companyName() + " is not a partner of record of the customer: extend the relationship to it (R3) or "
                            + "have the customer accept an invitation (R4) first"));
        }
        CustomerAgreement agreement = facts.agreement().orElseThrow(() -> new NotYetKnownException("agreement-status",
                "This service has not yet learnt the customer's Microsoft Customer Agreement status for the provider; retry shortly"));
        if (!agreement.isAccepted()) {
            throw new RefusedException(Refusal.conflict(MCA_NOT_ACCEPTED,
                    "The customer's Microsoft Customer Agreement is " + agreement.status() + " for " + target.companyName()
                            + ": the provider must attest it or the customer accept it").with("mcaStatus", agreement.status()));
        }
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < facts.lines().size(); i++) {
            RequestedLine line = facts.lines().get(i);
            String field = "lineItems[" + i + "].subscriptionId";
            if (line.subscription().isEmpty()) {
                refusals.add(Refusal.invalid(SUBSCRIPTION_NOT_FOUND, field,
                        "Subscription " + line.subscriptionId() + " is not one of the partner's subscriptions").with("subscriptionId", line.subscriptionId()));
            } else if (!line.subscription().get().customerTenantId().equals(facts.customerTenantId())) {
                refusals.add(Refusal.invalid(SUBSCRIPTION_OF_ANOTHER_CUSTOMER, field,
                        "Subscription " + line.subscriptionId() + " belongs to another customer: a request moves the subscriptions of one customer")
                        .with("subscriptionId", line.subscriptionId()));
            } else {
                Eligibility eligibility = TransferEligibilityPolicy.of(line.subscription().get(), line.holdingTransfer(), true);
                if (!eligibility.eligible() && !travelsWithRequestedBase(eligibility, line.subscription().get(), facts.lines())) {
                    refusals.add(eligibility.toRefusal(field));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
    }

    /** An add-on requested beside its base is fine: it travels with it. */
    private static boolean travelsWithRequestedBase(Eligibility eligibility, Subscription subscription, List<RequestedLine> lines) {
        return TransferEligibilityPolicy.ADDON_TRAVELS_WITH_BASE.equals(eligibility.reasonCode())
                && lines.stream().anyMatch(l -> l.subscriptionId().equals(subscription.baseSubscriptionId().orElseThrow()));
    }
}
