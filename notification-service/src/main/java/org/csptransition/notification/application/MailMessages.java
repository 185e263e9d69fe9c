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
}
