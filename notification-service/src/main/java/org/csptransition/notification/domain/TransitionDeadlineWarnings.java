package org.csptransition.notification.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * E5/N1 the warnings before a restricted partner's deadline: for each date ahead on which escalation would suspend or
 * revoke its direct-bill program ({@code suspendsOn}, {@code revokesOn} of partner.program.changed.v1), one e-mail at each
 * lead time ({@code notification.schedule.transition-deadline-warning-leads}, 30, 7 and 1 days unless set), at the start
 * of that day (UTC). A lead already past when the fact arrives is not sent late one by one: only the nearest of them goes
 * at once (restricted 5 days before the suspension: the 7-day warning now, the 1-day one on its day). Each warning is its
 * own fact ({@link #factId}), derived from the event, the escalation and the lead, so a redelivered event adds none twice.
 */
public final class TransitionDeadlineWarnings {

    public static final String SUSPENDED = "SUSPENDED";
    public static final String REVOKED = "REVOKED";

    private TransitionDeadlineWarnings() {
    }

    /**
     * One warning: of which escalation, its date, the lead it stands for, how many days before the date it goes out, and
     * when ({@code null}: at once).
     */
    public record Warning(String escalation, LocalDate deadline, int leadDays, int daysBefore, Instant notBefore) {

        /** The fact id of this warning of the event {@code eventId}: the same for the same event, escalation and lead. */
        public UUID factId(UUID eventId) {
            return UUID.nameUUIDFromBytes((eventId + "/" + escalation + "/" + leadDays).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The warnings ahead of {@code suspendsOn} and {@code revokesOn} (either may be null), as of {@code now}. */
    public static List<Warning> plan(LocalDate suspendsOn, LocalDate revokesOn, List<Integer> leadDays, Instant now) {
        List<Warning> warnings = new ArrayList<>();
        plan(SUSPENDED, suspendsOn, leadDays, now).forEach(warnings::add);
        plan(REVOKED, revokesOn, leadDays, now).forEach(warnings::add);
        return warnings;
    }

    private static List<Warning> plan(String escalation, LocalDate deadline, List<Integer> leadDays, Instant now) {
        if (deadline == null) {
            return List.of();
        }
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        int daysLeft = (int) ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft <= 0) {
            return List.of();
        }
        List<Warning> warnings = new ArrayList<>();
        Optional<Integer> nearestPast = Optional.empty();
        for (int lead : leadDays.stream().filter(l -> l > 0).distinct().sorted(Comparator.reverseOrder()).toList()) {
            Instant at = deadline.minusDays(lead).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (at.isAfter(now)) {
                warnings.add(new Warning(escalation, deadline, lead, lead, at));
            } else {
                nearestPast = Optional.of(lead);
            }
        }
        nearestPast.ifPresent(lead -> warnings.add(new Warning(escalation, deadline, lead, daysLeft, null)));
        return warnings;
    }
}
