package org.csptransition.relationship.application;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * R4 the e-mail draft a reseller sends its customer, in English; {@code messages/invitation_sv.properties},
 * {@code invitation_nl.properties} and {@code invitation_fr.properties} hold the same keys in Swedish, Dutch and French
 * ({@code InvitationEmailTest} checks that none is missing).
 */
@MessageBundle(value = "invitation", locale = "en")
public interface InvitationMessages {

    @Message("Invitation: reseller relationship with {resellerName} and {providerName}")
    String subject(String resellerName, String providerName);

    @Message("""
            Hello,

            {resellerName} works with {providerName} as its indirect provider in the Microsoft Cloud Solution Provider (CSP) \
            program. To buy and manage Microsoft cloud services for you, both {resellerName} and {providerName} need a reseller \
            relationship with your organisation.

            A global administrator of your organisation can authorise both relationships by following this link and accepting \
            the invitation:
            {link}

            The link can be used once and is valid until {expiresOn}. By accepting, you give {resellerName} and {providerName} \
            delegated administration privileges, and {providerName} can place orders on your behalf.

            Kind regards,
            {resellerName}""")
    String body(String resellerName, String providerName, String link, String expiresOn);
}
