package org.csptransition.platform.events.partner;

import org.csptransition.platform.events.EventPayload;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code partner.registered.v1}: a partner tenant became known to the suite (E1), with what the other services keep of it.
 * Program names and statuses are strings on the wire so that a consumer never breaks on a value added later.
 * {@code transitionCompletedAt} is set when the tenant is registered having already completed the transition (E6), so
 * that no consumer has to infer it from the programs; otherwise {@code indirectreseller.enrollment.completed.v1} says it.
 */
public record PartnerRegistered(
        UUID tenantId,
        String partnerId,
        String companyName,
        String country,
        String preferredLocale,
        Contact primaryContact,
        String mpnAccountEmail,
        List<Program> programs,
        Instant transitionCompletedAt) implements EventPayload {

    @Override
    public String subject() {
        return tenantId.toString();
    }

    public record Contact(String firstName, String lastName, String email) {
    }

    public record Program(String program, String status, LocalDate since) {
    }
}
