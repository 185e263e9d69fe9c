package org.csptransition.relationship.domain;

/** R2 the role in which a partner is a partner of record of a customer. */
public enum PartnerRole { DIRECT_BILL_PARTNER, INDIRECT_RESELLER, INDIRECT_PROVIDER }
