package org.csptransition.transfer.domain;

import org.csptransition.transfer.domain.TransitionReadinessPolicy.Action;
import org.csptransition.transfer.domain.TransitionReadinessPolicy.Actor;
import org.csptransition.transfer.domain.TransitionReadinessPolicy.Readiness;
import org.csptransition.transfer.domain.TransitionReadinessPolicy.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.a;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;

@DisplayName("T12 transition readiness of a customer for a provider, and its single next action")
class TransitionReadinessPolicyTest {

    /** Every T3 precondition met, with the given subscriptions. */
    static TransitionReadinessPolicy.Facts allMet(Subscription... subscriptions) {
        return facts(true, true, true, Optional.of("ACCEPTED"), Optional.empty(), subscriptions);
    }

    static TransitionReadinessPolicy.Facts facts(boolean transitioned, boolean known, boolean partnerOfRecord, Optional<String> mca,
                                                 Optional<TransferStage> underWay, Subscription... subscriptions) {
        List<Subscription> list = List.of(subscriptions);
        return new TransitionReadinessPolicy.Facts("Northwind Distribution AB", transitioned, known, partnerOfRecord, mca, list,
                list.stream().map(s -> TransferEligibilityPolicy.of(s, Optional.empty(), true)).toList(), underWay);
    }

    static void assertThatIt(Readiness readiness, Status status, String reason, Action action, Actor actor) {
        assertThat(readiness.status()).isEqualTo(status);
        assertThat(readiness.reasonCode()).isEqualTo(reason);
        assertThat(readiness.next().action()).isEqualTo(action);
        assertThat(readiness.next().actor()).isEqualTo(actor);
        assertThat(readiness.outcome().isAllowed()).isEqualTo(status != Status.BLOCKED);
    }

    @Test
    @DisplayName("every T3 precondition met and a subscription that can move: READY, the partner creates the transfer")
    void ready() {
        assertThatIt(TransitionReadinessPolicy.of(allMet(anActiveSubscription())), Status.READY, null, Action.CREATE_TRANSFER, Actor.PARTNER);
    }

    @Nested
    @DisplayName("blocked by T3's preconditions, in T3's order, each with T3's code and who lifts it")
    class Blocked {

        @Test
        @DisplayName("E6 not complete: INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED, the partner completes the enrollment (before anything else)")
        void enrollment() {
            assertThatIt(TransitionReadinessPolicy.of(facts(false, false, false, Optional.empty(), Optional.empty(), anActiveSubscription())),
                    Status.BLOCKED, "INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED", Action.COMPLETE_INDIRECT_RESELLER_ENROLLMENT, Actor.PARTNER);
        }

        @Test
        @DisplayName("the customer not learnt yet: NOT_YET_KNOWN, nobody acts, the fact is on its way")
        void customerNotKnown() {
            assertThatIt(TransitionReadinessPolicy.of(facts(true, false, false, Optional.empty(), Optional.empty(), anActiveSubscription())),
                    Status.BLOCKED, "NOT_YET_KNOWN", Action.WAIT, Actor.NONE);
        }

        @Test
        @DisplayName("R3/R4 the provider not a partner of record: PROVIDER_NOT_PARTNER_OF_RECORD, the partner extends or invites")
        void notPartnerOfRecord() {
            assertThatIt(TransitionReadinessPolicy.of(facts(true, true, false, Optional.of("ACCEPTED"), Optional.empty(), anActiveSubscription())),
                    Status.BLOCKED, "PROVIDER_NOT_PARTNER_OF_RECORD", Action.EXTEND_RELATIONSHIP_OR_INVITE, Actor.PARTNER);
        }

        @Test
        @DisplayName("R5 the MCA status for the provider not learnt yet: NOT_YET_KNOWN, nobody acts")
        void mcaUnknown() {
            assertThatIt(TransitionReadinessPolicy.of(facts(true, true, true, Optional.empty(), Optional.empty(), anActiveSubscription())),
                    Status.BLOCKED, "NOT_YET_KNOWN", Action.WAIT, Actor.NONE);
        }

