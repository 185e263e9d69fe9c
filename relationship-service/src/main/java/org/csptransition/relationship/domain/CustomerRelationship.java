package org.csptransition.relationship.domain;

/** R2 a partner's existing customers are its direct-bill customers; those it gained as an indirect reseller are indirect-reseller customers. */
public enum CustomerRelationship { DIRECT_BILL_CUSTOMER, INDIRECT_RESELLER_CUSTOMER }
