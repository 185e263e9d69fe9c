package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * R5 a partner's attestation that the customer accepted the Microsoft Customer Agreement: who at the customer (the primary
 * contact), when, and which agreement template. Made by a direct-bill partner or a provider of the customer.
 */
@Entity
@Table(name = "agreement_attestation")
public class AgreementAttestation {

    public static final String MICROSOFT_CUSTOMER_AGREEMENT = "MicrosoftCustomerAgreement";

    @Id
    private UUID id;
    @Column(name = "customer_tenant_id")
    private UUID customerTenantId;
    @Column(name = "attested_by_tenant_id")
    private UUID attestedByTenantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "attester_role")
    private PartnerRole attesterRole;
    @Column(name = "agreement_type")
    private String agreementType;
    @Column(name = "template_id")
    private String templateId;
    @Column(name = "date_agreed")
    private LocalDate dateAgreed;
    @Column(name = "contact_first_name")
    private String contactFirstName;
    @Column(name = "contact_last_name")
    private String contactLastName;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected AgreementAttestation() {
        // for JPA
    }

    public static AgreementAttestation record(UUID id, UUID customerTenantId, UUID attestedByTenantId, PartnerRole attesterRole,
                                              Attested attested, String user, Instant now) {
        AgreementAttestation attestation = new AgreementAttestation();
        attestation.id = id;
        attestation.customerTenantId = customerTenantId;
        attestation.attestedByTenantId = attestedByTenantId;
        attestation.attesterRole = attesterRole;
        attestation.agreementType = MICROSOFT_CUSTOMER_AGREEMENT;
        attestation.templateId = attested.templateId();
        attestation.dateAgreed = attested.dateAgreed();
        attestation.contactFirstName = attested.primaryContact().firstName();
        attestation.contactLastName = attested.primaryContact().lastName();
        attestation.contactEmail = attested.primaryContact().email();
        attestation.contactPhone = attested.primaryContact().phoneNumber();
        attestation.createdBy = user;
        attestation.createdAt = now;
        return attestation;
    }

    /** Whether this attestation names the same primary contact (e-mail, case-insensitive). */
    public boolean sameContact(String email) {
        return email != null && contactEmail.toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT));
    }

    public UUID id() {
        return id;
    }

    public UUID customerTenantId() {
        return customerTenantId;
    }

    public UUID attestedByTenantId() {
        return attestedByTenantId;
    }

    public PartnerRole attesterRole() {
        return attesterRole;
    }

    public String agreementType() {
        return agreementType;
    }

    public Attested attested() {
        return new Attested(templateId, dateAgreed, new Contact(contactFirstName, contactLastName, contactEmail, contactPhone));
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** What a partner attests. */
    public record Attested(String templateId, LocalDate dateAgreed, Contact primaryContact) {
    }

    /** The customer's primary contact who agreed. */
    public record Contact(String firstName, String lastName, String email, String phoneNumber) {
    }
}
