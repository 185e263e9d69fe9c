package org.csptransition.relationship.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("E5 the customers a restricted partner still has to move")
class CustomersToMoveTest {

    @Test
    @DisplayName("E5: of 5 direct-bill customers, 2 with a provider of record: 3 still to move; never more moved than there are")
    void stillToMove() {
        assertThat(new CustomersToMove(5, 2).stillToMove()).isEqualTo(3);
        assertThat(new CustomersToMove(0, 0).stillToMove()).isZero();
        assertThatThrownBy(() -> new CustomersToMove(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
