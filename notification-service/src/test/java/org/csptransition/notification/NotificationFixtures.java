package org.csptransition.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.MailServer;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.testing.TopicReader;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Test fixtures: partners that exist only through their events, and the mailbox of one of them. */
public final class NotificationFixtures {

    private NotificationFixtures() {
    }

    public record TestPartner(UUID tenantId, String email, String locale, String companyName) {
    }

    /**
     * A bearer token of the program operator: role ProgramOperator from {@link Jwts#OPERATOR_TENANT}, the one tenant of
     * {@code csp.security.operator-tenants} in tests (from any other tenant the role is ignored).
     */
    public static String operator(Infrastructure infra) {
        return "Bearer " + infra.jwts().operatorToken();
    }

    /** A bearer token of {@code tenant} with {@code roles}. */
    public static String tokenOf(Infrastructure infra, UUID tenant, String... roles) {
        return "Bearer " + infra.jwts().token(tenant, roles);
    }

    /** Publishes partner.registered.v1 for a new partner with its own mailbox, in the given language. */
    public static TestPartner aRegisteredPartner(Infrastructure infra, String locale) {
        UUID tenant = UUID.randomUUID();
        String email = "contact-" + tenant.toString().substring(0, 8) + "@fabrikam.example";
        String company = "Fabrikam " + tenant.toString().substring(0, 4).toUpperCase();
        publish(infra, new PartnerRegistered(tenant, "4234567", company, "SE", locale,
                new PartnerRegistered.Contact("Eva", "Lind", email), "mpn-" + tenant.toString().substring(0, 8) + "@fabrikam.example",
                List.of(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1))), null));
        return new TestPartner(tenant, email, locale, company);
    }

    /** Publishes partner.registered.v1 for a new partner with exactly these recipient facts. */
    public static UUID aPartnerRegisteredAs(Infrastructure infra, String companyName, String firstName, String lastName,
                                            String email, String locale, String mpnAccountEmail) {
        UUID tenant = UUID.randomUUID();
        publish(infra, new PartnerRegistered(tenant, "4234567", companyName, "SE", locale,
                new PartnerRegistered.Contact(firstName, lastName, email), mpnAccountEmail,
                List.of(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1))), null));
        return tenant;
    }

    /**
     * Every message the real SMTP server received, as the raw MIME message with all its headers (the captured view of
     * {@link MailServer} shows only some of them). Read through the server's GreenMail, which it does not expose.
     */
    public static List<MimeMessage> rawMessages(Infrastructure infra) {
        try {
            Field field = MailServer.class.getDeclaredField("greenMail");
            field.setAccessible(true);
            GreenMail greenMail = (GreenMail) field.get(infra.mail());
            return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MailServer no longer holds its GreenMail in field greenMail", e);
        }
    }

    public static EventEnvelope publish(Infrastructure infra, EventPayload payload) {
        EventEnvelope event = EventEnvelope.wrap(UUID.randomUUID(), "/test", OffsetDateTime.now(), UUID.randomUUID().toString(), payload);
        TopicReader.publish(infra, event);
        return event;
    }

    /**
     * The one e-mail to {@code email}, counted once the mailbox is quiet: after the first arrives, the count must stay at
     * one for {@link #QUIET}, so a late copy fails the test instead of going unseen.
     */
    public static MailServer.CapturedMail theOnlyMailTo(Infrastructure infra, String email) {
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !infra.mail().messagesTo(email).isEmpty());
        try {
            await().during(QUIET).atMost(QUIET.multipliedBy(5)).until(() -> infra.mail().messagesTo(email).size() == 1);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("expected one e-mail to " + email + " but got " + infra.mail().messagesTo(email).size(), e);
        }
        return infra.mail().messagesTo(email).get(0);
    }

    /** How long a mailbox must not change before its e-mails are counted. */
    public static final java.time.Duration QUIET = java.time.Duration.ofSeconds(2);
}
