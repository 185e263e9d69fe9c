package org.csptransition.transfer.domain;

/**
 * T1 The product types of a subscription. T11: only Office 365 license-based subscriptions and Azure pay-as-you-go
 * ({@code MS-AZR-0145P}) move by direct-to-indirect transfer; for the rest the partner cancels and buys anew through the
 * provider.
 */
public enum ProductType {
    OFFICE365_LICENSE,
    AZURE_PAYG,
    AZURE_PLAN,
    AZURE_RESERVATION,
    TERM_BASED,
    SOFTWARE,
    MARKETPLACE_SAAS,
    NCE_LICENSE;

    /** The offer id of Azure pay-as-you-go. */
    public static final String AZURE_PAYG_OFFER_ID = "MS-AZR-0145P";

    /** T11: whether a subscription of this type can move by direct-to-indirect transfer. */
    public boolean isTransferable() {
        return this == OFFICE365_LICENSE || this == AZURE_PAYG;
    }

    public boolean isAzure() {
        return this == AZURE_PAYG || this == AZURE_PLAN || this == AZURE_RESERVATION;
    }
}
