package org.csptransition.eligibility.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E1 Partner profile: the PartnerID is the MPN id (digits), the country is the ISO 3166 alpha-2 code of the CSP location,
 * the preferred locale is a BCP 47 tag, and the primary contact has a work e-mail (free web-mail domains are refused).
 * Only the last four digits of a bank account are ever kept.
 */
public final class PartnerProfilePolicy {

    private static final Pattern PARTNER_ID = Pattern.compile("\\d{1,10}");
    private static final Pattern LAST_FOUR = Pattern.compile("\\d{4}");
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());
    /** Consumer mailbox providers: an e-mail there does not show that the contact speaks for the organisation. */
    private static final Set<String> FREE_WEBMAIL = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.se", "hotmail.fr", "hotmail.nl",
            "live.com", "live.se", "live.fr", "live.nl", "msn.com", "yahoo.com", "yahoo.se", "yahoo.fr", "ymail.com",
            "icloud.com", "me.com", "mac.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "gmx.fr", "mail.com",
            "protonmail.com", "proton.me", "pm.me", "yandex.com", "yandex.ru", "zoho.com", "tutanota.com", "web.de",
            "orange.fr", "free.fr", "laposte.net", "ziggo.nl", "kpnmail.nl", "telia.com", "qq.com", "163.com");

    private PartnerProfilePolicy() {
    }

    public static List<Refusal> check(PartnerProfile profile) {
        List<Refusal> refusals = new ArrayList<>();
        if (!PARTNER_ID.matcher(profile.partnerId()).matches()) {
            refusals.add(Refusal.invalid("PARTNER_ID_NOT_DIGITS", "partnerId", "The PartnerID (MPN id) must be 1 to 10 digits"));
        }
        if (!isCountry(profile.country())) {
            refusals.add(Refusal.invalid("COUNTRY_NOT_ISO_3166", "country",
                    "The country must be an ISO 3166 alpha-2 code such as SE, NL or FR"));
        }
        if (profile.businessAddress() != null && profile.businessAddress().country() != null
                && !isCountry(profile.businessAddress().country())) {
            refusals.add(Refusal.invalid("COUNTRY_NOT_ISO_3166", "businessAddress.country",
                    "The address country must be an ISO 3166 alpha-2 code"));
        }
        if (!isLanguageTag(profile.preferredLocale())) {
            refusals.add(Refusal.invalid("LOCALE_NOT_BCP47", "preferredLocale",
                    "The preferred locale must be a BCP 47 language tag such as sv-SE"));
        }
        refusals.addAll(checkWorkEmail(profile.primaryContact().email(), "primaryContact.email"));
        if (profile.bankAccountLast4() != null && !LAST_FOUR.matcher(profile.bankAccountLast4()).matches()) {
            refusals.add(Refusal.invalid("BANK_ACCOUNT_NOT_LAST_FOUR", "bankInformation.accountLast4",
                    "Only the last four digits of the bank account are accepted, never the full number"));
        }
        Set<Program> seen = new HashSet<>();
        for (PartnerProfile.ProgramHolding holding : profile.programs()) {
            if (!seen.add(holding.program())) {
                refusals.add(Refusal.invalid("PROGRAM_LISTED_TWICE", "programs", "Program " + holding.program() + " is listed twice"));
            }
        }
        return refusals;
    }

    /** The primary contact's e-mail must be a work address: well formed and not at a free web-mail provider. */
    public static List<Refusal> checkWorkEmail(String email, String field) {
        List<Refusal> malformed = checkEmail(email, field);
        if (!malformed.isEmpty()) {
            return malformed;
        }
        int at = email.lastIndexOf('@');
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (FREE_WEBMAIL.contains(domain)) {
            return List.of(Refusal.invalid("CONTACT_EMAIL_NOT_WORK_EMAIL", field,
                    "The primary contact needs a work e-mail address; " + domain + " is a free web-mail provider"));
        }
        return List.of();
    }

    /** A well-formed e-mail address: something before the {@code @}, a dotted domain after it. */
    public static List<Refusal> checkEmail(String email, String field) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at <= 0 || at == email.length() - 1 || !email.substring(at + 1).contains(".")) {
            return List.of(Refusal.invalid("EMAIL_INVALID", field, "The e-mail address is not valid"));
        }
        return List.of();
    }

    public static boolean isCountry(String code) {
        return code != null && ISO_COUNTRIES.contains(code);
    }

    public static boolean isLanguageTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return ISO_LANGUAGES.contains(locale.getLanguage()) && locale.toLanguageTag().equalsIgnoreCase(tag);
    }
}
