package org.csptransition.relationship.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A customer tenant (R2) and its partners of record. Only its parties see it: its partners of record and the customer
 * itself. It also holds the customer's own acceptance of the Microsoft Customer Agreement (R5), which carries over to
 * every provider.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "company_name")
    private String companyName;
    private String domain;
    private String country;
    @Embedded
    private BillingProfile billingProfile;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "registered_by_tenant_id")
    private UUID registeredByTenantId;
    @Column(name = "own_agreement_accepted_at")
    private Instant ownAgreementAcceptedAt;
    @Column(name = "own_agreement_accepted_by")
    private String ownAgreementAcceptedBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_of_record", joinColumns = @JoinColumn(name = "customer_tenant_id"))
    private List<PartnerOfRecord> partners = new ArrayList<>();
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Customer() {
        // for JPA
    }

    /** A customer just registered, and the event it causes. */
    public record Registered(Customer customer, RelationshipEvent.CustomerRegistered event) {
    }

    /**
     * R2: a customer tenant becomes known as {@code relationship} of {@code partnerTenantId}, with no partner of record yet
     * ({@link #addPartnerOfRecord} follows).
     */
    public static Registered register(UUID tenantId, String companyName, String domain, String country, BillingProfile billingProfile,
                                      CustomerRelationship relationship, UUID partnerTenantId, UUID registeredByTenantId, Instant now) {
        Customer customer = new Customer();
        customer.tenantId = tenantId;
        customer.companyName = companyName;
        customer.domain = domain;
        customer.country = country;
        customer.billingProfile = billingProfile;
        customer.registeredByTenantId = registeredByTenantId;
        customer.registeredAt = now;
        customer.updatedAt = now;
        return new Registered(customer, new RelationshipEvent.CustomerRegistered(tenantId, companyName, domain, country,
                relationship, partnerTenantId, registeredByTenantId, now));
    }

    /**
     * Adds the partner in the role; a partner already of record in that role gains delegated admin when the new way gives it
     * (R4 after R3). Returns the event when something changed, empty when it was already so.
     */
    public Optional<RelationshipEvent.PartnerOfRecordAdded> addPartnerOfRecord(UUID partnerTenantId, PartnerRole role,
                                                                               boolean delegatedAdmin, Via via,
                                                                               UUID introducedByTenantId, Instant now) {
        Optional<PartnerOfRecord> existing = partnerOfRecord(partnerTenantId, role);
        if (existing.isPresent()) {
            if (delegatedAdmin && !existing.get().delegatedAdmin()) {
                existing.get().grantDelegatedAdmin(via);
                updatedAt = now;
                return Optional.of(added(existing.get()));
            }
            return Optional.empty();
        }
        PartnerOfRecord newPartner = new PartnerOfRecord(partnerTenantId, role, delegatedAdmin, now, via, introducedByTenantId);
        partners.add(newPartner);
        updatedAt = now;
        return Optional.of(added(newPartner));
    }

    private RelationshipEvent.PartnerOfRecordAdded added(PartnerOfRecord partner) {
        return new RelationshipEvent.PartnerOfRecordAdded(tenantId, companyName, partner.partnerTenantId(), partner.role(),
                partner.delegatedAdmin(), partner.since(), partner.via());
    }

    /** R5: the customer's own acceptance of the Microsoft Customer Agreement; returns false when it had accepted already. */
    public boolean acceptAgreement(String user, Instant now) {
        if (ownAgreementAcceptedAt != null) {
            return false;
        }
        ownAgreementAcceptedAt = now;
        ownAgreementAcceptedBy = user;
        updatedAt = now;
        return true;
    }

    /** Its partners of record and the customer itself are its parties; nobody else sees it. */
    public boolean isParty(UUID tenant) {
        return tenantId.equals(tenant) || partners.stream().anyMatch(p -> p.partnerTenantId().equals(tenant));
    }

    public Set<PartnerRole> rolesOf(UUID tenant) {
        Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        partners.stream().filter(p -> p.partnerTenantId().equals(tenant)).forEach(p -> roles.add(p.role()));
        return roles;
    }

    public Optional<PartnerOfRecord> partnerOfRecord(UUID partnerTenantId, PartnerRole role) {
        return partners.stream().filter(p -> p.partnerTenantId().equals(partnerTenantId) && p.role() == role).findFirst();
    }

    /** In the order they became partners of record. */
    public List<PartnerOfRecord> partnersOfRecord() {
        return partners.stream().sorted(Comparator.comparing(PartnerOfRecord::since)).toList();
    }

    public List<PartnerOfRecord> providers() {
        return partnersOfRecord().stream().filter(p -> p.role() == PartnerRole.INDIRECT_PROVIDER).toList();
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String companyName() {
        return companyName;
    }

    public String domain() {
        return domain;
    }

    public String country() {
        return country;
    }

    public Optional<BillingProfile> billingProfile() {
        return Optional.ofNullable(billingProfile).filter(b -> b.email() != null || b.line1() != null || b.city() != null);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public UUID registeredByTenantId() {
        return registeredByTenantId;
    }

    public Optional<Instant> ownAgreementAcceptedAt() {
        return Optional.ofNullable(ownAgreementAcceptedAt);
    }

    public String ownAgreementAcceptedBy() {
        return ownAgreementAcceptedBy;
    }

    public long version() {
        return version;
    }
}
