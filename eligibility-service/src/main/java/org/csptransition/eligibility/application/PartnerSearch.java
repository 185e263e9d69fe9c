package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.persistence.PartnerSearchRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The operator's search over every partner: by part of its name, PartnerID, country, and a program it holds in a status. */
@ApplicationScoped
public class PartnerSearch {

    /** Unset fields do not filter; {@code name} matches a part of the company name, whatever its case. */
    public record Criteria(String name, String partnerId, String country, String program, String status) {
    }

    public enum Sort { COMPANY_NAME, PARTNER_ID, COUNTRY, CREATED_AT }

    public record Held(String program, String status, LocalDate since) {
    }

    public record Found(UUID tenantId, String partnerId, String companyName, String country, Instant createdAt, List<Held> programs) {
    }

    /** One page; {@code total} counts every partner the criteria match. */
    public record Page(List<Found> items, int total) {
    }

    private final PartnerSearchRepository repository;

    PartnerSearch(PartnerSearchRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Page page(Criteria criteria, Sort sort, boolean descending, int page, int size) {
        long offset = (long) page * size;
        var found = repository.search(new PartnerSearchRepository.Criteria(criteria.name(), criteria.partnerId(), criteria.country(),
                        criteria.program(), criteria.status()), PartnerSearchRepository.Sort.valueOf(sort.name()), descending,
                (int) Math.min(offset, Integer.MAX_VALUE), size);
        return new Page(found.items().stream().map(f -> new Found(f.tenantId(), f.partnerId(), f.companyName(), f.country(), f.createdAt(),
                f.programs().stream().map(p -> new Held(p.program(), p.status(), p.since())).toList())).toList(), found.total());
    }
}
