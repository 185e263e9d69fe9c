package org.csptransition.platform.events.transfer;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code transition-wave.completed.v1}: every customer of a transition wave has its outcome (T13): a transfer created
 * (each announced by its own {@code transfer.created.v1}) or the refusal a single create got.
 */
public record TransitionWaveCompleted(
        UUID waveId,
        UUID partnerTenantId,
        UUID providerTenantId,
        int customers,
        int created,
        int refused,
        Instant completedAt) implements EventPayload {

    @Override
    public String subject() {
        return waveId.toString();
    }
}
