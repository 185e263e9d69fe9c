package org.csptransition.transfer.messaging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Applies a fact to a read-model row, creating it first if needed. A new row is persisted only after the fact was applied:
 * Hibernate inserts the state an entity had when it was persisted.
 */
final class Upsert {

    private Upsert() {
    }

    static <T, I> void apply(PanacheRepositoryBase<T, I> repository, I id, Supplier<T> first, Consumer<T> fact) {
        var known = repository.findByIdOptional(id);
        T row = known.orElseGet(first);
        fact.accept(row);
        if (known.isEmpty()) {
            repository.persist(row);
        }
    }
}
