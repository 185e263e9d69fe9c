package org.csptransition.relationship.application;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * R4 the e-mail draft of a customer invitation, in the reseller's language: {@code en-US}, {@code sv-SE}, {@code nl-NL} or
 * {@code fr-FR}, falling back to {@code en-US} for any other locale. The reseller sends it itself.
 */
@ApplicationScoped
public class InvitationEmail {

    public static final List<String> SUPPORTED_LOCALES = List.of("en-US", "sv-SE", "nl-NL", "fr-FR");
    private static final String FALLBACK = "en-US";

    /** The draft: subject, body with the link, and the locale it is written in. */
    public record Draft(String subject, String body, String locale) {
    }

    public Draft draft(String resellerLocale, String resellerName, String providerName, String link, Instant expiresAt) {
        String locale = supported(resellerLocale);
        Locale language = Locale.forLanguageTag(locale);
        InvitationMessages messages = MessageBundles.get(InvitationMessages.class, Localized.Literal.of(language.getLanguage()));
        String expiresOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language)
                .format(expiresAt.atZone(ZoneOffset.UTC).toLocalDate());
        return new Draft(messages.subject(resellerName, providerName), messages.body(resellerName, providerName, link, expiresOn),
                locale);
    }

    /** The supported locale of the same language, else {@code en-US}. */
    public static String supported(String requested) {
        if (requested == null || requested.isBlank()) {
            return FALLBACK;
        }
        String language = Locale.forLanguageTag(requested).getLanguage();
        return SUPPORTED_LOCALES.stream()
                .filter(l -> Locale.forLanguageTag(l).getLanguage().equals(language))
                .findFirst().orElse(FALLBACK);
    }
}
