package org.csptransition.eligibility.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E5 the transition deadline of a restricted partner")
class TransitionDeadlineTest {

    static final LocalDate RESTRICTED_ON = LocalDate.of(2021, 5, 1);
    static final EscalationPolicy THIRTY_THEN_NINETY = new EscalationPolicy(OptionalInt.of(30), OptionalInt.of(90));

    @Test
    @DisplayName("E5: restricted on 1 May with 30/90 days: suspended from 31 May, revoked from 30 July, counted from today")
    void datesFromTheRestriction() {
        TransitionDeadline deadline = TransitionDeadline.of(ProgramStatus.RESTRICTED, RESTRICTED_ON, THIRTY_THEN_NINETY).orElseThrow();
        assertThat(deadline.suspendsOn()).contains(LocalDate.of(2021, 5, 31));
        assertThat(deadline.revokesOn()).contains(LocalDate.of(2021, 7, 30));
        assertThat(deadline.daysUntilSuspension(LocalDate.of(2021, 5, 24))).contains(7L);
        assertThat(deadline.daysUntilRevocation(LocalDate.of(2021, 5, 24))).contains(67L);
    }

    @Test
    @DisplayName("E5: the dates are the first days on which EscalationPolicy escalates, day by day")
    void agreesWithTheEscalation() {
        for (EscalationPolicy policy : new EscalationPolicy[]{THIRTY_THEN_NINETY, new EscalationPolicy(OptionalInt.of(60), OptionalInt.of(45)),
                new EscalationPolicy(OptionalInt.of(10), OptionalInt.empty()), new EscalationPolicy(OptionalInt.empty(), OptionalInt.of(20))}) {
            TransitionDeadline deadline = TransitionDeadline.of(ProgramStatus.RESTRICTED, RESTRICTED_ON, policy).orElseThrow();
            Optional<LocalDate> firstSuspended = Optional.empty();
            Optional<LocalDate> firstRevoked = Optional.empty();
            for (LocalDate day = RESTRICTED_ON; day.isBefore(RESTRICTED_ON.plusDays(120)); day = day.plusDays(1)) {
                Optional<ProgramStatus> next = policy.escalate(ProgramStatus.RESTRICTED, RESTRICTED_ON, day);
                if (next.equals(Optional.of(ProgramStatus.SUSPENDED)) && firstSuspended.isEmpty()) {
                    firstSuspended = Optional.of(day);
                }
                if (next.equals(Optional.of(ProgramStatus.REVOKED)) && firstRevoked.isEmpty()) {
                    firstRevoked = Optional.of(day);
                }
            }
            assertThat(deadline.suspendsOn()).as("suspension under %s", policy).isEqualTo(firstSuspended);
            assertThat(deadline.revokesOn()).as("revocation under %s", policy).isEqualTo(firstRevoked);
        }
    }

    @Test
    @DisplayName("E5: once suspended only the revocation is ahead; escalation off, no dates; an active or revoked program has no deadline")
    void whatIsAhead() {
        assertThat(TransitionDeadline.of(ProgramStatus.SUSPENDED, RESTRICTED_ON, THIRTY_THEN_NINETY).orElseThrow())
                .satisfies(d -> {
                    assertThat(d.suspendsOn()).isEmpty();
                    assertThat(d.revokesOn()).contains(RESTRICTED_ON.plusDays(90));
                });
        assertThat(TransitionDeadline.of(ProgramStatus.RESTRICTED, RESTRICTED_ON, new EscalationPolicy(OptionalInt.empty(), OptionalInt.empty())))
                .hasValueSatisfying(d -> assertThat(d.suspendsOn().isEmpty() && d.revokesOn().isEmpty()).isTrue());
        assertThat(TransitionDeadline.of(ProgramStatus.ACTIVE, null, THIRTY_THEN_NINETY)).isEmpty();
        assertThat(TransitionDeadline.of(ProgramStatus.REVOKED, RESTRICTED_ON, THIRTY_THEN_NINETY)).isEmpty();
    }
}
