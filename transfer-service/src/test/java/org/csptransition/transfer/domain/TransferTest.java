package org.csptransition.transfer.domain;

import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.SOURCE;
import static org.csptransition.transfer.domain.Fixtures.TARGET;
import static org.csptransition.transfer.domain.Fixtures.THIRTY_DAYS;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;
import static org.csptransition.transfer.domain.Fixtures.anAzurePayg;
import static org.csptransition.transfer.domain.Fixtures.codeOf;

@DisplayName("The transfer request: its transitions (T3, T5, T6, T7) and the events they cause")
class TransferTest {

    @Nested
    @DisplayName("T3 a new request")
    class Opening {

        @Test
        @DisplayName("is Active until 30 days later, awaiting the provider; lines keep the quantity of the moment and the PartnerID on record")
        void opened() {
            Subscription base = anActiveSubscription();
            Subscription addOn = anAddOnOf(base);
            Transfer transfer = aTransfer(base, addOn);
            base.changeQuantity(40, NOW);

            assertThat(transfer.status()).isEqualTo(TransferStatus.ACTIVE);
            assertThat(transfer.stage()).isEqualTo(TransferStage.AWAITING_PROVIDER_DECISION);
            assertThat(transfer.expirationTime()).isEqualTo(NOW.plus(THIRTY_DAYS));
            assertThat(transfer.lines()).extracting(TransferLine::subscriptionId).containsExactly(base.id(), addOn.id());
            assertThat(transfer.lines()).allSatisfy(l -> {
                assertThat(l.quantity()).isEqualTo(25);
                assertThat(l.partnerIdOnRecord()).isEqualTo("4234567");
                assertThat(l.transferGroupId()).isEqualTo(base.id());
                assertThat(l.status()).isEqualTo(LineStatus.PENDING);
            });
        }
    }

    @Nested
    @DisplayName("T5 withdraw")
    class Withdraw {

        @Test
        @DisplayName("the source withdraws an Active request: Withdrawn, ENDED, with who and when")
        void withdraw() {
            Transfer transfer = aTransfer();
            TransferEvent.Withdrawn event = transfer.withdraw(SOURCE, "anna", NOW.plusSeconds(60));

            assertThat(transfer.status()).isEqualTo(TransferStatus.WITHDRAWN);
            assertThat(transfer.stage()).isEqualTo(TransferStage.ENDED);
            assertThat(event.by()).isEqualTo("anna");
            assertThat(transfer.lastModifiedUser()).isEqualTo("anna");
        }

        @Test
        @DisplayName("only the source (NOT_THE_SOURCE_PARTNER), only while Active (TRANSFER_NOT_ACTIVE)")
        void refused() {
            Transfer transfer = aTransfer();
            assertThat(codeOf(transfer.mayWithdraw(TARGET, NOW))).isEqualTo("NOT_THE_SOURCE_PARTNER");
            transfer.withdraw(SOURCE, "anna", NOW);
            assertThat(codeOf(transfer.mayWithdraw(SOURCE, NOW))).isEqualTo("TRANSFER_NOT_ACTIVE");
        }
    }

    @Nested
    @DisplayName("T6 the provider's decision")
    class Decision {

        @Test
        @DisplayName("reject: only the target, Rejected with the reason; accept afterwards: TRANSFER_NOT_ACTIVE")
        void reject() {
            Transfer transfer = aTransfer();
            assertThat(codeOf(transfer.mayDecide(SOURCE, NOW))).isEqualTo("NOT_THE_TARGET_PROVIDER");
            TransferEvent.Rejected event = transfer.reject(TARGET, "lars", "Not our market", NOW);

            assertThat(transfer.status()).isEqualTo(TransferStatus.REJECTED);
            assertThat(event.reason()).isEqualTo("Not our market");
            assertThat(codeOf(transfer.mayDecide(TARGET, NOW))).isEqualTo("TRANSFER_NOT_ACTIVE");
        }

        @Test
        @DisplayName("accept: InProgress and PROCESSING; the second accept is refused (TRANSFER_NOT_ACTIVE)")
        void accept() {
            Transfer transfer = aTransfer();
            transfer.accept(TARGET, "lars", NOW);

            assertThat(transfer.status()).isEqualTo(TransferStatus.IN_PROGRESS);
            assertThat(transfer.stage()).isEqualTo(TransferStage.PROCESSING);
            assertThat(codeOf(transfer.mayDecide(TARGET, NOW))).isEqualTo("TRANSFER_NOT_ACTIVE");
        }

