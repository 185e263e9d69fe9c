package org.csptransition.eligibility.domain.policy;

/** The direct-bill requirements of E2; which ones apply, and how, is decided by the policy version in force. */
public enum RequirementCode {
    MPN_ID, ENDORSEMENT, SUPPORT, REVENUE, ACCOUNTS_RECEIVABLE, MANAGED_SERVICE, INDIRECT_RESELLER_TENURE
}
