package org.csptransition.relationship.application;

import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Two requests that create the same thing at the same moment both pass their "does it exist?" check; the database's key
 * stops the second. Flushing inside the use case turns that into the refusal the first check would have given, instead of
 * a failed commit (a 500).
 */
final class Inserts {

    private static final String UNIQUE_VIOLATION = "23505";

    private Inserts() {
    }

    static void flushOrRefuse(Runnable flush, Supplier<RuntimeException> whenTaken) {
        try {
            flush.run();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw whenTaken.get();
                }
            }
            throw e;
        }
    }
}
