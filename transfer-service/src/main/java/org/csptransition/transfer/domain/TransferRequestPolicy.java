package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * T3 Step 1, the preconditions of a transfer request, each refused with its own code, in this order: the partner completed
 * the transition ({@code INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED}, E6, as eligibility-service published it); the target
 * is an active indirect provider ({@code TARGET_NOT_INDIRECT_PROVIDER}); the customer has the provider as partner of
 * record ({@code PROVIDER_NOT_PARTNER_OF_RECORD}, R3/R4); the customer's MCA is accepted for that provider
 * ({@code MCA_NOT_ACCEPTED}, R5); every requested subscription is the partner's ({@code SUBSCRIPTION_NOT_FOUND}), of this
 * customer ({@code SUBSCRIPTION_OF_ANOTHER_CUSTOMER}) and eligible ({@link TransferEligibilityPolicy}, T2), each line
 * refused on its own. The facts come from read models fed by events: one that has not arrived (partner, provider,
 * customer, MCA status for the pair) is refused as not yet known (retryable), never a wrong yes.
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

    /** Allowed when every precondition holds; else the first precondition that fails, or every line that fails. */
    public static Outcome check(Facts facts) {
        Optional<KnownPartner> source = facts.source().filter(KnownPartner::isRegistered);
        if (source.isEmpty()) {
            return Refusal.notYetKnown("partner", "This service has not yet learnt the requesting partner; retry shortly").outcome();
        }
        if (!source.get().hasCompletedTransition()) {
            return Refusal.conflict(TransferEligibilityPolicy.ENROLLMENT_NOT_COMPLETED,
                    "The partner has not completed the indirect-reseller enrollment, which a transfer to an indirect provider needs").outcome();
        }
        Optional<KnownPartner> target = facts.target().filter(KnownPartner::isRegistered);
        if (target.isEmpty()) {
            return Refusal.notYetKnown("partner", "This service has not yet learnt the provider " + facts.targetTenantId()
                    + "; retry shortly").outcome();
        }
        String provider = target.get().displayName();
        if (target.get().tenantId().equals(source.get().tenantId()) || !target.get().isActiveProvider()) {
            return Refusal.invalid(TARGET_NOT_INDIRECT_PROVIDER, "targetPartnerTenantId",
                    "The target " + provider + " is not an active indirect provider").with("providerName", provider).outcome();
        }
        if (facts.customer().isEmpty()) {
            return Refusal.notYetKnown("customer", "This service has not yet learnt the customer; retry shortly").outcome();
        }
        if (!facts.targetRolesOnCustomer().contains(PartnerOfRecord.INDIRECT_PROVIDER)) {
            return Refusal.conflict(PROVIDER_NOT_PARTNER_OF_RECORD, provider + " is not a partner of record of the customer: "
                    + "extend the relationship to it (R3) or have the customer accept an invitation (R4) first")
                    .with("providerName", provider).outcome();
        }
        if (facts.agreement().isEmpty()) {
            return Refusal.notYetKnown("agreement-status", "This service has not yet learnt the customer's Microsoft Customer "
                    + "Agreement status for the provider; retry shortly").outcome();
        }
        CustomerAgreement agreement = facts.agreement().get();
        if (!agreement.isAccepted()) {
            return Refusal.conflict(MCA_NOT_ACCEPTED, "The customer's Microsoft Customer Agreement is " + agreement.status() + " for "
                            + provider + ": the provider must attest it or the customer accept it")
                    .with("mcaStatus", agreement.status()).with("providerName", provider).outcome();
        }
        return lines(facts);
    }

    /** Each requested line on its own, so the client learns every line to fix at once. */
    private static Outcome lines(Facts facts) {
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
        return Outcome.of(refusals);
    }

    /** An add-on requested beside its base is fine: it travels with it. */
    private static boolean travelsWithRequestedBase(Eligibility eligibility, Subscription subscription, List<RequestedLine> lines) {
        return TransferEligibilityPolicy.ADDON_TRAVELS_WITH_BASE.equals(eligibility.reasonCode())
                && lines.stream().anyMatch(l -> l.subscriptionId().equals(subscription.baseSubscriptionId().orElseThrow()));
    }
}
