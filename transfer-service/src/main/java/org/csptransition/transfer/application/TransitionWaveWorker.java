package org.csptransition.transfer.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.RefusedException;
import org.csptransition.transfer.domain.CustomerParty;
import org.csptransition.transfer.domain.TransitionWave;
import org.csptransition.transfer.domain.TransitionWavePolicy;
import org.csptransition.transfer.persistence.CustomerPartyRepository;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransitionWaveRepository;
import org.csptransition.platform.events.transfer.TransitionWaveCompleted;
import org.csptransition.platform.messaging.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * T13 Works through the running waves, one customer per transaction (a completed wave publishes
 * transition-wave.completed.v1): the item is locked ({@code SKIP LOCKED}, so any
 * number of replicas may work at once), the transfer is created by {@link TransferRequests#create} exactly as a single
 * request would be, and the item records it in the same transaction. A refused create rolls back and its code is recorded
 * in a transaction of its own. A crash therefore leaves each customer pending (done again) or finished, never both: a
 * created transfer and its item commit together, and T4's one-active-transfer claim refuses a second request anyway.
 */
@ApplicationScoped
public class TransitionWaveWorker {

    private static final Logger LOG = Logger.getLogger(TransitionWaveWorker.class);

    private final TransitionWaveRepository waves;
    private final SubscriptionRepository subscriptions;
    private final TransferRequests requests;
    private final CustomerPartyRepository parties;
    private final Outbox outbox;
    private final Clock clock;

    TransitionWaveWorker(Outbox outbox, TransitionWaveRepository waves, SubscriptionRepository subscriptions, TransferRequests requests,
                         CustomerPartyRepository parties, Clock clock) {
        this.parties = parties;
        this.outbox = outbox;
        this.waves = waves;
        this.subscriptions = subscriptions;
        this.requests = requests;
        this.clock = clock;
    }

    /** Processes every pending customer of the running waves (oldest wave first); the number processed. */
    public int run() {
        int processed = 0;
        for (UUID wave : QuarkusTransaction.requiringNew().call(() -> waves.running(20))) {
            try {
                processed += process(wave, Integer.MAX_VALUE);
            } catch (RuntimeException e) {
                // an infrastructure failure: the customer stays pending and the next run takes it again
                LOG.warnf(e, "Transition wave %s interrupted; the next run resumes it", wave);
            }
        }
        return processed;
    }

    /** Processes at most {@code max} pending customers of the wave, then completes it if none is left. */
    public int process(UUID waveId, int max) {
        int processed = 0;
        for (Step step = step(waveId); step != Step.NONE_LEFT; step = processed < max ? step(waveId) : Step.NONE_LEFT) {
            processed += step == Step.RECORDED ? 1 : 0;
        }
        completeIfDone(waveId);
        return processed;
    }

    /** What one step did: recorded a customer's outcome, found it recorded by another worker meanwhile, or found none pending. */
    enum Step { RECORDED, RECORDED_BY_ANOTHER, NONE_LEFT }

    /** One customer; none left also when every pending one is being processed by another worker. */
    Step step(UUID waveId) {
        AtomicReference<TransitionWaveRepository.Item> taken = new AtomicReference<>();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                var item = waves.lockNextPending(waveId);
                if (item.isEmpty()) {
                    return Step.NONE_LEFT;
                }
                taken.set(item.get());
                TransitionWave wave = waves.findById(waveId);
                UUID customer = item.get().customerTenantId();
                // a stranger to the customer learns nothing more than a single create would tell it: not found
                Outcome outcome = CustomerParty.check(customer, parties.ties(customer, wave.partnerTenantId()));
                List<UUID> requested = TransitionWavePolicy.requested(subscriptions.listed(customer, wave.partnerTenantId()));
                outcome = outcome.isRefused() ? outcome : TransitionWavePolicy.check(customer, requested);
                Instant now = Instant.now(clock);
                if (outcome.isRefused()) {
                    return recorded(waves.refused(waveId, customer, outcome.refusals().get(0).code(), now));
                }
                TransferView created = requests.create(customer, wave.partnerTenantId(), wave.providerTenantId(), requested, wave.createdBy());
                return recorded(waves.created(waveId, customer, created.transfer().id(), now));
            });
        } catch (RuntimeException e) {
            RefusedException refused = refusal(e);
            if (refused == null || taken.get() == null) {
                throw e;
            }
            // the item was unlocked by the rollback: another worker may have recorded it since, and then this changes nothing
            UUID customer = taken.get().customerTenantId();
            return recorded(QuarkusTransaction.requiringNew().call(() ->
                    waves.refused(waveId, customer, refused.decisive().code(), Instant.now(clock))));
        }
    }

    private static Step recorded(boolean here) {
        return here ? Step.RECORDED : Step.RECORDED_BY_ANOTHER;
    }

    private void completeIfDone(UUID waveId) {
        QuarkusTransaction.requiringNew().run(() -> waves.locked(waveId).ifPresent(wave -> {
            // under the wave's lock: of two workers finishing its last customers, exactly one completes it and publishes
            if (wave.completeIfDone(waves.pending(waveId), Instant.now(clock))) {
                var counts = waves.counts(waveId);
                int created = counts.get(TransitionWave.ItemStatus.CREATED);
                int refused = counts.get(TransitionWave.ItemStatus.REFUSED);
                outbox.record(new TransitionWaveCompleted(waveId, wave.partnerTenantId(), wave.providerTenantId(), created + refused,
                        created, refused, wave.completedAt().orElseThrow()));
                LOG.infof("Transition wave %s completed: %d transfer(s) created, %d customer(s) refused", waveId, created, refused);
            }
        }));
    }

    private static RefusedException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedException r) {
                return r;
            }
        }
        return null;
    }
}
