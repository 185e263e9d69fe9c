package org.csptransition.eligibility.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.IndirectResellerEnrollmentStatus;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndirectResellerEnrollmentRepository implements PanacheRepositoryBase<IndirectResellerEnrollment, UUID> {

    /** The tenant's enrollment that matters now: the active one if the transition completed, else the latest. */
    public Optional<IndirectResellerEnrollment> currentOf(UUID tenantId) {
        Optional<IndirectResellerEnrollment> active = find("tenantId = ?1 and status = ?2", tenantId,
                IndirectResellerEnrollmentStatus.ACTIVE).firstResultOptional();
        return active.isPresent() ? active
                : find("tenantId", Sort.descending("submittedAt"), tenantId).firstResultOptional();
    }
}
