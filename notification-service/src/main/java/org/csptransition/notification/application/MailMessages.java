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
}
