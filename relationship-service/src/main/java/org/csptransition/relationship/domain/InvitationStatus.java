package org.csptransition.relationship.domain;

/** R4 a customer invitation is {@code PENDING} until it is accepted (once) or its link expires. */
public enum InvitationStatus { PENDING, ACCEPTED, EXPIRED }
