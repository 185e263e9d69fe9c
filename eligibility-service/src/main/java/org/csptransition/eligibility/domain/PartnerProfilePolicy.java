package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E1 Partner profile: the PartnerID is the MPN id (digits), the country is the ISO 3166 alpha-2 code of the CSP location,
 * the preferred locale is a BCP 47 tag, and the primary contact has a work e-mail (free web-mail domains are refused).
 * Only the last four digits of a bank account are ever kept. Answers with every reason at once; never throws.
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

    /**
     * E1 a business address, when given, is complete: street (line1), city, postal code and country, each refused with
     * {@code BUSINESS_ADDRESS_INCOMPLETE} naming the missing field.
     */
    public static Outcome checkAddressComplete(PartnerProfile.Address address) {
        if (address == null) {
            return Outcome.allowed();
        }
        List<Refusal> refusals = new ArrayList<>();
        java.util.Map<String, String> required = new java.util.LinkedHashMap<>();
        required.put("line1", address.line1());
        required.put("city", address.city());
        required.put("postalCode", address.postalCode());
        required.put("country", address.country());
        required.forEach((field, value) -> {
            if (value == null || value.isBlank()) {
                refusals.add(Refusal.invalid("BUSINESS_ADDRESS_INCOMPLETE", "businessAddress." + field,
                        "The business address needs its " + field).with("missing", field));
            }
        });
        return Outcome.of(refusals);
    }

    /** Every problem of a registration's profile at once, so they can all be fixed in one go. */
    public static Outcome check(PartnerProfile profile) {
        List<Refusal> refusals = new ArrayList<>();
        if (!PARTNER_ID.matcher(profile.partnerId()).matches()) {
            refusals.add(Refusal.invalid("PARTNER_ID_NOT_DIGITS", "partnerId", "The PartnerID (MPN id) must be 1 to 10 digits"));
        }
        if (!isCountry(profile.country())) {
            refusals.add(countryNotIso3166("country"));
        }
        if (profile.partnerIdLocation() != null && !isCountry(profile.partnerIdLocation())) {
            refusals.add(countryNotIso3166("partnerIdLocation"));
        }
        if (profile.businessAddress() != null && profile.businessAddress().country() != null
                && !isCountry(profile.businessAddress().country())) {
            refusals.add(countryNotIso3166("businessAddress.country"));
        }
        refusals.addAll(checkAddressComplete(profile.businessAddress()).refusals());
        if (!isLanguageTag(profile.preferredLocale())) {
            refusals.add(localeNotBcp47());
        }
        refusals.addAll(checkWorkEmail(profile.primaryContact().email(), "primaryContact.email").refusals());
        if (profile.bankAccountLast4() != null && !LAST_FOUR.matcher(profile.bankAccountLast4()).matches()) {
            refusals.add(Refusal.invalid("BANK_ACCOUNT_NOT_LAST_FOUR", "bankInformation.accountLast4",
                    "Only the last four digits of the bank account are accepted, never the full number"));
        }
        Set<Program> seen = new HashSet<>();
        for (PartnerProfile.ProgramHolding holding : profile.programs()) {
            if (!seen.add(holding.program())) {
                refusals.add(Refusal.invalid("PROGRAM_LISTED_TWICE", "programs", "Program " + holding.program() + " is listed twice")
                        .with("program", holding.program().name()));
            }
        }
        return Outcome.of(refusals);
    }

    /**
     * A GlobalAdmin's change to its own profile, checked like a registration: a BCP 47 locale, a work e-mail for the
     * primary contact, a well-formed MPN account e-mail. Absent fields are not checked; every problem at once.
     */
    public static Outcome check(ProfileUpdate update) {
        Outcome outcome = Outcome.allowed();
        if (update.preferredLocale() != null && !isLanguageTag(update.preferredLocale())) {
            outcome = localeNotBcp47().outcome();
        }
        if (update.primaryContact() != null) {
            outcome = outcome.and(checkWorkEmail(update.primaryContact().email(), "primaryContact.email"));
        }
        if (update.mpnAccountEmail() != null) {
            outcome = outcome.and(checkEmail(update.mpnAccountEmail(), "mpnAccountEmail"));
        }
        return outcome;
    }

    /** The primary contact's e-mail must be a work address: well formed and not at a free web-mail provider. */
    public static Outcome checkWorkEmail(String email, String field) {
        Outcome wellFormed = checkEmail(email, field);
        if (wellFormed.isRefused()) {
            return wellFormed;
        }
        String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        return Outcome.refusedIf(FREE_WEBMAIL.contains(domain), Refusal.invalid("CONTACT_EMAIL_NOT_WORK_EMAIL", field,
                "The primary contact needs a work e-mail address; " + domain + " is a free web-mail provider").with("domain", domain));
    }

    /** A well-formed e-mail address: something before the {@code @}, a dotted domain after it. */
    public static Outcome checkEmail(String email, String field) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        boolean malformed = at <= 0 || at == email.length() - 1 || !email.substring(at + 1).contains(".");
        return Outcome.refusedIf(malformed, Refusal.invalid("EMAIL_INVALID", field, "The e-mail address is not valid"));
    }

    private static Refusal countryNotIso3166(String field) {
        return Refusal.invalid("COUNTRY_NOT_ISO_3166", field, "The country must be an ISO 3166 alpha-2 code such as SE, NL or FR");
    }

    private static Refusal localeNotBcp47() {
        return Refusal.invalid("LOCALE_NOT_BCP47", "preferredLocale", "The preferred locale must be a BCP 47 language tag such as sv-SE");
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
