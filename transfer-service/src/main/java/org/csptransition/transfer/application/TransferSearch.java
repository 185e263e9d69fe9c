package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.domain.TransferStatus;
import org.csptransition.transfer.persistence.TransferSearchRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The operator's search over every transfer: by status, partner (source), provider (target), customer and creation time. */
@ApplicationScoped
public class TransferSearch {

    /** Unset fields do not filter; {@code createdFrom} is inclusive, {@code createdTo} exclusive. */
    public record Criteria(TransferStatus status, UUID partner, UUID provider, UUID customer, Instant createdFrom, Instant createdTo) {
    }

    public enum Sort { CREATED_TIME, LAST_MODIFIED_TIME, STATUS, CUSTOMER_NAME }

    /** One transfer without its lines; {@code status} in its wire spelling. */
    public record Found(UUID id, String status, String stage, UUID customerTenantId, String customerName, UUID sourcePartnerTenantId,
                        String sourcePartnerName, UUID targetPartnerTenantId, String targetPartnerName, Instant createdTime,
                        Instant completedTime, Instant lastModifiedTime) {
    }

    /** One page; {@code total} counts every transfer the criteria match. */
    public record Page(List<Found> items, int total) {
    }

    private final TransferSearchRepository repository;

    TransferSearch(TransferSearchRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public Page page(Criteria criteria, Sort sort, boolean descending, int page, int size) {
        long offset = (long) page * size;
        var found = repository.search(new TransferSearchRepository.Criteria(criteria.status(), criteria.partner(), criteria.provider(),
                        criteria.customer(), criteria.createdFrom(), criteria.createdTo()), TransferSearchRepository.Sort.valueOf(sort.name()),
                descending, (int) Math.min(offset, Integer.MAX_VALUE), size);
        return new Page(found.items().stream().map(f -> new Found(f.id(), f.status(), f.stage(), f.customerTenantId(), f.customerName(),
                f.partnerTenantId(), f.partnerName(), f.providerTenantId(), f.providerName(), f.createdTime(), f.completedTime(),
                f.lastModifiedTime())).toList(), found.total());
    }
}
