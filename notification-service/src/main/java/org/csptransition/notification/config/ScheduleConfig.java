package org.csptransition.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** When scheduled e-mails go out ({@code notification.schedule.*}). */
@ConfigMapping(prefix = "notification.schedule")
public interface ScheduleConfig {

    /** E6/N1: how long after the indirect-reseller enrollment the incentives invitation is sent (never after its due date). */
    @WithDefault("P1D")
    Duration incentivesInvitationDelay();

    /** T7/N1: how long before a transfer request expires its provider gets a reminder (none if the request is shorter). */
    @WithDefault("P3D")
    Duration transferExpiryReminderLead();

    /**
     * E5/N1: how many days before the day escalation would suspend, and before the day it would revoke, a restricted
     * partner is warned (one e-mail per lead time; a lead already past when the restriction arrives is not sent late).
     */
    @WithDefault("30,7,1")
    java.util.List<Integer> transitionDeadlineWarningLeads();
}
