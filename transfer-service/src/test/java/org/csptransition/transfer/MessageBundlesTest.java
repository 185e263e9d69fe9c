package org.csptransition.transfer;

import org.csptransition.platform.http.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of this service's refusals: one per code in each language, with the same placeholders, for every code the main
 * code refuses with (found in the sources, so a new refusal without texts fails here), and no text for a code that is
 * never produced.
 */
@DisplayName("Every refusal code of transfer-service has its text in en, sv, nl and fr, with the same placeholders")
class MessageBundlesTest {

    static final List<String> LANGUAGES = List.of("", "_sv", "_nl", "_fr");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    /** The refusals platform-http words for every service. */
    static final Set<String> PLATFORM_CODES = Set.of("NOT_FOUND", "NOT_YET_KNOWN");

    final Messages messages = new Messages();

    @Test
    @DisplayName("the four bundles have the same codes, each with the same placeholders, each translated")
    void sameCodesAndPlaceholders() {
        Properties english = bundle("");
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Properties translated = bundle(language);
            assertThat(translated.stringPropertyNames()).as("codes of service%s", language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String code : english.stringPropertyNames()) {
                assertThat(placeholders(translated.getProperty(code))).as("placeholders of %s in service%s", code, language)
                        .isEqualTo(placeholders(english.getProperty(code)));
                assertThat(translated.getProperty(code)).as("%s in service%s is translated", code, language)
                        .isNotEqualTo(english.getProperty(code));
            }
        }
    }

    @Test
    @DisplayName("every code the main code refuses with has a text here (or in platform-http), and every text here is of such a code")
    void everyProducedCode() {
        Set<String> produced = producedCodes();
        Set<String> own = new TreeSet<>(produced);
        own.removeAll(PLATFORM_CODES);

        assertThat(produced).as("codes found in src/main/java").hasSizeGreaterThan(30).containsAll(PLATFORM_CODES);
        assertThat(bundle("").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(own);
        for (String code : produced) {
            String english = messages.format(Messages.ENGLISH, code, Map.of(), null);
            assertThat(english).as("English text of %s", code).isNotBlank();
            for (Locale locale : Messages.SUPPORTED.subList(1, Messages.SUPPORTED.size())) {
                assertThat(messages.format(locale, code, Map.of(), null)).as("%s in %s", code, locale).isNotBlank().isNotEqualTo(english);
            }
        }
    }

    static Properties bundle(String language) {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/service" + language + ".properties")) {
            assertThat(in).as("messages/service%s.properties", language).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        Set<String> names = new TreeSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /**
     * The code of every refusal made in src/main/java: the first argument of each {@code Refusal} factory, a string literal
     * or a constant ({@code CODE}, {@code Other.CODE}) resolved to its literal; notFound and notYetKnown are the platform's.
     */
    static Set<String> producedCodes() {
        Pattern factory = Pattern.compile("Refusal\\.(invalid|conflict|forbidden|malformed|stale|unauthenticated|notFound|notYetKnown)"
                + "\\(\\s*(\"[^\"]*\"|[A-Za-z_.]+)");
        Pattern constant = Pattern.compile("static final String ([A-Z_]+) = (\"[A-Z_]+\"|[A-Za-z_.]+);");
        Map<String, String> source = sources();
        Map<String, String> constants = new HashMap<>();
        source.forEach((type, text) -> {
            Matcher m = constant.matcher(text);
            while (m.find()) {
                constants.put(type + "." + m.group(1), m.group(2));
            }
        });
        Set<String> codes = new TreeSet<>();
        source.forEach((type, text) -> {
            Matcher m = factory.matcher(text);
            while (m.find()) {
                switch (m.group(1)) {
                    case "notFound" -> codes.add("NOT_FOUND");
                    case "notYetKnown" -> codes.add("NOT_YET_KNOWN");
                    default -> codes.add(resolve(m.group(2), type, constants));
                }
            }
        });
        return codes;
    }

    private static String resolve(String reference, String type, Map<String, String> constants) {
        if (reference.startsWith("\"")) {
            return reference.substring(1, reference.length() - 1);
        }
        String qualified = reference.contains(".") ? reference : type + "." + reference;
        String value = constants.get(qualified);
        assertThat(value).as("the constant %s (in %s)", reference, type).isNotNull();
        String owner = qualified.substring(0, qualified.indexOf('.'));
        return resolve(value, owner, constants);
    }

    /** Each main source file's text by its type's simple name. */
    private static Map<String, String> sources() {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toMap(
                    f -> f.getFileName().toString().replace(".java", ""), MessageBundlesTest::read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
