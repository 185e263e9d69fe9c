package org.csptransition.notification.application;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.notification.domain.HeaderText;
import org.csptransition.notification.domain.MailTemplate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * N1 renders a template in the recipient's language: {@code en-US}, {@code sv-SE}, {@code nl-NL} or {@code fr-FR}, falling
 * back to {@code en-US} for any other locale. The first part of a template (up to the line {@code ---}) is the subject.
 * Dates are formatted for the locale by {@link #date}.
 */
@ApplicationScoped
public class MailRenderer {

    public static final List<String> SUPPORTED_LOCALES = List.of("en-US", "sv-SE", "nl-NL", "fr-FR");
    private static final String FALLBACK = "en-US";
    private static final String SUBJECT_END = "\n---\n";

    private final Engine engine;

    MailRenderer(Engine engine) {
        this.engine = engine;
    }

    /** A subject and a plain-text body in the locale actually used. */
    public record Rendered(String locale, String subject, String body) {
    }

    public Rendered render(MailTemplate mailTemplate, String requestedLocale, Map<String, Object> data) {
        String locale = supported(requestedLocale);
        Template template = engine.getTemplate("mail/" + mailTemplate.id());
        if (template == null) {
            throw new IllegalStateException("No template mail/" + mailTemplate.id());
        }
        String text = template.instance()
                .data(oneLine(data))
                .setLocale(Locale.forLanguageTag(Locale.forLanguageTag(locale).getLanguage()))
                .render();
        int end = text.indexOf(SUBJECT_END);
        if (end < 0) {
            throw new IllegalStateException("Template mail/" + mailTemplate.id() + " has no subject line followed by ---");
        }
        // the values are one line already; the subject is made one line again so no template can ever break a header
        return new Rendered(locale, HeaderText.singleLine(text.substring(0, end)),
                text.substring(end + SUBJECT_END.length()).strip() + "\n");
    }

    /**
     * The facts with every text (and every text of a list) on one line, whatever a producer sent: a name with a line
     * break must neither start a header of its own in the subject nor, with a line "---", move where the subject ends.
     */
    static Map<String, Object> oneLine(Map<String, Object> data) {
        Map<String, Object> safe = new HashMap<>();
        data.forEach((name, value) -> {
            if (value instanceof String text) {
                safe.put(name, HeaderText.singleLine(text));
            } else if (value instanceof List<?> list) {
                safe.put(name, list.stream().map(item -> item instanceof String text ? HeaderText.singleLine(text) : item).toList());
            } else {
                safe.put(name, value);
            }
        });
        return safe;
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

    /** A date as people of that locale write it, e.g. "21 november 2026" in Swedish. */
    public static String date(LocalDate date, String locale) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(supported(locale))));
    }
}
