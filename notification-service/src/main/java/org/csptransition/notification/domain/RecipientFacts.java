package org.csptransition.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * N1 what a partner event says of a recipient, made fit for the recipients table and for e-mail headers whatever the
 * producer sent. An event must never be poisoned by its recipient's text (a consumer that fails on it retries, then
 * dead-letters every e-mail of that tenant), so nothing here refuses: names become one line and are cut to their
 * column, an address that is not one plain mailbox is dropped (its e-mails are then skipped), a locale that is no
 * BCP 47 tag becomes {@code en-US}. {@link #adjustments()} says what was changed, for the log.
 *
 * <p>The columns are at least as wide as the events' bounds ({@code FieldBounds}, which eligibility enforces); the cut
 * only applies to what a producer sends beyond them.
 */
public record RecipientFacts(String displayName, String contactName, String email, String locale, String mpnAccountEmail,
                             List<String> adjustments) {

    /** Column widths of {@code recipient} (V1, V3), each at least its {@code FieldBounds} (EventFieldBoundsIT checks the columns). */
    public static final int DISPLAY_NAME = 200;
    public static final int CONTACT_NAME = 201;
    public static final int LOCALE = 35;
    public static final String FALLBACK_LOCALE = "en-US";

    /** A BCP 47 tag as the suite uses them: a language, then subtags of letters and digits (e.g. sv-SE, zh-Hant-TW). */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    public RecipientFacts {
        adjustments = List.copyOf(adjustments);
    }

    public static RecipientFacts of(UUID tenantId, String companyName, String firstName, String lastName, String email,
                                    String locale, String mpnAccountEmail) {
        List<String> adjusted = new ArrayList<>();
        String display = name("companyName", companyName, DISPLAY_NAME, adjusted);
        if (display == null || display.isEmpty()) {
            // NOT NULL, and an e-mail must name its company somehow: the tenant id is the one fact always there
            display = tenantId.toString();
            adjusted.add("companyName missing: the tenant id is shown");
        }
        String contact = name("contactName", join(firstName, lastName), CONTACT_NAME, adjusted);
        return new RecipientFacts(display, contact == null || contact.isEmpty() ? null : contact,
                address("email", email, adjusted), locale(locale, adjusted),
                address("mpnAccountEmail", mpnAccountEmail, adjusted), adjusted);
    }

    private static String join(String firstName, String lastName) {
        String first = firstName == null ? "" : firstName;
        String last = lastName == null ? "" : lastName;
        return (first + " " + last).strip();
    }

    private static String name(String field, String value, int max, List<String> adjusted) {
        String line = HeaderText.singleLine(value);
        if (line != null && !line.equals(value.strip())) {
            adjusted.add(field + " had control characters or line breaks: replaced by spaces");
        }
        String fitted = HeaderText.fit(line, max);
        if (fitted != null && fitted.length() < line.length()) {
            adjusted.add(field + " of " + line.length() + " characters cut to " + max);
        }
        return fitted;
    }

    private static String address(String field, String value, List<String> adjusted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (!HeaderText.isMailbox(trimmed)) {
            // never cut or repair an address: a changed address is somebody else's mailbox
            adjusted.add(field + " is not one plain e-mail address of at most " + HeaderText.MAX_ADDRESS
                    + " characters: dropped, its e-mails are skipped");
            return null;
        }
        return trimmed;
    }

    private static String locale(String value, List<String> adjusted) {
        if (value != null && value.length() <= LOCALE && LANGUAGE_TAG.matcher(value).matches()) {
            return value;
        }
        adjusted.add("preferredLocale is not a BCP 47 tag of at most " + LOCALE + " characters: " + FALLBACK_LOCALE + " is used");
        return FALLBACK_LOCALE;
    }
}
