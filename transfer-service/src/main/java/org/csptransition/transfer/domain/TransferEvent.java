package org.csptransition.transfer.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a transition of a {@link Transfer} caused; the application publishes each as its event type. */
public sealed interface TransferEvent {

    /** T3: the request was made. */
    record Created(Instant at, String by) implements TransferEvent {
    }

    /** T5 */
    record Withdrawn(Instant at, String by) implements TransferEvent {
    }

    /** T6 */
    record Rejected(Instant at, String by, String reason) implements TransferEvent {
    }

    /** T7 */
    record Expired(Instant at) implements TransferEvent {
    }

    /** T6: processing starts. */
    record Accepted(Instant at, String by) implements TransferEvent {
    }

    /**
     * T6: one transfer group moved: each original and its successor (what it did to each subscription are that
     * subscription's {@link SubscriptionEvent}s).
     */
    record GroupMoved(UUID transferGroupId, List<Moved> moved) implements TransferEvent {

        public record Moved(UUID originalId, UUID successorId) {
        }
    }

    /** T6: every group was processed: the outcome is Complete, PartiallyComplete or Failed. */
    record Processed(TransferStatus outcome, Instant at) implements TransferEvent {
    }

    /** T8 */
    record ProviderVerified(Instant at, String by) implements TransferEvent {
    }

    /** T9 */
    record PartnerVerified(Instant at, String by) implements TransferEvent {
    }
}
