package org.csptransition.notification.delivery;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.events.partner.DirectBillCreditCheckPassed;
import org.csptransition.platform.testing.InjectInfra;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.csptransition.notification.NotificationFixtures.TestPartner;
import static org.csptransition.notification.NotificationFixtures.aRegisteredPartner;
import static org.csptransition.notification.NotificationFixtures.publish;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = SlowSmtpResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("N2 a mail server that stalls 40 s per message gets each e-mail once: no transaction around the send, a stable Message-ID")
class SlowMailServerTest {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("three e-mails to a server stalling 40 s each arrive once each, are SENT, and carry the notification's Message-ID")
    void stallingServerGetsNoDuplicate() {
        List<TestPartner> partners = List.of(aRegisteredPartner(infra, "en-US"), aRegisteredPartner(infra, "sv-SE"),
                aRegisteredPartner(infra, "nl-NL"));
        String operator = NotificationFixtures.operator(infra);

        partners.forEach(p -> publish(infra, new DirectBillCreditCheckPassed(p.tenantId(), UUID.randomUUID(), Instant.now())));

        await().atMost(Duration.ofSeconds(150)).until(() -> partners.stream().allMatch(p -> "SENT".equals(statusOf(operator, p))));
        // quiet: nothing pending and the server accepted nothing more for a while after the last SENT
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .until(() -> SlowSmtpResource.peer.accepted().size() == partners.size());
        List<String> ids = SlowSmtpResource.peer.accepted().stream().map(SlowMailServerTest::messageId).toList();
        assertThat(ids).as("one copy of each e-mail").doesNotHaveDuplicates().hasSize(partners.size());
        for (TestPartner p : partners) {
            String id = given().header("Authorization", operator).queryParam("subjectId", p.tenantId().toString())
                    .get("/v1/notifications").then().statusCode(200).body("items[0].attempts", equalTo(1))
                    .extract().path("items[0].id");
            assertThat(ids).as("the stable Message-ID of notification %s", id).contains("<" + id + "@csp-transition.example>");
        }
    }

    private static String statusOf(String operator, TestPartner partner) {
        return given().header("Authorization", operator).queryParam("subjectId", partner.tenantId().toString())
                .get("/v1/notifications").jsonPath().getString("items[0].status");
    }

    private static String messageId(String raw) {
        Matcher matcher = MESSAGE_ID.matcher(raw);
        return matcher.find() ? matcher.group(1) : "(none)";
    }
}
