package org.csptransition.relationship.web;

import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

@DisplayName("R4, R5 the customer pages' texts in English, Swedish, Dutch and French")
class PageMessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    @ParameterizedTest(name = "{0} has every text, with the same parameters as the English one")
    @ValueSource(strings = {"sv", "nl", "fr"})
    void everyLanguageHasEveryText(String language) throws IOException {
        Map<String, String> english = Arrays.stream(PageMessages.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Message.class))
                .collect(Collectors.toMap(java.lang.reflect.Method::getName, m -> m.getAnnotation(Message.class).value()));
        Properties translated = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/page_" + language + ".properties")) {
            assertThat(in).as("messages/page_%s.properties", language).isNotNull();
            translated.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(translated.stringPropertyNames()).isEqualTo(english.keySet());
        english.forEach((key, text) -> {
            assertThat(parameters(translated.getProperty(key))).as("%s in %s", key, language).isEqualTo(parameters(text));
            if (!key.equals("brand")) {
                assertThat(translated.getProperty(key)).as("%s in %s is translated", key, language).isNotEqualTo(text);
            }
        });
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
