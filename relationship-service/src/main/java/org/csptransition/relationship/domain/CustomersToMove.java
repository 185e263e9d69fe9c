package org.csptransition.relationship.domain;

/**
 * E5 the customers a restricted partner still has to move before its deadline: of its direct-bill customers (R2: it is
 * their DIRECT_BILL_PARTNER of record), those that have no indirect provider as partner of record yet. A customer counts as
 * moved once a provider is its partner of record (R3 extension or R4 invitation); its subscriptions then follow by
 * transfer (transfer-service).
 */
public record CustomersToMove(int directBillCustomers, int moved) {

    public CustomersToMove {
        if (moved < 0 || moved > directBillCustomers) {
            throw new IllegalArgumentException("moved " + moved + " of " + directBillCustomers);
        }
    }

    public int stillToMove() {
        return directBillCustomers - moved;
    }
}
