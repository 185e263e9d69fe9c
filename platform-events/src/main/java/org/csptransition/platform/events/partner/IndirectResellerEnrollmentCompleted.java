package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code indirectreseller.enrollment.completed.v1}: the GlobalAdmin accepted the indirect reseller agreement (E6). The tenant
 * now holds both programs, irreversibly; {@code programs} lists every program it holds, as in {@code partner.registered.v1}.
 */
public record IndirectResellerEnrollmentCompleted(UUID tenantId, UUID enrollmentId, Instant completedAt,
                                                  List<PartnerRegistered.Program> programs) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }
}
