package org.csptransition.notification.application;

import org.csptransition.kernel.Refusal;
import org.csptransition.notification.domain.MailTemplate;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.RetryPolicy;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookEndpointPolicy;
import org.csptransition.notification.domain.webhook.WebhookEndpointStatus;
import org.csptransition.notification.domain.webhook.WebhookTargetPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts of messages/service*.properties, read as the platform's Messages reads them (UTF-8, keyed by refusal code). */
@DisplayName("N2 N3 N4 every refusal of notification-service has its text in English, Swedish, Dutch and French")
class RefusalTextsTest {

    static final List<String> TRANSLATIONS = List.of("sv", "nl", "fr");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    /** One of each refusal the service makes, as it makes it. */
    static List<Refusal> everyRefusal() {
        Notification sent = Notification.pending(UUID.randomUUID(), UUID.randomUUID(), "directbill.creditcheck.passed.v1", "s",
                MailTemplate.CREDIT_CHECK_PASSED.id(), UUID.randomUUID(), "eva@fabrikam.example", "sv-SE", "S", "B", Instant.now(), null);
        sent.sent(Instant.now());
        return List.of(
                Refusal.notFound("Notification", UUID.randomUUID()),
                Recipients.notYetKnown(UUID.randomUUID()),
                RetryPolicy.check(sent).refusals().get(0),
                NotificationLog.invalidQuery("status", "status must be one of the statuses"),
                // N4 webhooks
                WebhookTargetPolicy.checkForm("ftp://hooks.example/", false).refusals().get(0),
                WebhookTargetPolicy.checkAddresses("hooks.example", List.of(InetAddress.getLoopbackAddress()), false).refusals().get(0),
                WebhookTargetPolicy.checkAddresses("hooks.example", List.of(), false).refusals().get(0),
                WebhookEndpointPolicy.checkEventTypes(List.of("transfer.teleported.v1")).refusals().get(0),
                WebhookEndpointPolicy.checkTestEvent(disabled()).refusals().get(0));
    }

    private static WebhookEndpoint disabled() {
        WebhookEndpoint endpoint = WebhookEndpoint.register(UUID.randomUUID(), UUID.randomUUID(), "https://hooks.example/", Set.of("transfer.created.v1"),
                null, "whsec_x", Instant.now());
        endpoint.change("https://hooks.example/", Set.of("transfer.created.v1"), null, WebhookEndpointStatus.DISABLED, Instant.now());
        return endpoint;
    }

    static Properties texts(String language) throws IOException {
        String name = "messages/service" + (language == null ? "" : "_" + language) + ".properties";
        Properties texts = new Properties();
        try (InputStream in = RefusalTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    @DisplayName("N2 N3 every code the service refuses with has an English text whose placeholders its context fills")
    void everyCodeHasAnEnglishText() throws IOException {
        Properties english = texts(null);
        for (Refusal refusal : everyRefusal()) {
            String text = english.getProperty(refusal.code());
            assertThat(text).as(refusal.code()).isNotBlank();
            assertThat(refusal.context().keySet()).as(refusal.code()).containsAll(placeholders(text));
        }
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(
                everyRefusal().stream().map(Refusal::code).toList());
    }

    @Test
    @DisplayName("N2 N3 Swedish, Dutch and French have every code of English, no other, each translated with the same placeholders")
    void translationsAreComplete() throws IOException {
        Properties english = texts(null);
        for (String language : TRANSLATIONS) {
            Properties translation = texts(language);
            assertThat(new TreeSet<>(translation.stringPropertyNames())).as(language).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String code : english.stringPropertyNames()) {
                String text = translation.getProperty(code);
                assertThat(placeholders(text)).as(language + " " + code).isEqualTo(placeholders(english.getProperty(code)));
                assertThat(text).as(language + " " + code + " is translated").isNotEqualTo(english.getProperty(code));
            }
        }
    }

    @Test
    @DisplayName("N3 the texts are read as UTF-8: Swedish and French letters survive")
    void utf8() throws IOException {
        assertThat(texts("sv").getProperty(RetryPolicy.NOT_FAILED)).contains("E-postmeddelandet", "bara ett");
        assertThat(texts("fr").getProperty(RetryPolicy.NOT_FAILED)).contains("à l'état", "renvoyé");
        assertThat(texts("sv").getProperty(NotificationLog.INVALID_QUERY)).contains("Frågeparametern", "godtar");
        assertThat(texts("sv").getProperty(Refusal.NOT_YET_KNOWN)).contains("försök igen");
    }
}
