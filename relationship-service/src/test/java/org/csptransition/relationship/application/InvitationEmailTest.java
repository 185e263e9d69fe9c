package org.csptransition.relationship.application;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("R4 the invitation e-mail draft in the reseller's language")
class InvitationEmailTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest(name = "{0} has every message, with the same parameters as the English one")
    @ValueSource(strings = {"sv", "nl", "fr"})
    void everyLanguageHasEveryMessage(String language) throws IOException {
        Map<String, String> english = Arrays.stream(InvitationMessages.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(java.lang.reflect.Method::getName, m -> m.getAnnotation(Message.class).value()));
        Properties translated = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/invitation_" + language + ".properties")) {
            assertThat(in).as("messages/invitation_%s.properties", language).isNotNull();
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(translated.stringPropertyNames()).isEqualTo(english.keySet());
        english.forEach((key, text) -> {
            assertThat(parameters(translated.getProperty(key))).as("%s in %s", key, language).isEqualTo(parameters(text));
            assertThat(translated.getProperty(key)).as("%s in %s is translated", key, language).isNotEqualTo(text);
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"sv-SE, sv-SE", "sv, sv-SE", "nl-BE, nl-NL", "fr-FR, fr-FR", "en-GB, en-US", "de-DE, en-US", "'', en-US"})
    @DisplayName("the reseller's locale picks the language; any other falls back to en-US")
    void supportedLocale(String requested, String used) {
        assertThat(InvitationEmail.supported(requested)).isEqualTo(used);
    }

    /** The {@code {name}} placeholders of a text (also those of the refusal messages, see RefusalMessagesTest). */
    static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
