package org.csptransition.notification.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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
@DisplayName("N2 a failing mail server delays e-mails, never loses or doubles them")
class SmtpOutageTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("a burst of events during an SMTP outage: every e-mail waits, is retried, and is sent exactly once after recovery")
    void burstDuringOutage() {
        List<TestPartner> partners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            partners.add(aRegisteredPartner(infra, i % 2 == 0 ? "en-US" : "sv-SE"));
        }
        String operator = NotificationFixtures.operator(infra);
        infra.mail().stop();
        try {
            for (TestPartner partner : partners) {
                publish(infra, new DirectBillCreditCheckPassed(partner.tenantId(), UUID.randomUUID(), Instant.now()));
            }
            // every e-mail has been tried at least once and is still pending, with the error visible
            await().atMost(Duration.ofSeconds(60)).until(() -> partners.stream().allMatch(p -> {
                var log = given().header("Authorization", operator).queryParam("subjectId", p.tenantId().toString())
                        .get("/v1/notifications").jsonPath();
                return log.getList("items").size() == 1 && log.getInt("items[0].attempts") >= 1
                        && "PENDING".equals(log.getString("items[0].status")) && log.getString("items[0].lastError") != null;
            }));
        } finally {
            infra.mail().start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> partners.stream().allMatch(p -> !infra.mail().messagesTo(p.email()).isEmpty()));
        // the server has the e-mail a moment before the sender records SENT: wait for every record, then count once quiet
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(partners).allSatisfy(p ->
                given().header("Authorization", operator).queryParam("subjectId", p.tenantId().toString()).get("/v1/notifications")
                        .then().statusCode(200).body("items[0].status", org.hamcrest.Matchers.equalTo("SENT"))));
        await().during(NotificationFixtures.QUIET).atMost(Duration.ofSeconds(30)).until(() ->
                partners.stream().allMatch(p -> infra.mail().messagesTo(p.email()).size() == 1));
    }
}
