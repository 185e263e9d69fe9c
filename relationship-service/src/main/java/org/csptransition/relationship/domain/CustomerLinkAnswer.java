package org.csptransition.relationship.domain;

/** How the customer answered through a link. */
public enum CustomerLinkAnswer {
    ACCEPTED,
    DECLINED
}
