package org.csptransition.platform.http;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts in the caller's language: English (the fallback), Swedish, Dutch and French, chosen from {@code Accept-Language}.
 * A text is keyed by its code (a refusal's or a requirement's) and looked up in the service's bundle
 * {@code messages/service} first, then in platform-http's {@code messages/platform}; {@code {name}} placeholders are
 * filled from the values of that name. Every service answers in the caller's language through this one class.
 */
@ApplicationScoped
public class Messages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, Locale.forLanguageTag("sv"), Locale.forLanguageTag("nl"),
            Locale.FRENCH);
    static final List<String> BUNDLES = List.of("messages/service", "messages/platform");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();

    /** The best supported language for an {@code Accept-Language} header; English when none fits or the header is malformed. */
    public Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 200) {
            return ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return found == null ? ENGLISH : found;
        } catch (IllegalArgumentException e) {
            return ENGLISH;
        }
    }

    /** The text of {@code code} in {@code locale}, placeholders filled from {@code values}; the code itself when there is none. */
    public String format(Locale locale, String code, Map<String, ?> values) {
        return text(locale, code, values).orElse(code);
    }

    /** The text of {@code code} in {@code locale}, placeholders filled from {@code values}, or {@code fallback} when none exists. */
    public String format(Locale locale, String code, Map<String, ?> values, String fallback) {
        return text(locale, code, values).orElse(fallback);
    }

    private Optional<String> text(Locale locale, String code, Map<String, ?> values) {
        for (String name : BUNDLES) {
            Optional<ResourceBundle> bundle = bundle(name, locale);
            if (bundle.isPresent()) {
                try {
                    return Optional.of(fill(bundle.get().getString(code), values));
                } catch (MissingResourceException e) {
                    // not in this bundle: the next one may have it
                }
            }
        }
        return Optional.empty();
    }

    private static String fill(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Object value = values == null ? null : values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "–" : value.toString()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Optional<ResourceBundle> bundle(String name, Locale locale) {
        return bundles.computeIfAbsent(name + "_" + locale.toLanguageTag(), key -> {
            try {
                // the context class loader sees the application's resources as well as this library's
                return Optional.of(ResourceBundle.getBundle(name, locale, Thread.currentThread().getContextClassLoader(), NO_FALLBACK));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
    }
}
