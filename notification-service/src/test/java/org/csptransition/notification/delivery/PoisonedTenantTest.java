package org.csptransition.notification.delivery;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.events.transfer.TransferCreated;
import org.csptransition.platform.events.transfer.TransferLine;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("One tenant's failing events never delay another tenant's e-mail")
class PoisonedTenantTest {

    private static final List<TransferLine> LINES = List.of(new TransferLine(UUID.randomUUID(), "Office 365 E3", 25, "Pending", null, null, null));

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("events whose recipient is not known yet are parked; a healthy tenant's e-mail behind them on the same topic arrives within 5 s; once the recipient is known, its e-mails follow, each once")
    void healthyTenantIsOnTime() {
        String operator = NotificationFixtures.operator(infra);
        TestPartner partner = aRegisteredPartner(infra, "en-US");
        TestPartner healthy = aRegisteredPartner(infra, "sv-SE");
        await().atMost(Duration.ofSeconds(30)).until(() -> known(operator, partner.tenantId()) && known(operator, healthy.tenantId()));
        UUID poisoned = UUID.randomUUID();
        List<UUID> poisonedTransfers = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            UUID transfer = UUID.randomUUID();
            poisonedTransfers.add(transfer);
            publish(infra, created(transfer, partner, poisoned, "Unknown Provider"));
        }
        long published = System.nanoTime();
        publish(infra, created(UUID.randomUUID(), partner, healthy.tenantId(), healthy.companyName()));

        await().atMost(Duration.ofSeconds(5)).until(() -> !infra.mail().messagesTo(healthy.email()).isEmpty());
        assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(5));
        await().atMost(Duration.ofSeconds(10)).until(() -> given().header("Authorization", operator)
                .get("/v1/operator/parked-events").jsonPath().getList("eventId").size() >= 4);

        String email = "contact-" + poisoned.toString().substring(0, 8) + "@provider.example";
        publish(infra, new PartnerRegistered(poisoned, "4234567", "Late Provider", "SE", "en-US",
                new PartnerRegistered.Contact("Lars", "Berg", email), null,
                List.of(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1))), null));

        await().atMost(Duration.ofSeconds(90)).until(() -> infra.mail().messagesTo(email).size() >= 4);
        // counted once the service is quiet: nothing parked, and no further copy for a while
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", operator)
                .get("/v1/operator/parked-events").jsonPath().getList("eventId").isEmpty()
                && infra.mail().messagesTo(email).size() == 4);
        assertThat(infra.mail().messagesTo(healthy.email())).hasSize(1);
        assertThat(infra.mail().messagesTo(email).stream().map(m -> m.body()))
                .allSatisfy(body -> assertThat(poisonedTransfers.stream().anyMatch(t -> body.contains(t.toString()))).isTrue());
    }

    private static TransferCreated created(UUID transfer, TestPartner partner, UUID provider, String providerName) {
        return new TransferCreated(transfer, UUID.randomUUID(), "Contoso", partner.tenantId(), partner.companyName(),
                provider, providerName, "4234567", Instant.now(), "eva@fabrikam.example", Instant.parse("2031-01-15T12:00:00Z"), LINES);
    }

    private static boolean known(String operator, UUID tenant) {
        return given().header("Authorization", operator).get("/v1/recipients/{id}", tenant).statusCode() == 200;
    }
}
