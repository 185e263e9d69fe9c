package org.csptransition.eligibility.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.eligibility.domain.DirectBillEnrollment;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DirectBillEnrollmentRepository implements PanacheRepositoryBase<DirectBillEnrollment, UUID> {

    /** The tenant's latest application, open or not. */
    public Optional<DirectBillEnrollment> latestOf(UUID tenantId) {
        return find("tenantId", Sort.descending("submittedAt"), tenantId).firstResultOptional();
    }
}
