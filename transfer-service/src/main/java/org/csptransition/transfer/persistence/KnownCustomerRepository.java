package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.transfer.domain.KnownCustomer;

import java.util.UUID;

@ApplicationScoped
public class KnownCustomerRepository implements PanacheRepositoryBase<KnownCustomer, UUID> {
}
