package org.csptransition.relationship.domain;

/** R5 a customer's Microsoft Customer Agreement status for one provider. */
public enum AgreementStatus { ACCEPTED, ACCEPTANCE_REQUIRED }
