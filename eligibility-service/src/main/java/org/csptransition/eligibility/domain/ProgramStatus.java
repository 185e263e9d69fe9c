package org.csptransition.eligibility.domain;

/** The status of one program of a tenant (E1, E5). */
public enum ProgramStatus { ACTIVE, RESTRICTED, SUSPENDED, REVOKED }
