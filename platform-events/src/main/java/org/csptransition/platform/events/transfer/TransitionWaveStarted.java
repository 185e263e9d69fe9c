package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code transition-wave.started.v1}: a partner asked for a transfer per customer to one provider (T13); the customers
 * are worked through in the background, and {@code transition-wave.completed.v1} follows once each has its outcome.
 */
public record TransitionWaveStarted(
        UUID waveId,
        UUID partnerTenantId,
        UUID providerTenantId,
        String selection,
        int customers,
        Instant startedAt,
        String startedBy) implements EventPayload {

    @Override
    public String subject() {
        return waveId.toString();
    }
}
