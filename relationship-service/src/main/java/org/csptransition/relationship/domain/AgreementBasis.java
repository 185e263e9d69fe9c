package org.csptransition.relationship.domain;

/** R5 what an {@link AgreementStatus#ACCEPTED} rests on: the customer's own acceptance or the provider's attestation; else nothing. */
public enum AgreementBasis { CUSTOMER_ACCEPTANCE, PROVIDER_ATTESTATION, NONE }
