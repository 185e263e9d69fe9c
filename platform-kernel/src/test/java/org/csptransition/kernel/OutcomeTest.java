package org.csptransition.kernel;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Outcomes and refusals")
class OutcomeTest {

    @Test
    @DisplayName("an allowed outcome goes on; a refused one throws every reason in order")
    void allowedAndRefused() {
        Outcome.allowed().orThrow();
        Refusal a = Refusal.invalid("A", "a", "first");
        Refusal b = Refusal.conflict("B", "second");

        Outcome refused = Outcome.of(List.of(a)).and(Outcome.allowed()).and(b.outcome());

        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.refusedWith("B")).isTrue();
        assertThatThrownBy(refused::orThrow).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusals()).containsExactly(a, b));
        assertThat(Outcome.of(List.of()).isAllowed()).isTrue();
        assertThat(Outcome.refusedIf(false, a).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("the decisive refusal is of the most decisive kind, the first listed among equals")
    void decisive() {
        Refusal invalid = Refusal.invalid("INVALID_ONE", "x", "bad");
        Refusal conflict1 = Refusal.conflict("CONFLICT_ONE", "busy");
        Refusal conflict2 = Refusal.conflict("CONFLICT_TWO", "busy too");
        Refusal notFound = Refusal.notFound("Transfer", "t-1");
        Refusal later = Refusal.notYetKnown("partner", "not yet");
        Refusal forbidden = Refusal.forbidden("NOT_YOURS", "other party");

        assertThat(new RefusedException(List.of(invalid, conflict1, conflict2)).decisive()).isEqualTo(conflict1);
        assertThat(new RefusedException(List.of(conflict2, later, forbidden)).decisive()).isEqualTo(forbidden);
        assertThat(new RefusedException(List.of(forbidden, notFound)).decisive()).isEqualTo(notFound);
        assertThat(new RefusedException(List.of(invalid, later)).decisive()).isEqualTo(later);
        assertThat(new RefusedException(invalid).decisive()).isEqualTo(invalid);
    }

    @Test
    @DisplayName("a refusal carries facts for the client and can name another field")
    void context() {
        Refusal refusal = Refusal.conflict("SUBSCRIPTION_IN_ACTIVE_TRANSFER", "in transfer {transferId}")
                .with("transferId", "t-9").at("subscriptionIds[0]");

        assertThat(refusal.context()).containsEntry("transferId", "t-9");
        assertThat(refusal.field()).isEqualTo("subscriptionIds[0]");
        assertThat(Refusal.notFound("Customer", "c-1").context()).containsEntry("id", "c-1");
        assertThatThrownBy(() -> new RefusedException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
