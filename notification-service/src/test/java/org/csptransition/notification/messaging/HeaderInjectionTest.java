package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentApproved;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.partner.PartnerUpdated;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.aPartnerRegisteredAs;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.csptransition.notification.NotificationFixtures.rawMessages;
import static org.csptransition.notification.NotificationFixtures.theOnlyMailTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * The issue: a company name with a line break reached an e-mail subject unencoded, so the rest of the name became a
 * header of its own and a blank line moved attacker text into the body. Whatever a producer sends, every header of the
 * e-mail the real SMTP server receives stays the suite's own.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N1 no producer text can add or move an e-mail header")
class HeaderInjectionTest {

    private static final String ATTACK = "\r\nBcc: evil@example.com\r\n\r\nINJECTED";
    private static final String EVIL = "evil@example.com";

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("N1 a company and first name with CR LF, a Bcc line and a blank line: one recipient, no Bcc, the To intact, the subject one line")
    void lineBreaksInNamesStayInTheirHeader() throws Exception {
        String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@fabrikam.example";
        UUID tenant = aPartnerRegisteredAs(infra, "Fabrikam" + ATTACK, "Eva" + ATTACK, "Lind" + ATTACK, email, "en-US", null);
        awaitRecipient(tenant);

        EventEnvelope event = publish(infra, new DirectBillCreditCheckPassed(tenant, UUID.randomUUID(), Instant.now()));
        theOnlyMailTo(infra, email);

        // GreenMail keeps one copy per envelope recipient: exactly one copy of this event's e-mail means exactly one recipient
        List<MimeMessage> copies = rawMessages(infra).stream().filter(m -> event.id().toString().equals(header(m, "X-Event-Id"))).toList();
        assertThat(copies).hasSize(1);
        MimeMessage mail = copies.get(0);
        assertThat(mail.getHeader("Bcc")).isNull();
        // the mailer writes an empty Cc of its own: it must name nobody
        assertThat(addresses(mail.getRecipients(Message.RecipientType.CC))).isEmpty();
        assertThat(mail.getHeader("To")).hasSize(1);
        assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(email);
        assertThat(addresses(mail.getAllRecipients())).containsExactly(email);
        assertThat(infra.mail().messagesTo(EVIL)).isEmpty();

        List<String> headerNames = Collections.list(mail.getAllHeaders()).stream().map(Header::getName).toList();
        assertThat(headerNames).noneMatch(name -> name.equalsIgnoreCase("Bcc") || name.contains("INJECTED"));
        assertThat(Collections.list(mail.getAllHeaderLines())).noneMatch(line -> line.startsWith("Bcc") || line.startsWith("INJECTED"));
        String subject = mail.getSubject();
        assertThat(subject).contains("Fabrikam").doesNotContain("\r").doesNotContain("\n");
        assertThat(mail.getHeader("Subject")).hasSize(1);

        // the blank line moved nothing: the body starts with the suite's greeting, and the names stay inside their lines
        String body = infra.mail().messagesTo(email).get(0).body();
        assertThat(body.lines().findFirst().orElseThrow()).doesNotStartWith("INJECTED").contains("Eva");
        assertThat(body.lines()).noneMatch(line -> line.startsWith("Bcc:") || line.equals("INJECTED"));

        // the log shows what was sent, one line too
        given().header("Authorization", NotificationFixtures.operator(infra)).queryParam("subjectId", tenant.toString())
                .get("/v1/notifications").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].recipientEmail", equalTo(email))
                .body("items[0].subject", equalTo(subject));
    }

    @Test
    @DisplayName("N1 a contact e-mail with a Bcc line, or a list of addresses, is no recipient: the tenant is known, its e-mails are skipped until a plain address comes")
    void anAddressThatIsNotOneMailboxIsNotUsed() {
        String email = "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@fabrikam.example";
        UUID tenant = aPartnerRegisteredAs(infra, "Fabrikam", "Eva", "Lind", email + ATTACK, "en-US",
                email + ", " + EVIL);
        awaitRecipient(tenant);
        given().header("Authorization", NotificationFixtures.operator(infra)).get("/v1/recipients/" + tenant).then()
                .body("email", nullValue()).body("mpnAccountEmail", nullValue());

        publish(infra, new DirectBillCreditCheckPassed(tenant, UUID.randomUUID(), Instant.now()));
        // same key, same partition: processed after the e-mail above was (or was not) written
        publish(infra, new PartnerUpdated(tenant, "Fabrikam", "en-US", new PartnerRegistered.Contact("Eva", "Lind", email), null,
                new PartnerUpdated.Attestations(true, true, true, 1)));
        publish(infra, new IndirectResellerEnrollmentApproved(tenant, UUID.randomUUID()));
        theOnlyMailTo(infra, email);

        given().header("Authorization", NotificationFixtures.operator(infra)).queryParam("subjectId", tenant.toString())
                .get("/v1/notifications").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].template", equalTo("indirect-reseller-approved"));
        assertThat(infra.mail().messagesTo(EVIL)).isEmpty();
    }

    private void awaitRecipient(UUID tenant) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", NotificationFixtures.operator(infra))
                .get("/v1/recipients/" + tenant).statusCode() == 200);
    }

    private static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
