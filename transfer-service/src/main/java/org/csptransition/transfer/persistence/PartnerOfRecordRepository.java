package org.csptransition.transfer.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.transfer.domain.PartnerOfRecord;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PartnerOfRecordRepository implements PanacheRepositoryBase<PartnerOfRecord, PartnerOfRecord.Key> {

    public List<PartnerOfRecord> ofCustomer(UUID customerTenantId) {
        return list("key.customerTenantId = ?1 order by key.partnerTenantId, key.role", customerTenantId);
    }

    /** The roles in which a partner is a partner of record of a customer. */
    public Set<String> rolesOf(UUID customerTenantId, UUID partnerTenantId) {
        return find("key.customerTenantId = ?1 and key.partnerTenantId = ?2", customerTenantId, partnerTenantId)
                .stream().map(PartnerOfRecord::role).collect(Collectors.toSet());
    }
}
