package org.csptransition.notification.domain;

import java.util.regex.Pattern;

/**
 * N1 text that reaches an e-mail header (the subject, a recipient, a name a subject shows). Whatever a producer sent, it
 * stays on one line: a line break in a company name would otherwise end the Subject header and start one of the
 * attacker's own (a {@code Bcc:}, or a blank line that moves the rest into the body). Every run of control characters
 * (CR, LF, NUL, tab, NEL …) and Unicode line or paragraph separators becomes one space (none next to a space).
 */
public final class HeaderText {

    /** RFC 5321: an address is at most 254 characters on the wire. */
    public static final int MAX_ADDRESS = 254;

    /**
     * One mailbox, nothing else: no display name, no list (a comma or semicolon would add recipients), no quoting or
     * comments, no white space: a local part, one {@code @}, a domain. Narrower than RFC 5322 on purpose; the producers
     * validate addresses more strictly still, so this only ever refuses what was never a plain address.
     */
    private static final Pattern MAILBOX = Pattern.compile("[^\\s@,;:<>()\\[\\]\"\\\\]+@[^\\s@,;:<>()\\[\\]\"\\\\]+");

    private HeaderText() {
    }

    /** The value on one line: control characters and line separators become a space, runs of them one, ends trimmed. */
    public static String singleLine(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean gap = false;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (breaksLine(cp)) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty() && !Character.isWhitespace(cp) && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString().strip();
    }

    /** Whether {@code value} is one plain e-mail address that fits an SMTP envelope. */
    public static boolean isMailbox(String value) {
        return value != null && value.length() <= MAX_ADDRESS && MAILBOX.matcher(value).matches();
    }

    /** At most {@code max} characters, never splitting a surrogate pair; {@code null} stays {@code null}. */
    public static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end).strip();
    }

    private static boolean breaksLine(int cp) {
        return Character.isISOControl(cp) || cp == '\u2028' || cp == '\u2029';
    }
}
