package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.relationship.persistence.CustomerSearchRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** R2 the operator's search over every customer: by part of its name or domain, its country, a partner of record and its role. */
@ApplicationScoped
public class CustomerSearch {

    /** Unset fields do not filter; {@code name} and {@code domain} match a part, whatever its case. */
    public record Criteria(String name, String domain, String country, UUID partner, String role) {
    }

    public enum Sort { COMPANY_NAME, DOMAIN, COUNTRY, REGISTERED_AT }

    public record PartnerOfRecord(UUID partnerTenantId, String role) {
    }

    public record Found(UUID tenantId, String companyName, String domain, String country, Instant registeredAt,
                        List<PartnerOfRecord> partnersOfRecord) {
    }

    /** One page; {@code total} counts every customer the criteria match. */
    public record Page(List<Found> items, int total) {
    }

    private final CustomerSearchRepository repository;

    CustomerSearch(CustomerSearchRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Page page(Criteria criteria, Sort sort, boolean descending, int page, int size) {
        long offset = (long) page * size;
        var found = repository.search(new CustomerSearchRepository.Criteria(criteria.name(), criteria.domain(), criteria.country(),
                        criteria.partner(), criteria.role()), CustomerSearchRepository.Sort.valueOf(sort.name()), descending,
                (int) Math.min(offset, Integer.MAX_VALUE), size);
        return new Page(found.items().stream().map(f -> new Found(f.tenantId(), f.companyName(), f.domain(), f.country(), f.registeredAt(),
                f.partnersOfRecord().stream().map(p -> new PartnerOfRecord(p.partnerTenantId(), p.role())).toList())).toList(), found.total());
    }
}
