package org.csptransition.relationship.application;

import org.csptransition.relationship.domain.AgreementAttestationPolicy;
import org.csptransition.relationship.domain.AgreementTemplatePolicy;
import org.csptransition.relationship.domain.BillingProfileSharingPolicy;
import org.csptransition.relationship.domain.CustomerLinkPolicy;
import org.csptransition.relationship.domain.CustomerInvitationPolicy;
import org.csptransition.relationship.domain.CustomerRegistrationPolicy;
import org.csptransition.relationship.domain.NoCspToCspResalePolicy;
import org.csptransition.relationship.domain.PartnershipPolicy;
import org.csptransition.relationship.domain.ProviderDirectoryPolicy;
import org.csptransition.relationship.domain.RelationshipExtensionPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Every refusal this service gives has its text in English, Swedish, Dutch and French")
class RefusalMessagesTest {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");

    /** Where the refusal codes are declared: the rules, and the use cases that refuse a request as asked. */
    private static final List<Class<?>> DECLARING = List.of(AgreementAttestationPolicy.class, BillingProfileSharingPolicy.class,
            CustomerInvitationPolicy.class, CustomerRegistrationPolicy.class, NoCspToCspResalePolicy.class, PartnershipPolicy.class,
            ProviderDirectoryPolicy.class, RelationshipExtensionPolicy.class, KnownPartners.class, Page.Request.class,
            ProviderDirectory.class, CustomerAgreements.class, Partnerships.class, CustomerLinkPolicy.class,
            org.csptransition.relationship.web.CustomerPages.class, AgreementTemplatePolicy.class,
            org.csptransition.relationship.api.AgreementCsv.class);

    @Test
    @DisplayName("the English bundle has a text for exactly the codes the service declares (NOT_FOUND is platform-http's)")
    void englishCoversEveryCode() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Class<?> type : DECLARING) {
            Arrays.stream(type.getDeclaredFields()).filter(RefusalMessagesTest::isCode).map(RefusalMessagesTest::value)
                    .forEach(codes::add);
        }

        assertThat(new TreeSet<>(bundle("").stringPropertyNames())).isEqualTo(codes);
    }

    @ParameterizedTest(name = "{0}: every code, with the same placeholders as in English, and translated")
    @ValueSource(strings = {"sv", "nl", "fr"})
    void everyLanguageHasEveryCode(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);

        assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String code : english.stringPropertyNames()) {
            assertThat(InvitationEmailTest.parameters(translated.getProperty(code))).as("%s in %s", code, language)
                    .isEqualTo(InvitationEmailTest.parameters(english.getProperty(code)));
            assertThat(translated.getProperty(code)).as("%s in %s is translated", code, language).isNotEqualTo(english.getProperty(code));
        }
    }

    private static boolean isCode(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class
                && CODE.matcher(value(field)).matches();
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        String name = "messages/service" + suffix + ".properties";
        try (InputStream in = RefusalMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
