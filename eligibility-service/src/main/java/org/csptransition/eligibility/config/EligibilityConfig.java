package org.csptransition.eligibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The numbers of the eligibility rules ({@code eligibility.*}): what a deployment may change without a release. */
@ConfigMapping(prefix = "eligibility")
public interface EligibilityConfig {

    Incentives incentives();

    Escalation escalation();

    CapabilityReview capabilityReview();

    Transition transition();

    interface Incentives {
        /** E6: days after the completed enrollment by which the partner is invited to enroll for indirect reseller incentives. */
        @WithDefault("30")
        int invitationDelayDays();
    }

    /** E5: the optional escalation of a restriction. Both unset (the default) means a restriction never escalates. */
    interface Escalation {
        /** Days after its restriction a still-restricted direct-bill program becomes SUSPENDED; unset = never. */
        OptionalInt suspendAfterDays();

        /** Days after its restriction a restricted or suspended direct-bill program becomes REVOKED; unset = never. */
        OptionalInt revokeAfterDays();
    }

    interface CapabilityReview {
        /** E5: a Quartz-style cron for the scheduled capability review as of the day it runs; {@code off} (the default) disables it. */
        @WithDefault("off")
        String cron();

        /**
         * E5: a running review writes how many partners it has evaluated after every this many (in a transaction of its
         * own, so GET /v1/capability-reviews/{id} shows it before the review commits).
         */
        @WithDefault("1000")
        int progressEvery();
    }

    interface Transition {
        /**
         * E6: the months (1-12) in which a direct-bill partner's anniversary must fall for it to apply (the first wave was
         * offered only to September–December anniversaries: 9,10,11,12). Unset = open to all.
         */
        Optional<List<Integer>> anniversaryMonths();
    }
}
