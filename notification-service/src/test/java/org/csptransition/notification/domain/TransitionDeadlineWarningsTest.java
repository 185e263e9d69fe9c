package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@DisplayName("E5 the warnings before a restricted partner's deadline")
class TransitionDeadlineWarningsTest {

    static final Instant NOW = Instant.parse("2026-12-02T16:00:00Z");
    static final List<Integer> LEADS = List.of(30, 7, 1);

    @Test
    @DisplayName("E5: suspension in 40 days, revocation in 100: one warning 30, 7 and 1 days before each, at the start of the day (UTC)")
    void eachLeadBeforeEachDate() {
        assertThat(TransitionDeadlineWarnings.plan(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 12), LEADS, NOW))
                .extracting(TransitionDeadlineWarnings.Warning::escalation, TransitionDeadlineWarnings.Warning::leadDays,
                        TransitionDeadlineWarnings.Warning::daysBefore, TransitionDeadlineWarnings.Warning::notBefore)
                .containsExactly(
                        tuple("SUSPENDED", 30, 30, Instant.parse("2026-12-12T00:00:00Z")),
                        tuple("SUSPENDED", 7, 7, Instant.parse("2027-01-04T00:00:00Z")),
                        tuple("SUSPENDED", 1, 1, Instant.parse("2027-01-10T00:00:00Z")),
                        tuple("REVOKED", 30, 30, Instant.parse("2027-02-10T00:00:00Z")),
                        tuple("REVOKED", 7, 7, Instant.parse("2027-03-05T00:00:00Z")),
                        tuple("REVOKED", 1, 1, Instant.parse("2027-03-11T00:00:00Z")));
    }

    @Test
    @DisplayName("E5: five days left: the leads already past are not sent late one by one, only the nearest (7 days) at once, saying 5 days; the 1-day one on its day")
    void pastLeadsOnlyTheNearestAtOnce() {
        assertThat(TransitionDeadlineWarnings.plan(LocalDate.of(2026, 12, 7), null, LEADS, NOW))
                .extracting(TransitionDeadlineWarnings.Warning::leadDays, TransitionDeadlineWarnings.Warning::daysBefore,
                        TransitionDeadlineWarnings.Warning::notBefore)
                .containsExactly(tuple(1, 1, Instant.parse("2026-12-06T00:00:00Z")), tuple(7, 5, null));
    }

    @Test
    @DisplayName("E5: no dates, a date today or past, or no positive lead: no warning")
    void nothingAhead() {
        assertThat(TransitionDeadlineWarnings.plan(null, null, LEADS, NOW)).isEmpty();
        assertThat(TransitionDeadlineWarnings.plan(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 1), LEADS, NOW)).isEmpty();
        assertThat(TransitionDeadlineWarnings.plan(LocalDate.of(2027, 1, 11), null, List.of(0, -3), NOW)).isEmpty();
    }

    @Test
    @DisplayName("E5: each warning is its own fact, the same for the same event, escalation and lead (a redelivery adds none)")
    void factIds() {
        UUID event = UUID.randomUUID();
        var warnings = TransitionDeadlineWarnings.plan(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 12), LEADS, NOW);
        assertThat(warnings.stream().map(w -> w.factId(event)).distinct()).hasSize(6);
        assertThat(TransitionDeadlineWarnings.plan(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 12), LEADS, NOW.plusSeconds(60))
                .stream().map(w -> w.factId(event)).toList()).isEqualTo(warnings.stream().map(w -> w.factId(event)).toList());
    }
}
