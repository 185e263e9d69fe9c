package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * R0 what an indirect provider offers its resellers, in its own words: technical training, marketing help, financing and
 * credit terms. A field left empty means "not offered". Published by the provider itself; no event carries it.
 */
@Entity
@Table(name = "provider_offer")
public class ProviderOffer {

    @Id
    @Column(name = "provider_tenant_id")
    private UUID providerTenantId;
    private String summary;
    private String training;
    @Column(name = "marketing_help")
    private String marketingHelp;
    private String financing;
    @Column(name = "credit_terms")
    private String creditTerms;
    private String website;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected ProviderOffer() {
        // for JPA
    }

    public static ProviderOffer of(UUID providerTenantId) {
        ProviderOffer offer = new ProviderOffer();
        offer.providerTenantId = providerTenantId;
        return offer;
    }

    /** Replaces the whole offer. */
    public void publish(Terms terms, String user, Instant now) {
        this.summary = terms.summary();
        this.training = terms.training();
        this.marketingHelp = terms.marketingHelp();
        this.financing = terms.financing();
        this.creditTerms = terms.creditTerms();
        this.website = terms.website();
        this.updatedBy = user;
        this.updatedAt = now;
    }

    public UUID providerTenantId() {
        return providerTenantId;
    }

    public Terms terms() {
        return new Terms(summary, training, marketingHelp, financing, creditTerms, website);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** The words of an offer; null = not offered. */
    public record Terms(String summary, String training, String marketingHelp, String financing, String creditTerms,
                        String website) {
    }
}
