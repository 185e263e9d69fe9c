package org.csptransition.relationship.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The billing information a direct-bill partner holds for its customer; shared with a provider by an extension (R3). */
@Embeddable
public class BillingProfile {

    @Column(name = "billing_email")
    private String email;
    @Column(name = "billing_line1")
    private String line1;
    @Column(name = "billing_line2")
    private String line2;
    @Column(name = "billing_city")
    private String city;
    @Column(name = "billing_postal_code")
    private String postalCode;
    @Column(name = "billing_region")
    private String region;
    @Column(name = "billing_country")
    private String country;

    protected BillingProfile() {
        // for JPA
    }

    public BillingProfile(String email, String line1, String line2, String city, String postalCode, String region, String country) {
        this.email = email;
        this.line1 = line1;
        this.line2 = line2;
        this.city = city;
        this.postalCode = postalCode;
        this.region = region;
        this.country = country;
    }

    public String email() {
        return email;
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }

    public String region() {
        return region;
    }

    public String country() {
        return country;
    }
}
