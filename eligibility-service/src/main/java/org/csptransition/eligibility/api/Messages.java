package org.csptransition.eligibility.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages in the caller's language: English (the fallback), Swedish, Dutch and French, chosen from
 * {@code Accept-Language}. Templates are keyed by reason code; {@code {name}} is replaced by the evidence of that name.
 */
@ApplicationScoped
public class Messages {

    static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.forLanguageTag("sv"), Locale.forLanguageTag("nl"),
            Locale.FRENCH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<Locale, ResourceBundle> bundles = new ConcurrentHashMap<>();

    /** The best supported language for an {@code Accept-Language} header; English when none fits or the header is malformed. */
    public Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return found == null ? ENGLISH : found;
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    /** The message of {@code code} with its placeholders filled from {@code values}; the code itself when there is none. */
    public String format(Locale locale, String code, Map<String, ?> values) {
        String template;
        try {
            template = bundle(locale).getString(code);
        } catch (MissingResourceException e) {
            return code;
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "–" : value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private ResourceBundle bundle(Locale locale) {
        return bundles.computeIfAbsent(locale, l -> ResourceBundle.getBundle("messages.eligibility", l, NO_FALLBACK));
    }
}
