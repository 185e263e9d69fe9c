package org.csptransition.notification.domain;

/** N2: an e-mail waits ({@code PENDING}) until the mail server accepted it ({@code SENT}) or the attempts ran out ({@code FAILED}).
 * A scheduled reminder that became pointless (its transfer was decided) is {@code CANCELLED}.
 */
public enum NotificationStatus { PENDING, SENT, FAILED, CANCELLED }
