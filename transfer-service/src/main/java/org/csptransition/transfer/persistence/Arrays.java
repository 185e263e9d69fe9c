package org.csptransition.transfer.persistence;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** A set of ids as one PostgreSQL array literal ({@code {a,b}}), bound as text and cast to {@code uuid[]} in SQL. */
final class Arrays {

    private Arrays() {
    }

    static String uuidArray(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
