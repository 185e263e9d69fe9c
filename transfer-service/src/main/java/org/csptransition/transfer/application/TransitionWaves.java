package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.transfer.domain.TransitionReadinessPolicy;
import org.csptransition.transfer.domain.TransitionWave;
import org.csptransition.transfer.domain.TransitionWave.ItemStatus;
import org.csptransition.transfer.domain.TransitionWavePolicy;
import org.csptransition.transfer.persistence.TransitionWaveRepository;
import org.csptransition.platform.events.transfer.TransitionWaveStarted;
import org.csptransition.platform.messaging.Outbox;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T13 Transition waves: the request (answered at once, published as transition-wave.started.v1; {@link TransitionWaveWorker} does the work), and reads of a wave by
 * its two parties. The provider sees only the customers the wave created a transfer to it for: the others are the
 * partner's business.
 */
@ApplicationScoped
public class TransitionWaves {

    public static final String TRANSITION_WAVE_EMPTY = "TRANSITION_WAVE_EMPTY";

    private static final Logger LOG = Logger.getLogger(TransitionWaves.class);

    private final TransitionWaveRepository waves;
    private final TransitionReadiness readiness;
    private final Outbox outbox;
    private final Clock clock;

    TransitionWaves(TransitionWaveRepository waves, TransitionReadiness readiness, Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.waves = waves;
        this.readiness = readiness;
        this.clock = clock;
    }

    /** One customer of a wave and its outcome so far. */
    public record Item(UUID customerTenantId, ItemStatus status, UUID transferId, String refusalCode, Instant processedAt) {
    }

    /** A wave with its counts by state and one page of its customers, as the caller may see them. */
    public record WaveView(TransitionWave wave, Map<ItemStatus, Integer> counts, List<Item> items, boolean partnerView) {
    }

    /**
     * Starts a wave of the listed customers, or (none listed) of every customer READY for the provider now (T12). The
     * provider is checked as readiness checks it (known, an active indirect provider); the customers are not: each gets
     * the outcome of a single create.
     */
    @Transactional
    public TransitionWave start(UUID partner, UUID provider, List<UUID> listed, String by) {
        List<UUID> customers;
        TransitionWave.Selection selection;
        List<TransitionReadiness.CustomerReadiness> all = readiness.all(partner, provider);
        if (listed == null) {
            selection = TransitionWave.Selection.ALL_READY;
            customers = all.stream().filter(c -> c.readiness().status() == TransitionReadinessPolicy.Status.READY)
                    .sorted(Comparator.comparing((TransitionReadiness.CustomerReadiness c) -> c.companyName() == null ? "" : c.companyName())
                            .thenComparing(TransitionReadiness.CustomerReadiness::customerTenantId))
                    .map(TransitionReadiness.CustomerReadiness::customerTenantId).limit(TransitionWavePolicy.MAX_CUSTOMERS).toList();
            if (customers.isEmpty()) {
                throw new RefusedException(Refusal.conflict(TRANSITION_WAVE_EMPTY,
                        "No customer is ready to move to the provider: the readiness of each says what it waits for"));
            }
        } else {
            selection = TransitionWave.Selection.LISTED;
            customers = listed.stream().distinct().toList();
        }
        TransitionWave wave = TransitionWave.start(UUID.randomUUID(), partner, provider, selection, by, Instant.now(clock));
        waves.persist(wave);
        waves.flush();
        waves.insertItems(wave.id(), customers);
        outbox.record(new TransitionWaveStarted(wave.id(), partner, provider, selection.name(), customers.size(), wave.createdAt(), by));
        LOG.infof("Transition wave %s started by %s: %d customer(s) to %s", wave.id(), partner, customers.size(), provider);
        return wave;
    }

    @Transactional
    public WaveView get(UUID waveId, UUID caller, int page, int size) {
        TransitionWave wave = visible(waveId, caller);
        boolean partnerView = wave.partnerTenantId().equals(caller);
        Map<ItemStatus, Integer> counts = waves.counts(waveId);
        return new WaveView(wave, counts, waves.items(waveId, !partnerView, page * size, size).stream()
                .map(i -> new Item(i.customerTenantId(), i.status(), i.transferId(), i.refusalCode(), i.processedAt())).toList(), partnerView);
    }

    /** The waves the caller asked for or is the provider of, newest first, with their counts. */
    @Transactional
    public List<WaveView> list(UUID caller, int page, int size) {
        return waves.ofParty(caller, page * size, size).stream()
                .map(w -> new WaveView(w, waves.counts(w.id()), List.of(), w.partnerTenantId().equals(caller))).toList();
    }

    @Transactional
    public long count(UUID caller) {
        return waves.countOfParty(caller);
    }

    /** The wave as one of its parties sees it; anyone else: not found, like a wave that does not exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TransitionWave visible(UUID waveId, UUID caller) {
        return waves.findByIdOptional(waveId).filter(w -> w.isParty(caller))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("TransitionWave", waveId)));
    }
}
