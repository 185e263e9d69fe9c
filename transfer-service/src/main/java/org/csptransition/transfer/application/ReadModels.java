package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.transfer.domain.CustomerAgreement;
import org.csptransition.transfer.domain.KnownCustomer;
import org.csptransition.transfer.domain.PartnerOfRecord;
import org.csptransition.transfer.persistence.CustomerAgreementRepository;
import org.csptransition.transfer.persistence.KnownCustomerRepository;
import org.csptransition.transfer.persistence.PartnerOfRecordRepository;

import java.util.List;
import java.util.UUID;

/**
 * Reads of what this service learnt from relationship-service's events: customers, their partners of record and MCA
 * status (the partner read model and its endpoint are partner-projection's).
 */
@ApplicationScoped
public class ReadModels {

    private final KnownCustomerRepository customers;
    private final PartnerOfRecordRepository partnersOfRecord;
    private final CustomerAgreementRepository agreements;

    ReadModels(KnownCustomerRepository customers, PartnerOfRecordRepository partnersOfRecord, CustomerAgreementRepository agreements) {
        this.customers = customers;
        this.partnersOfRecord = partnersOfRecord;
        this.agreements = agreements;
    }

    /** A customer with its partners of record and MCA status per provider. */
    public record CustomerView(KnownCustomer customer, List<PartnerOfRecord> partnersOfRecord, List<CustomerAgreement> agreements) {

        /** Object-level authorisation: the customer's partners of record (and the operator, checked by the caller). */
        public boolean hasPartner(UUID tenantId) {
            return partnersOfRecord.stream().anyMatch(p -> p.partnerTenantId().equals(tenantId));
        }
    }

    /**
     * The customer as the operator or one of its partners of record sees it; for anyone else, as for a customer whose
     * events have not arrived, not found.
     */
    @Transactional
    public CustomerView customer(UUID customerTenantId, UUID caller, boolean operator) {
        return customers.findByIdOptional(customerTenantId)
                .map(c -> new CustomerView(c, partnersOfRecord.ofCustomer(customerTenantId), agreements.ofCustomer(customerTenantId)))
                .filter(view -> operator || view.hasPartner(caller))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Customer", customerTenantId)));
    }
}
