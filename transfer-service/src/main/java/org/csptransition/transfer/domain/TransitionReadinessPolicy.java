package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.List;
import java.util.Optional;

/**
 * T12 Transition readiness of one customer for a move to one indirect provider, and the single next action with who must
 * take it. Decided in this order:
 * <ol>
 *   <li>a transfer of the partner's to this provider still under way: {@code IN_PROGRESS}, and its stage names the next
 *   step (the provider decides, the suite processes, the provider verifies, the partner verifies);</li>
 *   <li>nothing of the partner's left that could move ({@link TransferEligibilityPolicy} with E6 assumed): {@code DONE},
 *   unless an active subscription stays that cannot move this way ({@code PRODUCT_TYPE_NOT_TRANSFERABLE}: the partner
 *   cancels and buys anew through the provider, T11) or is held by a transfer to another provider
 *   ({@code TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER}, T4): then {@code BLOCKED};</li>
 *   <li>something could move: T3's preconditions in T3's order, each {@code BLOCKED} with T3's own code and the party that
 *   can lift it: E6 ({@code INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED}, the partner), the customer known here
 *   ({@code NOT_YET_KNOWN}, nobody: the fact is on its way), the provider a partner of record
 *   ({@code PROVIDER_NOT_PARTNER_OF_RECORD}, the partner extends the relationship, R3, or invites, R4), the MCA status
 *   for the provider known ({@code NOT_YET_KNOWN}) and accepted ({@code MCA_NOT_ACCEPTED}, R5: the provider attests, or
 *   the customer accepts);</li>
 *   <li>otherwise {@code READY}: the partner creates the transfer (alone, or in a transition wave).</li>
 * </ol>
 * {@link Readiness#outcome()} is allowed only when ready; a blocked customer's refusal is the one a transfer request would
 * get now.
 */
public final class TransitionReadinessPolicy {

    public enum Status { READY, BLOCKED, IN_PROGRESS, DONE }

    /** Who must take the next action; {@code NONE}: nobody (done, or the suite or another service is on it). */
    public enum Actor { PARTNER, PROVIDER, CUSTOMER, NONE }

    public enum Action {
        CREATE_TRANSFER,
        COMPLETE_INDIRECT_RESELLER_ENROLLMENT,
        EXTEND_RELATIONSHIP_OR_INVITE,
        ATTEST_MCA,
        CANCEL_AND_BUY_THROUGH_PROVIDER,
        END_OTHER_TRANSFER,
        ACCEPT_OR_REJECT_TRANSFER,
        VERIFY_AS_PROVIDER,
        VERIFY_AS_PARTNER,
        WAIT,
        NONE
    }

    public record NextAction(Action action, Actor actor) {
    }

    /**
     * What the read models say about the customer: the provider's name (for the reasons), the partner's E6, whether the customer is known here, the provider's
     * roles on it, its MCA status for the provider (empty: not learnt yet), the eligibility of each of the partner's listed
     * subscriptions (T2, with E6 assumed: E6 is decided above), the stage of the partner's transfer to this provider still
     * under way, if any.
     */
    public record Facts(String providerName, boolean partnerCompletedTransition, boolean customerKnown, boolean providerIsPartnerOfRecord,
                        Optional<String> mcaStatus, List<Subscription> subscriptions, List<Eligibility> eligibility,
                        Optional<TransferStage> transferUnderWay) {
    }

    public record Readiness(Status status, Outcome outcome, NextAction next) {

        /** The code of what blocks the customer; {@code null} unless blocked. */
        public String reasonCode() {
            return status == Status.BLOCKED ? outcome.refusals().get(0).code() : null;
        }

        public Refusal reason() {
            return status == Status.BLOCKED ? outcome.refusals().get(0) : null;
        }
    }

    private TransitionReadinessPolicy() {
    }

