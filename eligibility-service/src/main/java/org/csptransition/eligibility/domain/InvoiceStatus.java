package org.csptransition.eligibility.domain;

/** Whether the invoices behind a month's revenue were paid (E2): only paid invoices count. */
public enum InvoiceStatus { PAID, UNPAID }
