package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.transfer.domain.CustomerAgreement;
import org.csptransition.transfer.domain.KnownCustomer;
import org.csptransition.transfer.domain.KnownPartner;
import org.csptransition.transfer.domain.PartnerOfRecord;
import org.csptransition.transfer.persistence.CustomerAgreementRepository;
import org.csptransition.transfer.persistence.KnownCustomerRepository;
import org.csptransition.transfer.persistence.KnownPartnerRepository;
import org.csptransition.transfer.persistence.PartnerOfRecordRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of what this service learnt from the other services' events: partners, customers, partners of record, MCA status. */
@ApplicationScoped
public class ReadModels {

    private final KnownPartnerRepository partners;
    private final KnownCustomerRepository customers;
    private final PartnerOfRecordRepository partnersOfRecord;
    private final CustomerAgreementRepository agreements;

    ReadModels(KnownPartnerRepository partners, KnownCustomerRepository customers, PartnerOfRecordRepository partnersOfRecord,
               CustomerAgreementRepository agreements) {
        this.partners = partners;
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

    @Transactional
    public Optional<KnownPartner> partner(UUID tenantId) {
        return partners.findByIdOptional(tenantId);
    }

    @Transactional
    public Optional<CustomerView> customer(UUID customerTenantId) {
        return customers.findByIdOptional(customerTenantId).map(c -> new CustomerView(c,
                partnersOfRecord.ofCustomer(customerTenantId), agreements.ofCustomer(customerTenantId)));
    }
}
