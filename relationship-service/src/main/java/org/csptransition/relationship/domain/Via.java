package org.csptransition.relationship.domain;

/**
 * R2 how a partner became a partner of record: it registered or created the customer itself ({@code DIRECT}), a reseller
 * extended the relationship to it (R3, {@code EXTENSION}), or the customer accepted an invitation (R4, {@code INVITATION}).
 */
public enum Via { DIRECT, EXTENSION, INVITATION }
