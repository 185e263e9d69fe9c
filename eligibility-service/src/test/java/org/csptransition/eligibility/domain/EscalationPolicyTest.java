package org.csptransition.eligibility.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E5 escalation of a restriction (off by default)")
class EscalationPolicyTest {

    static final LocalDate RESTRICTED_ON = LocalDate.of(2021, 5, 1);

    @Test
    @DisplayName("off by default: a restriction never escalates")
    void offByDefault() {
        EscalationPolicy off = new EscalationPolicy(OptionalInt.empty(), OptionalInt.empty());
        assertThat(off.enabled()).isFalse();
        assertThat(off.escalate(ProgramStatus.RESTRICTED, RESTRICTED_ON, RESTRICTED_ON.plusYears(5))).isEmpty();
    }

    @Test
    @DisplayName("SUSPENDED on the Nth day after the restriction, REVOKED on the Mth")
    void suspendThenRevoke() {
        EscalationPolicy policy = new EscalationPolicy(OptionalInt.of(30), OptionalInt.of(90));
        assertThat(policy.escalate(ProgramStatus.RESTRICTED, RESTRICTED_ON, RESTRICTED_ON.plusDays(29))).isEmpty();
        assertThat(policy.escalate(ProgramStatus.RESTRICTED, RESTRICTED_ON, RESTRICTED_ON.plusDays(30))).contains(ProgramStatus.SUSPENDED);
        assertThat(policy.escalate(ProgramStatus.SUSPENDED, RESTRICTED_ON, RESTRICTED_ON.plusDays(89))).isEmpty();
        assertThat(policy.escalate(ProgramStatus.SUSPENDED, RESTRICTED_ON, RESTRICTED_ON.plusDays(90))).contains(ProgramStatus.REVOKED);
        assertThat(policy.escalate(ProgramStatus.RESTRICTED, RESTRICTED_ON, RESTRICTED_ON.plusDays(90))).contains(ProgramStatus.REVOKED);
    }

    @Test
    @DisplayName("never touches an active or revoked program")
    void onlyRestrictedOrSuspended() {
        EscalationPolicy policy = new EscalationPolicy(OptionalInt.of(0), OptionalInt.of(0));
        assertThat(policy.escalate(ProgramStatus.ACTIVE, RESTRICTED_ON, RESTRICTED_ON)).isEmpty();
        assertThat(policy.escalate(ProgramStatus.REVOKED, RESTRICTED_ON, RESTRICTED_ON)).isEmpty();
    }

    @Test
    @DisplayName("E5 the operator's escalation dates: suspends on restriction + N days, revokes on + M; none when off or past")
    void escalationDates() {
        EscalationPolicy policy = new EscalationPolicy(OptionalInt.of(30), OptionalInt.of(90));
        assertThat(policy.suspendsOn(ProgramStatus.RESTRICTED, RESTRICTED_ON)).contains(RESTRICTED_ON.plusDays(30));
        assertThat(policy.revokesOn(ProgramStatus.RESTRICTED, RESTRICTED_ON)).contains(RESTRICTED_ON.plusDays(90));
        assertThat(policy.suspendsOn(ProgramStatus.SUSPENDED, RESTRICTED_ON)).isEmpty();
        assertThat(policy.revokesOn(ProgramStatus.SUSPENDED, RESTRICTED_ON)).contains(RESTRICTED_ON.plusDays(90));
        assertThat(policy.revokesOn(ProgramStatus.REVOKED, RESTRICTED_ON)).isEmpty();

        EscalationPolicy off = new EscalationPolicy(OptionalInt.empty(), OptionalInt.empty());
        assertThat(off.suspendsOn(ProgramStatus.RESTRICTED, RESTRICTED_ON)).isEmpty();
        assertThat(off.revokesOn(ProgramStatus.RESTRICTED, RESTRICTED_ON)).isEmpty();

        EscalationPolicy revokeFirst = new EscalationPolicy(OptionalInt.of(60), OptionalInt.of(45));
        assertThat(revokeFirst.suspendsOn(ProgramStatus.RESTRICTED, RESTRICTED_ON)).isEmpty();
        assertThat(revokeFirst.revokesOn(ProgramStatus.RESTRICTED, RESTRICTED_ON)).contains(RESTRICTED_ON.plusDays(45));
    }
}