        @Test
        @DisplayName("every group moves: Complete, awaiting the provider's verification, each line naming its new subscription")
        void complete() {
            Subscription base = anActiveSubscription();
            Subscription addOn = anAddOnOf(base);
            Transfer transfer = aTransfer(base, addOn);
            transfer.accept(TARGET, "lars", NOW);
            UUID newBase = UUID.randomUUID();
            UUID newAddOn = UUID.randomUUID();

            TransferEvent.GroupMoved moved = transfer.completeGroup(base.id(), Map.of(base.id(), newBase, addOn.id(), newAddOn), NOW);
            TransferEvent.Processed processed = transfer.finishProcessing(NOW);

            assertThat(moved.moved()).extracting(TransferEvent.GroupMoved.Moved::successorId).containsExactly(newBase, newAddOn);
            assertThat(processed.outcome()).isEqualTo(TransferStatus.COMPLETE);
            assertThat(transfer.stage()).isEqualTo(TransferStage.AWAITING_PROVIDER_VERIFICATION);
            assertThat(transfer.completedTime()).contains(NOW);
            assertThat(transfer.lines()).extracting(l -> l.newSubscriptionId().orElseThrow()).containsExactly(newBase, newAddOn);
        }

        @Test
        @DisplayName("a group whose source changed fails alone: PartiallyComplete, the failed lines say why")
        void partiallyComplete() {
            Subscription base = anActiveSubscription();
            Subscription addOn = anAddOnOf(base);
            Subscription azure = anActiveSubscription(anAzurePayg());
            Transfer transfer = aTransfer(base, addOn, azure);
            transfer.accept(TARGET, "lars", NOW);
            base.changeStatus(SubscriptionStatus.SUSPENDED, NOW);

            var failure = GroupTransferPolicy.check(transfer.pendingGroups().get(base.id()),
                    Map.of(base.id(), base, addOn.id(), addOn), SOURCE).refusals().get(0);
            transfer.failGroup(base.id(), failure, NOW);
            transfer.completeGroup(azure.id(), Map.of(azure.id(), UUID.randomUUID()), NOW);
            TransferEvent.Processed processed = transfer.finishProcessing(NOW);

            assertThat(processed.outcome()).isEqualTo(TransferStatus.PARTIALLY_COMPLETE);
            assertThat(transfer.lines()).extracting(l -> l.errorCode().orElse(null))
                    .containsExactly("SOURCE_SUBSCRIPTION_CHANGED", "TRANSFER_GROUP_FAILED", null);
            assertThat(transfer.lines().get(0).errorDescription().orElseThrow()).contains("SUSPENDED");
        }

        @Test
        @DisplayName("no group moves: Failed and ENDED")
        void failed() {
            Subscription base = anActiveSubscription();
            Transfer transfer = aTransfer(base);
            transfer.accept(TARGET, "lars", NOW);
            transfer.failGroup(base.id(), Refusal.conflict("SOURCE_SUBSCRIPTION_CHANGED", "gone").with("subscriptionId", base.id()), NOW);

            assertThat(transfer.finishProcessing(NOW).outcome()).isEqualTo(TransferStatus.FAILED);
            assertThat(transfer.stage()).isEqualTo(TransferStage.ENDED);
        }
    }

    @Nested
    @DisplayName("T7 expiry at the boundary")
    class Expiry {

        @Test
        @DisplayName("one millisecond before the expiration time: still acceptable, not due to expire")
        void justBefore() {
            Transfer transfer = aTransfer();
            Instant before = transfer.expirationTime().minusMillis(1);
            assertThat(codeOf(transfer.mayExpire(before))).isEqualTo("TRANSFER_NOT_DUE_TO_EXPIRE");
            transfer.accept(TARGET, "lars", before);
            assertThat(transfer.status()).isEqualTo(TransferStatus.IN_PROGRESS);
        }

        @Test
        @DisplayName("at exactly the expiration time: accept, reject and withdraw are refused (TRANSFER_EXPIRED) and it expires")
        void atTheBoundary() {
            Transfer transfer = aTransfer();
            Instant at = transfer.expirationTime();
            assertThat(codeOf(transfer.mayDecide(TARGET, at))).isEqualTo("TRANSFER_EXPIRED");
            assertThat(codeOf(transfer.mayDecide(TARGET, at))).isEqualTo("TRANSFER_EXPIRED");
            assertThat(codeOf(transfer.mayWithdraw(SOURCE, at))).isEqualTo("TRANSFER_EXPIRED");

            transfer.expire(at);
            assertThat(transfer.status()).isEqualTo(TransferStatus.EXPIRED);
            assertThat(transfer.stage()).isEqualTo(TransferStage.ENDED);
        }
    }

    @Test
    @DisplayName("finishing the processing of a request that was never accepted is a programming error, not a refusal")
    void finishBeforeAccept() {
        assertThatThrownBy(() -> aTransfer().finishProcessing(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("a transition whose guard refuses is a programming error too: the application answers the guard's refusal first")
    void transitionAgainstItsGuard() {
        Transfer transfer = aTransfer();
        assertThatThrownBy(() -> transfer.withdraw(TARGET, "lars", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transfer.accept(SOURCE, "anna", NOW)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> transfer.expire(NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(transfer.status()).isEqualTo(TransferStatus.ACTIVE);
    }
}
