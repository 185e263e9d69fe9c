package org.csptransition.notification;

import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.MailServer;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.testing.TopicReader;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Test fixtures: partners that exist only through their events, and the mailbox of one of them. */
public final class NotificationFixtures {

    private NotificationFixtures() {
    }

    /**
     * The program operator's tenant: a token with role ProgramOperator counts as the operator only from one of
     * {@code csp.security.operator-tenants} (platform-http), which in tests is this one.
     */
    public static final UUID OPERATOR_TENANT = UUID.fromString("9ab6671b-3bd1-491a-8f74-dbfc455adfc0");

    public record TestPartner(UUID tenantId, String email, String locale, String companyName) {
    }

    /** A bearer token of the program operator. */
    public static String operator(Infrastructure infra) {
        return "Bearer " + infra.jwts().token(OPERATOR_TENANT, "ProgramOperator");
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

    public static EventEnvelope publish(Infrastructure infra, EventPayload payload) {
        EventEnvelope event = EventEnvelope.wrap(UUID.randomUUID(), "/test", OffsetDateTime.now(), UUID.randomUUID().toString(), payload);
        TopicReader.publish(infra, event);
        return event;
    }

    public static MailServer.CapturedMail theOnlyMailTo(Infrastructure infra, String email) {
        await().atMost(java.time.Duration.ofSeconds(30)).until(() -> !infra.mail().messagesTo(email).isEmpty());
        List<MailServer.CapturedMail> mails = infra.mail().messagesTo(email);
        if (mails.size() != 1) {
            throw new AssertionError("expected one e-mail to " + email + " but got " + mails.size());
        }
        return mails.get(0);
    }
}
