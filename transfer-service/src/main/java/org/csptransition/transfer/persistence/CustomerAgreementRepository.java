package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.transfer.domain.CustomerAgreement;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerAgreementRepository implements PanacheRepositoryBase<CustomerAgreement, CustomerAgreement.Key> {

    public List<CustomerAgreement> ofCustomer(UUID customerTenantId) {
        return list("key.customerTenantId = ?1 order by key.providerTenantId", customerTenantId);
    }
}
