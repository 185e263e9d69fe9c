package org.csptransition.relationship.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * R4, R5 the texts of the customer pages, in English; {@code messages/page_sv.properties}, {@code page_nl.properties} and
 * {@code page_fr.properties} hold the same keys in Swedish, Dutch and French ({@code PageMessagesTest} checks none is
 * missing). Templates use them as {@code {page:…}}.
 */
@MessageBundle(value = "page", locale = "en")
public interface PageMessages {

    @Message("Microsoft Cloud Solution Provider")
    String brand();

    @Message("{resellerName} invites your organisation to work with it and {providerName}")
    String invitationTitle(String resellerName, String providerName);

    @Message("{resellerName} buys Microsoft cloud services through {providerName}, its indirect provider. To serve you, both need a reseller relationship with your organisation.")
    String invitationLead(String resellerName, String providerName);

    @Message("Who becomes a partner of record of your organisation")
    String partnersHeading();

    @Message("indirect reseller: manages your licences, users and renewals")
    String resellerRole();

    @Message("indirect provider: places orders for you")
    String providerRole();

    @Message("Both get delegated administration rights: they can administer your organisation's Microsoft cloud services.")
    String delegatedAdmin();

    @Message("Your organisation is new here: say who it is.")
    String newCustomerLead();

    @Message("Company name")
    String companyName();

    @Message("Domain (for example contoso.onmicrosoft.com)")
    String domain();

    @Message("Country (two letters, for example SE)")
    String country();

    @Message("Accept the Microsoft Customer Agreement")
    String agreementTitle();

    @Message("{customerName} accepts the Microsoft Customer Agreement itself. Your own acceptance carries over to every provider, so {providerName} can order for you without another acceptance.")
    String agreementLead(String customerName, String providerName);

    @Message("The agreement template in force: {templateId}")
    String agreementTemplate(String templateId);

    @Message("This link can be used once, until {expiresOn}.")
    String expires(String expiresOn);

    @Message("Sign in as an administrator of your organisation to answer.")
    String signInNeeded();

    @Message("Sign in")
    String signIn();

    @Message("Sign out")
    String signOut();

    @Message("Signed in as {user} (tenant {tenantId}).")
    String signedInAs(String user, String tenantId);

    @Message("Accept")
    String accept();

    @Message("Decline")
    String decline();

    @Message("Done: {resellerName} and {providerName} are now partners of record of your organisation, with delegated administration rights.")
    String invitationAccepted(String resellerName, String providerName);

    @Message("The Microsoft Customer Agreement for {providerName} is accepted.")
    String agreementAccepted(String providerName);

    @Message("The Microsoft Customer Agreement must still be accepted for {providerName}: your partner sends you the link.")
    String agreementRequired(String providerName);

    @Message("You declined. Nothing has changed, and this link can no longer be used.")
    String declined();

    @Message("This link cannot be used")
    String problemTitle();

    @Message("Sign in (development)")
    String devSignInTitle();

    @Message("For local runs and tests only: no password is asked. In production the customer signs in with the identity provider the operator configures.")
    String devSignInNote();

    @Message("Your organisation's tenant id")
    String tenantId();

    @Message("Your name")
    String yourName();
}
