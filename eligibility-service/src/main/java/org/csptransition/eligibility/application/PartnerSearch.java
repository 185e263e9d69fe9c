package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.persistence.PartnerSearchRepository;
import org.csptransition.eligibility.persistence.PartnerSearchRepository.Criteria;
import org.csptransition.eligibility.persistence.PartnerSearchRepository.Found;
import org.csptransition.eligibility.persistence.PartnerSearchRepository.Sort;

/** The operator's search over every partner: by part of its name, PartnerID, country, and a program it holds in a status. */
@ApplicationScoped
public class PartnerSearch {

    private final PartnerSearchRepository repository;

    PartnerSearch(PartnerSearchRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public PartnerSearchRepository.Page<Found> page(Criteria criteria, Sort sort, boolean descending, int page, int size) {
        long offset = (long) page * size;
        return repository.search(criteria, sort, descending, (int) Math.min(offset, Integer.MAX_VALUE), size);
    }
}