    public static Readiness of(Facts facts) {
        if (facts.transferUnderWay().isPresent()) {
            return underWay(facts.transferUnderWay().get());
        }
        boolean movable = facts.eligibility().stream().anyMatch(Eligibility::eligible);
        if (!movable) {
            return leftBehind(facts);
        }
        if (!facts.partnerCompletedTransition()) {
            return blocked(Refusal.conflict(TransferEligibilityPolicy.ENROLLMENT_NOT_COMPLETED,
                    "The partner has not completed the indirect-reseller enrollment, which a transfer to an indirect provider needs"),
                    Action.COMPLETE_INDIRECT_RESELLER_ENROLLMENT, Actor.PARTNER);
        }
        if (!facts.customerKnown()) {
            return blocked(Refusal.notYetKnown("customer", "This service has not yet learnt the customer; retry shortly"),
                    Action.WAIT, Actor.NONE);
        }
        if (!facts.providerIsPartnerOfRecord()) {
            return blocked(Refusal.conflict(TransferRequestPolicy.PROVIDER_NOT_PARTNER_OF_RECORD, facts.providerName() + " is not a partner "
                    + "of record of the customer: extend the relationship to it (R3) or have the customer accept an invitation (R4) first")
                    .with("providerName", facts.providerName()), Action.EXTEND_RELATIONSHIP_OR_INVITE, Actor.PARTNER);
        }
        if (facts.mcaStatus().isEmpty()) {
            return blocked(Refusal.notYetKnown("agreement-status", "This service has not yet learnt the customer's Microsoft "
                    + "Customer Agreement status for the provider; retry shortly"), Action.WAIT, Actor.NONE);
        }
        if (!CustomerAgreement.ACCEPTED.equals(facts.mcaStatus().get())) {
            return blocked(Refusal.conflict(TransferRequestPolicy.MCA_NOT_ACCEPTED, "The customer's Microsoft Customer Agreement is "
                    + facts.mcaStatus().get() + " for " + facts.providerName() + ": the provider must attest it or the customer accept it")
                    .with("mcaStatus", facts.mcaStatus().get()).with("providerName", facts.providerName()), Action.ATTEST_MCA, Actor.PROVIDER);
        }
        return new Readiness(Status.READY, Outcome.allowed(), new NextAction(Action.CREATE_TRANSFER, Actor.PARTNER));
    }

    private static Readiness underWay(TransferStage stage) {
        NextAction next = switch (stage) {
            case AWAITING_PROVIDER_DECISION -> new NextAction(Action.ACCEPT_OR_REJECT_TRANSFER, Actor.PROVIDER);
            case AWAITING_PROVIDER_VERIFICATION -> new NextAction(Action.VERIFY_AS_PROVIDER, Actor.PROVIDER);
            case AWAITING_PARTNER_VERIFICATION -> new NextAction(Action.VERIFY_AS_PARTNER, Actor.PARTNER);
            default -> new NextAction(Action.WAIT, Actor.NONE);
        };
        return new Readiness(Status.IN_PROGRESS, Outcome.allowed(), next);
    }

    /** Nothing can move: done, unless an active subscription stays behind that the partner must deal with. */
    private static Readiness leftBehind(Facts facts) {
        for (Eligibility e : facts.eligibility()) {
            String code = e.reasonCode();
            if (TransferEligibilityPolicy.PRODUCT_TYPE_NOT_TRANSFERABLE.equals(code) && isActive(facts, e)) {
                return blocked(e.refusal(), Action.CANCEL_AND_BUY_THROUGH_PROVIDER, Actor.PARTNER);
            }
            if (OneActiveTransferPerSubscription.CODE.equals(code)) {
                return blocked(e.refusal(), Action.END_OTHER_TRANSFER, Actor.PARTNER);
            }
        }
        return new Readiness(Status.DONE, Outcome.allowed(), new NextAction(Action.NONE, Actor.NONE));
    }

    private static boolean isActive(Facts facts, Eligibility e) {
        return facts.subscriptions().stream().anyMatch(s -> s.id().equals(e.subscriptionId()) && s.isActive());
    }

    private static Readiness blocked(Refusal reason, Action action, Actor actor) {
        return new Readiness(Status.BLOCKED, reason.outcome(), new NextAction(action, actor));
    }
}
