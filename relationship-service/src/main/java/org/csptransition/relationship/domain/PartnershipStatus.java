package org.csptransition.relationship.domain;

/** R1: a provider's invitation is {@code PENDING} until the reseller's GlobalAdmin accepts it; then the partnership is {@code ACTIVE}. */
public enum PartnershipStatus { PENDING, ACTIVE }
