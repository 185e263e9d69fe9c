package org.csptransition.platform.http;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Failures that are not bugs are recognised wherever the database's error sits in them")
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    @DisplayName("a commit the database dropped (its error only suppressed in the rollback, as Narayana reports it) is 503 DATABASE_UNAVAILABLE with Retry-After, not 500")
    void commitLostWithTheDatabase() {
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception("Error trying to transactionCommit local transaction",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        Response answer = mappers.unexpected(new RuntimeException("Error invoking subclass method", rollback), null);

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(((Problem) answer.getEntity()).code()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
    }

    @Test
    @DisplayName("a failure with no database error anywhere in it stays a 500 with an error id")
    void otherFailureStaysInternal() {
        var rollback = new IllegalStateException("Could not commit transaction.");
        rollback.addSuppressed(new IllegalArgumentException("a bug"));

        Response answer = mappers.unexpected(new RuntimeException("Error invoking subclass method", rollback), null);

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(((Problem) answer.getEntity()).code()).isEqualTo("INTERNAL_ERROR");
    }
}
