package org.csptransition.notification.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * N1 the words of every e-mail, in English; {@code messages/mail_sv.properties}, {@code mail_nl.properties} and
 * {@code mail_fr.properties} hold the same keys in Swedish, Dutch and French ({@code MailTemplatesTest} checks none is missing).
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    @Message("Hello {name},")
    String greeting(String name);

    @Message("Kind regards,\nThe CSP Transition Suite")
    String signature();

    @Message("Reference: {reference}")
    String reference(String reference);

    @Message("{partnerName}: your credit check has passed")
    String creditCheckPassedSubject(String partnerName);

    @Message("The credit check of your direct-bill application for {partnerName} has passed.")
    String creditCheckPassedBody(String partnerName);

    @Message("What to do next: buy a support plan, Advanced Support for Partners (ASFP) or Premier Support for Partners (PSFP), and record it in the suite. Your direct-bill enrollment is approved once the plan is recorded.")
    String creditCheckPassedNext();

    @Message("{partnerName}: your credit check did not pass")
    String creditCheckFailedSubject(String partnerName);

    @Message("The credit check of your direct-bill application for {partnerName} did not pass. Reason: {reason}")
    String creditCheckFailedBody(String partnerName, String reason);

    @Message("What to do next: do not buy a support plan. You can keep selling through an indirect provider as an indirect reseller.")
    String creditCheckFailedNext();

    @Message("{partnerName}: your direct-bill enrollment is approved")
    String directBillApprovedSubject(String partnerName);

    @Message("Your direct-bill enrollment for {partnerName} is approved: the direct-bill program is active from {date}.")
    String directBillApprovedBody(String partnerName, String date);

    @Message("{partnerName}: your direct-bill enrollment was rejected")
    String directBillRejectedSubject(String partnerName);

    @Message("Your direct-bill enrollment for {partnerName} was rejected. Reason: {reason}")
    String directBillRejectedBody(String partnerName, String reason);

    @Message("What to do next: you can transact through an indirect provider as an indirect reseller.")
    String directBillRejectedNext();

    @Message("{partnerName}: your indirect reseller enrollment is approved")
    String indirectResellerApprovedSubject(String partnerName);

    @Message("Your enrollment of {partnerName} as an indirect reseller is approved.")
    String indirectResellerApprovedBody(String partnerName);

    @Message("What to do next: a global admin of your tenant accepts the indirect reseller agreement. Your tenant then holds both the direct-bill and the indirect reseller programs, and you can invite indirect providers and move customers to them.")
    String indirectResellerApprovedNext();

    @Message("{partnerName}: enroll for indirect reseller incentives")
    String incentivesInvitationSubject(String partnerName);

    @Message("As an indirect reseller, {partnerName} can now enroll for the indirect reseller incentives program. Your direct-bill incentives stay separate.")
    String incentivesInvitationBody(String partnerName);

    @Message("What to do next: enroll for indirect reseller incentives before {dueBy}.")
    String incentivesInvitationNext(String dueBy);

    @Message("{partnerName}: your direct-bill capabilities are restricted")
    String capabilitiesRestrictedSubject(String partnerName);

    @Message("A capability review found that {partnerName} no longer meets the direct-bill requirements in force. Your direct-bill program is restricted from {date}.")
    String capabilitiesRestrictedBody(String partnerName, String date);

    @Message("Requirements not met:")
    String requirementsNotMet();

    @Message("While restricted you keep your existing subscriptions (seat changes and suspension still work) but cannot make new purchases, add customers or send direct reseller invitations. What to do next: meet the requirements again, or enroll as an indirect reseller and transfer your customers to an indirect provider.")
    String capabilitiesRestrictedNext();

    @Message("{partnerName}: your direct-bill program will be {#if escalation == 'REVOKED'}revoked{#else}suspended{/if} in {days} {#if days == 1}day{#else}days{/if}")
    String transitionDeadlineWarningSubject(String partnerName, String escalation, int days);

    @Message("Your direct-bill program is restricted. Unless {partnerName} moves its customers to the indirect model first, a capability review will {#if escalation == 'REVOKED'}revoke{#else}suspend{/if} it on {deadline}.")
    String transitionDeadlineWarningBody(String partnerName, String escalation, String deadline);

    @Message("What to do next: complete your enrollment as an indirect reseller if you have not yet, extend or invite each remaining customer to your indirect provider and transfer its subscriptions before {deadline}. The suite shows your deadline and the customers still to move.")
    String transitionDeadlineWarningNext(String deadline);

    @Message("{#when code}{#is 'MPN_ID'}an active MPN membership and PartnerID{#is 'ENDORSEMENT'}the authority to sign agreements for your organisation{#is 'SUPPORT'}first-level support and a support plan (ASFP or PSFP){#is 'REVENUE'}the minimum CSP revenue over the trailing twelve months{#is 'ACCOUNTS_RECEIVABLE'}customer billing and provisioning{#is 'INDIRECT_RESELLER_TENURE'}at least 12 months as an indirect reseller{#else}{code}{/when}")
    String requirement(String code);

    @Message("{providerName} invites {partnerName} to become its indirect reseller")
    String partnershipInvitedSubject(String providerName, String partnerName);

    @Message("{providerName}, an indirect provider, invites {partnerName} to partner with it as an indirect reseller.")
    String partnershipInvitedBody(String providerName, String partnerName);

    @Message("What to do next: a global admin of your tenant accepts the invitation here: {link}")
    String partnershipInvitedNext(String link);

    @Message("{resellerName} accepted your partnership invitation")
    String partnershipAcceptedSubject(String resellerName);

    @Message("{resellerName} accepted your invitation: {partnerName} is now its indirect provider.")
    String partnershipAcceptedBody(String resellerName, String partnerName);

    @Message("What to do next: {resellerName} can now extend its customers to you and request transfers of their subscriptions.")
    String partnershipAcceptedNext(String resellerName);

    @Message("{resellerName} extended its customer {customerName} to you")
    String relationshipExtendedSubject(String resellerName, String customerName);

    @Message("{resellerName} extended its reseller relationship with {customerName} to {partnerName}. You are now a partner of record of {customerName}, without delegated admin privileges. The customer's consent was attested by {attestedBy}.")
    String relationshipExtendedBody(String resellerName, String customerName, String partnerName, String attestedBy);

    @Message("Billing information shared with you: {billingEmail}, {billingAddress}")
    String relationshipExtendedBilling(String billingEmail, String billingAddress);

    @Message("What to do next: make sure {customerName} has accepted the Microsoft Customer Agreement for you; then {resellerName} can request the transfer of its subscriptions.")
    String relationshipExtendedNext(String customerName, String resellerName);

    @Message("{customerName} accepted the invitation")
    String customerInvitationAcceptedSubject(String customerName);

    @Message("{customerName} accepted the invitation of {resellerName} with {providerName} as indirect provider. Both are now partners of record of {customerName}, with delegated admin privileges.")
    String customerInvitationAcceptedBody(String customerName, String resellerName, String providerName);

    @Message("What to do next: {providerName} can now place orders for {customerName}; {resellerName} manages its licenses, users and renewals.")
    String customerInvitationAcceptedNext(String providerName, String customerName, String resellerName);

    @Message("{customerName} must accept the Microsoft Customer Agreement for {providerName}")
    String mcaAcceptanceRequiredSubject(String customerName, String providerName);

    @Message("{customerName} has no Microsoft Customer Agreement acceptance that is valid for {providerName}. An attestation by the direct-bill partner does not carry over to an indirect provider.")
    String mcaAcceptanceRequiredBody(String customerName, String providerName);

    @Message("What to do next: ask {customerName} to accept the Microsoft Customer Agreement in the Microsoft 365 admin center, or let {providerName} attest the acceptance. Subscriptions cannot be transferred until then.")
    String mcaAcceptanceRequiredNext(String customerName, String providerName);

    @Message("An administrator of {customerName} can accept it on this page (the link works once): {link}")
    String mcaAcceptanceRequiredLink(String customerName, String link);

    @Message("{sourcePartnerName} requests a transfer of {customerName}'s subscriptions to you")
    String transferCreatedSubject(String sourcePartnerName, String customerName);

    @Message("{sourcePartnerName} asks {partnerName} to take over these subscriptions of {customerName}:")
    String transferCreatedBody(String sourcePartnerName, String partnerName, String customerName);

    @Message("What to do next: accept or reject the request before {expires}. When you accept, you get new subscriptions with the same quantities.")
    String transferCreatedNext(String expires);

    @Message("Reminder: the transfer request for {customerName} expires soon")
    String transferExpiryReminderSubject(String customerName);

    @Message("The request of {sourcePartnerName} to transfer subscriptions of {customerName} to you expires on {expires}.")
    String transferExpiryReminderBody(String sourcePartnerName, String customerName, String expires);

    @Message("What to do next: accept or reject it before then; an expired request must be created again.")
    String transferExpiryReminderNext();

    @Message("- {offerName}, quantity {quantity}")
    String transferLine(String offerName, int quantity);

    @Message("- {offerName}, quantity {quantity}: transferred, new subscription {newSubscriptionId}")
    String transferLineDone(String offerName, int quantity, String newSubscriptionId);

    @Message("- {offerName}: not transferred. {error}")
    String transferLineFailed(String offerName, String error);

    @Message("The transfer request for {customerName} was rejected")
    String transferRejectedSubject(String customerName);

    @Message("{targetPartnerName} rejected the request to transfer subscriptions of {customerName}. Reason: {reason}")
    String transferRejectedBody(String targetPartnerName, String customerName, String reason);

    @Message("The transfer request for {customerName} was withdrawn")
    String transferWithdrawnSubject(String customerName);

    @Message("{sourcePartnerName} withdrew its request to transfer subscriptions of {customerName}.")
    String transferWithdrawnBody(String sourcePartnerName, String customerName);

    @Message("The transfer request for {customerName} expired")
    String transferExpiredSubject(String customerName);

    @Message("The request to transfer subscriptions of {customerName} expired on {expires} without a decision.")
    String transferExpiredBody(String customerName, String expires);

    @Message("The subscriptions stay with the direct-bill partner and are free for a new request.")
    String transferEndedNext();

    @Message("The transfer for {customerName} is complete")
    String transferCompletedSubject(String customerName);

    @Message("Every subscription of {customerName} in the request now belongs to {targetPartnerName}:")
    String transferCompletedBody(String customerName, String targetPartnerName);

    @Message("The transfer for {customerName} is partially complete")
    String transferPartiallyCompletedSubject(String customerName);

    @Message("Some subscriptions of {customerName} now belong to {targetPartnerName}; others could not be transferred:")
    String transferPartiallyCompletedBody(String customerName, String targetPartnerName);

    @Message("The transfer for {customerName} failed")
    String transferFailedSubject(String customerName);

    @Message("No subscription of {customerName} could be transferred:")
    String transferFailedBody(String customerName);

    @Message("What to do next: {targetPartnerName} verifies that the new subscriptions are listed under it (step 3); then {sourcePartnerName} verifies that the transfer is complete (step 4).")
    String transferVerifyNext(String targetPartnerName, String sourcePartnerName);

    @Message("What to do next: fix what is named above, then create a new transfer request for the subscriptions that did not move.")
    String transferFailedNext();

    @Message("{customerName}: the provider has verified the transfer")
    String transferProviderVerifiedSubject(String customerName);

    @Message("{targetPartnerName} verified that the transferred subscriptions of {customerName} are listed under it (step 3).")
    String transferProviderVerifiedBody(String targetPartnerName, String customerName);

    @Message("What to do next: verify the transfer yourself (step 4): check that the original subscriptions are no longer active, then confirm it in the suite.")
    String transferProviderVerifiedNext();

    @Message("{customerName}: the transfer is verified and closed")
    String transferPartnerVerifiedSubject(String customerName);

    @Message("{sourcePartnerName} verified the transfer of the subscriptions of {customerName} (step 4). The request is closed.")
    String transferPartnerVerifiedBody(String sourcePartnerName, String customerName);

    @Message("{partnerName}: your webhook endpoint has been disabled")
    String webhookEndpointDisabledSubject(String partnerName);

    @Message("Every delivery to your webhook endpoint {url} has failed since {failingSince}, so it has been disabled and receives no more events.")
    String webhookEndpointDisabledBody(String url, String failingSince);

    @Message("What to do next: make the endpoint answer 2xx, enable it again (PUT /v1/webhook-endpoints/{endpointId} with status ACTIVE); the events it missed are in its delivery log and can be sent again.")
    String webhookEndpointDisabledNext(String endpointId);
}
