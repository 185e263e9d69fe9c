package org.csptransition.notification.application;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.csptransition.notification.domain.MailTemplate;
import org.csptransition.platform.events.transfer.TransferLine;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N1 every template renders in every locale")
class MailTemplatesTest {

    /** Facts for every variable any template declares. */
    static final Map<String, Object> FACTS = Map.ofEntries(
            Map.entry("contactName", "Eva Lind"), Map.entry("partnerName", "Fabrikam AB"),
            Map.entry("reason", "Betalningsanmärkning"), Map.entry("date", "21 november 2026"),
            Map.entry("dueBy", "21 december 2026"), Map.entry("requirements", List.of("REVENUE", "INDIRECT_RESELLER_TENURE")),
            Map.entry("providerName", "Northwind AB"), Map.entry("resellerName", "Fabrikam AB"),
            Map.entry("customerName", "Contoso"), Map.entry("link", "https://example.org/accept/1"),
            Map.entry("attestedBy", "Anna Berg"), Map.entry("billingEmail", "billing@contoso.se"),
            Map.entry("billingAddress", "Stortorget 1, 211 20 Malmö, SE"),
            Map.entry("transferId", "4e8a2c6d-1b3f-4d5a-9c7e-2f4a6b8c0d1e"), Map.entry("sourcePartnerName", "Fabrikam AB"),
            Map.entry("targetPartnerName", "Northwind AB"), Map.entry("expires", "21 december 2026"),
            Map.entry("url", "https://hooks.northwind.example/csp"), Map.entry("failingSince", "18 december 2026"),
            Map.entry("endpointId", "7d2c4e1a-3b5f-4a6c-8e9d-0f1a2b3c4d5e"),
            Map.entry("escalation", "SUSPENDED"), Map.entry("deadline", "21 december 2026"), Map.entry("days", 7),
            Map.entry("lines", List.of(
                    new TransferLine(UUID.randomUUID(), "Office 365 E3", 25, "Complete", UUID.randomUUID(), null, null),
                    new TransferLine(UUID.randomUUID(), "Microsoft Azure", 1, "Failed", null, "SOURCE_SUBSCRIPTION_CHANGED",
                            "The source subscription was suspended"))));

    @Inject
    MailRenderer renderer;

    static Stream<Arguments> everyTemplateInEveryLocale() {
        return Arrays.stream(MailTemplate.values())
                .flatMap(t -> MailRenderer.SUPPORTED_LOCALES.stream().map(l -> Arguments.of(t, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyTemplateInEveryLocale")
    void rendersCompletely(MailTemplate template, String locale) {
        MailRenderer.Rendered mail = renderer.render(template, locale, FACTS);

        assertThat(mail.locale()).isEqualTo(locale);
        assertThat(mail.subject()).isNotBlank().doesNotContain("\n").containsAnyOf("Fabrikam AB", "Contoso");
        assertThat(mail.body()).contains("Eva Lind").doesNotContain("{", "}", "NOT_FOUND", "null");
    }

    @ParameterizedTest(name = "{0}: Swedish, Dutch and French differ from English")
    @MethodSource("templates")
    void translated(MailTemplate template) {
        String english = renderer.render(template, "en-US", FACTS).body();
        for (String locale : List.of("sv-SE", "nl-NL", "fr-FR")) {
            assertThat(renderer.render(template, locale, FACTS).body()).as(locale).isNotEqualTo(english);
        }
    }

    static Stream<MailTemplate> templates() {
        return Arrays.stream(MailTemplate.values());
    }

    @Test
    @DisplayName("each translation file has every key of the English bundle, and no other")
    void translationsAreComplete() throws IOException {
        Set<String> keys = Arrays.stream(MailMessages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String language : List.of("sv", "nl", "fr")) {
            Properties translation = new Properties();
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/mail_" + language + ".properties")) {
                assertThat(in).as("messages/mail_%s.properties", language).isNotNull();
                translation.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(new TreeSet<>(translation.stringPropertyNames())).as(language).isEqualTo(keys);
        }
    }

    @Test
    @DisplayName("another locale falls back to en-US; a locale of a supported language uses it")
    void fallback() {
        assertThat(MailRenderer.supported("de-DE")).isEqualTo("en-US");
        assertThat(MailRenderer.supported(null)).isEqualTo("en-US");
        assertThat(MailRenderer.supported("sv-FI")).isEqualTo("sv-SE");
        assertThat(renderer.render(MailTemplate.CREDIT_CHECK_PASSED, "de-DE", FACTS).subject())
                .isEqualTo("Fabrikam AB: your credit check has passed");
    }

    @Test
    @DisplayName("dates are written as the locale writes them")
    void datesForTheLocale() {
        LocalDate date = LocalDate.of(2026, 11, 21);
        assertThat(MailRenderer.date(date, "sv-SE")).isEqualTo("21 november 2026");
        assertThat(MailRenderer.date(date, "fr-FR")).isEqualTo("21 novembre 2026");
        assertThat(MailRenderer.date(date, "en-US")).isEqualTo("November 21, 2026");
    }
}