        @Test
        @DisplayName("R5 the MCA not accepted for the provider: MCA_NOT_ACCEPTED, the provider attests")
        void mcaNotAccepted() {
            Readiness readiness = TransitionReadinessPolicy.of(facts(true, true, true, Optional.of("ACCEPTANCE_REQUIRED"), Optional.empty(),
                    anActiveSubscription()));
            assertThatIt(readiness, Status.BLOCKED, "MCA_NOT_ACCEPTED", Action.ATTEST_MCA, Actor.PROVIDER);
            assertThat(readiness.reason().context()).containsEntry("mcaStatus", "ACCEPTANCE_REQUIRED");
        }
    }

    @Nested
    @DisplayName("nothing left that can move")
    class LeftBehind {

        @Test
        @DisplayName("no subscription, or only suspended ones: DONE, nobody acts")
        void done() {
            Subscription suspended = anActiveSubscription();
            suspended.changeStatus(SubscriptionStatus.SUSPENDED, Fixtures.NOW);
            assertThatIt(TransitionReadinessPolicy.of(allMet()), Status.DONE, null, Action.NONE, Actor.NONE);
            assertThatIt(TransitionReadinessPolicy.of(allMet(suspended)), Status.DONE, null, Action.NONE, Actor.NONE);
        }

        @Test
        @DisplayName("T11 an active subscription of a product type that does not move: PRODUCT_TYPE_NOT_TRANSFERABLE, the partner cancels and buys anew")
        void notTransferable() {
            assertThatIt(TransitionReadinessPolicy.of(allMet(anActiveSubscription(a(ProductType.SOFTWARE)))), Status.BLOCKED,
                    "PRODUCT_TYPE_NOT_TRANSFERABLE", Action.CANCEL_AND_BUY_THROUGH_PROVIDER, Actor.PARTNER);
        }

        @Test
        @DisplayName("T4 held by a transfer to another provider: TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER, the partner ends that one")
        void heldElsewhere() {
            Subscription held = anActiveSubscription();
            var facts = new TransitionReadinessPolicy.Facts("Northwind Distribution AB", true, true, true, Optional.of("ACCEPTED"), List.of(held),
                    List.of(TransferEligibilityPolicy.of(held, Optional.of(UUID.randomUUID()), true)), Optional.empty());
            assertThatIt(TransitionReadinessPolicy.of(facts), Status.BLOCKED, "TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER",
                    Action.END_OTHER_TRANSFER, Actor.PARTNER);
        }

        @Test
        @DisplayName("a subscription that can move wins over one left behind: READY")
        void movableWins() {
            assertThatIt(TransitionReadinessPolicy.of(allMet(anActiveSubscription(a(ProductType.SOFTWARE)), anActiveSubscription())),
                    Status.READY, null, Action.CREATE_TRANSFER, Actor.PARTNER);
        }
    }

    @ParameterizedTest(name = "a transfer to the provider at {0}: IN_PROGRESS, {1} by {2}")
    @CsvSource({"AWAITING_PROVIDER_DECISION, ACCEPT_OR_REJECT_TRANSFER, PROVIDER", "PROCESSING, WAIT, NONE",
            "AWAITING_PROVIDER_VERIFICATION, VERIFY_AS_PROVIDER, PROVIDER", "AWAITING_PARTNER_VERIFICATION, VERIFY_AS_PARTNER, PARTNER"})
    @DisplayName("a transfer to the provider under way: IN_PROGRESS, its stage names the next step, whatever else holds")
    void underWay(TransferStage stage, Action action, Actor actor) {
        assertThatIt(TransitionReadinessPolicy.of(facts(false, false, false, Optional.empty(), Optional.of(stage), anActiveSubscription())),
                Status.IN_PROGRESS, null, action, actor);
    }
}
