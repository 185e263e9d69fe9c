package org.csptransition.notification.webhook;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.MailServer;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.notification.NotificationFixtures.TestPartner;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.tokenOf;

/**
 * N4 the retry schedule over three days, on the service's clock (fixed and moved by the test): no attempt before it is
 * due, each wait the doubled one shortened by at most the jitter, and after three days the endpoint disabled and its
 * owner e-mailed. Test settings: first backoff 200 ms, at most 1 s, jitter 0.2.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N4 a failing endpoint is retried on schedule with backoff and jitter, and disabled after three days with an e-mail to its owner")
class WebhookRetryScheduleTest {

    private static final Duration FIRST = Duration.ofMillis(200);
    private static final Duration MAX = Duration.ofSeconds(1);
    private static final double JITTER = 0.2;

    @InjectInfra
    Infrastructure infra;

    @Inject
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private List<MailServer.CapturedMail> disabledMails(TestPartner owner, String subject) {
        return infra.mail().messagesTo(owner.email()).stream().filter(m -> subject.equals(m.subject())).toList();
    }

    @Test
    @DisplayName("N4 each retry comes when due and not before, waits within [0.8, 1] of the doubled wait, and three days of failures disable the endpoint and e-mail the owner in its language")
    void scheduleThenDisable() throws Exception {
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner provider = aRegisteredPartner(infra, "sv-SE");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", NotificationFixtures.operator(infra))
                .get("/v1/recipients/" + provider.tenantId()).statusCode() == 200);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(1));
        clock.fixAt(t0);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answer((id, attempt) -> 500);
            Webhooks.Endpoint endpoint = Webhooks.register(infra, provider.tenantId(), receiver.url(), List.of("transfer.created.v1"));
            String token = tokenOf(infra, provider.tenantId(), "AdminAgent");
            Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, provider);
            await().atMost(Duration.ofSeconds(30)).until(() -> Webhooks.deliveries(infra, provider.tenantId(), endpoint.id()).getList("items").size() == 1);
            String deliveryId = Webhooks.deliveries(infra, provider.tenantId(), endpoint.id()).getString("items[0].id");
            String path = "/v1/webhook-endpoints/" + endpoint.id() + "/deliveries/" + deliveryId;

            Duration base = FIRST;
            for (int attempt = 1; attempt <= 6; attempt++) {
                int expected = attempt;
                await().atMost(Duration.ofSeconds(10)).until(() -> given().header("Authorization", token).get(path).jsonPath()
                        .getList("attemptLog").size() == expected);
                // not due yet on the service's clock: nothing more is sent however long we look
                await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(3)).until(() -> receiver.received().size() == expected);
                JsonPath delivery = given().header("Authorization", token).get(path).jsonPath();
                assertThat(delivery.getString("status")).isEqualTo("PENDING");
                Instant attemptedAt = Instant.parse(delivery.getString("attemptLog[" + (attempt - 1) + "].attemptedAt"));
                Instant next = Instant.parse(delivery.getString("nextAttemptAt"));
                Duration wait = Duration.between(attemptedAt, next);
                assertThat(wait).as("wait after attempt %d", attempt)
                        .isBetween(Duration.ofMillis(Math.round(base.toMillis() * (1 - JITTER))), base);
                clock.fixAt(next);
                base = base.multipliedBy(2).compareTo(MAX) > 0 ? MAX : base.multipliedBy(2);
            }

            // three days after the first failure: the next failure disables the endpoint
            clock.fixAt(t0.plus(Duration.ofDays(3)));
            await().atMost(Duration.ofSeconds(10)).until(() -> given().header("Authorization", token)
                    .get("/v1/webhook-endpoints/" + endpoint.id()).jsonPath().getString("status").equals("DISABLED"));
            JsonPath disabled = given().header("Authorization", token).get("/v1/webhook-endpoints/" + endpoint.id()).jsonPath();
            assertThat(disabled.getString("disabledReason")).contains("every attempt failed since");
            assertThat(given().header("Authorization", token).get(path).jsonPath().getString("status")).isEqualTo("FAILED");
            // the provider also has the transfer's own e-mail: the disabling is the one with its subject, and it comes once
            String subject = provider.companyName() + ": er webhook-slutpunkt har inaktiverats";
            await().atMost(Duration.ofSeconds(30)).until(() -> disabledMails(provider, subject).size() == 1);
            await().during(NotificationFixtures.QUIET).atMost(NotificationFixtures.QUIET.multipliedBy(3))
                    .until(() -> disabledMails(provider, subject).size() == 1);
            MailServer.CapturedMail mail = disabledMails(provider, subject).get(0);
            assertThat(mail.body()).contains(receiver.url()).contains(endpoint.id());

            // a disabled endpoint receives nothing more
            int before = receiver.received().size();
            Webhooks.created(infra, UUID.randomUUID(), UUID.randomUUID(), partner, provider);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).until(() -> receiver.received().size() == before);
            assertThat(Webhooks.deliveries(infra, provider.tenantId(), endpoint.id()).getList("items")).hasSize(1);
        }
    }
}
