package org.csptransition.eligibility.api;

import io.restassured.http.ContentType;
import org.csptransition.eligibility.EventShapes;
import org.csptransition.eligibility.Operator;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.TopicReader;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the eligibility component tests do over HTTP, with the real infrastructure: tokens, fixtures, published events. */
final class Api {

    private final Infrastructure infra;

    Api(Infrastructure infra) {
        this.infra = infra;
    }

    String operator() {
        return Operator.bearer(infra);
    }

    String tenant(UUID tenant, String... roles) {
        return "Bearer " + infra.jwts().token(tenant, roles);
    }

    String admin(UUID tenant) {
        return tenant(tenant, "GlobalAdmin");
    }

    static String aPartnerId() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 999_999_999));
    }

    /** Registers a partner holding the given programs ({@code "DIRECT_BILL:2017-03-01"}), with an optional support plan. */
    UUID register(String supportPlan, String... programs) {
        UUID tenant = UUID.randomUUID();
        String holdings = java.util.Arrays.stream(programs).map(p -> p.split(":"))
                .map(p -> "{ \"program\": \"%s\", \"status\": \"ACTIVE\", \"since\": \"%s\" }".formatted(p[0], p[1]))
                .collect(Collectors.joining(", "));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE",
                  "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                  "mpnMembershipActive": true, "mpnAccountEmail": "mpn@fabrikam.se",
                  "programs": [ %s ] %s }
                """.formatted(tenant, aPartnerId(), holdings, supportPlan == null ? "" : ", \"supportPlan\": \"" + supportPlan + "\""))
                .when().post("/v1/partners").then().statusCode(201);
        return tenant;
    }

    /** The GlobalAdmin attests endorsement authority, first-level support, accounts receivable and one managed service. */
    void attestAll(UUID tenant) {
        given().header("Authorization", admin(tenant)).contentType(ContentType.JSON).body("""
                { "attestations": { "endorsementAuthority": true, "firstLevelSupport": true, "accountsReceivable": true,
                                    "managedServices": 1 } }""")
                .when().patch("/v1/partners/" + tenant).then().statusCode(200);
    }

    void revenue(UUID tenant, String month, String usd, String category, String invoiceStatus) {
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("""
                { "records": [ { "month": "%s", "amountUsd": "%s", "category": "%s", "invoiceStatus": "%s", "role": "INDIRECT_RESELLER" } ] }
                """.formatted(month, usd, category, invoiceStatus))
                .when().post("/v1/partners/" + tenant + "/revenue-records").then().statusCode(200);
    }

    /** Twelve paid cloud months of {@code monthlyUsd} ending with {@code last}. */
    void twelveMonths(UUID tenant, YearMonth last, String monthlyUsd) {
        String records = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "{ \"month\": \"%s\", \"amountUsd\": \"%s\", \"category\": \"CLOUD\", \"invoiceStatus\": \"PAID\", \"role\": \"INDIRECT_RESELLER\" }"
                        .formatted(last.minusMonths(i), monthlyUsd))
                .collect(Collectors.joining(", "));
        given().header("Authorization", operator()).contentType(ContentType.JSON).body("{ \"records\": [ " + records + " ] }")
                .when().post("/v1/partners/" + tenant + "/revenue-records").then().statusCode(200);
    }

    /** The last full month before today: revenue that counts for an evaluation as of today. */
    static YearMonth lastFullMonth() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    }

    /** Waits for the events about {@code tenant} of the given types, and checks each has its golden sample's shape. */
    static List<EventEnvelope> awaitEvents(TopicReader topic, UUID tenant, EventType... types) {
        List<String> wanted = java.util.Arrays.stream(types).map(EventType::wireName).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.eventsAbout(tenant.toString()).stream()
                .map(EventEnvelope::type).toList().containsAll(wanted));
        List<EventEnvelope> events = topic.eventsAbout(tenant.toString()).stream().filter(e -> wanted.contains(e.type())).toList();
        for (EventEnvelope event : events) {
            EventType type = EventType.fromWireName(event.type()).orElseThrow();
            assertThat(event.source()).isEqualTo("/eligibility-service");
            assertThat(EventShapes.fieldNames(event)).as(event.type() + " has the shape of its golden sample")
                    .isEqualTo(EventShapes.fieldNames(EventJson.sample(type)));
        }
        return events;
    }

    static EventEnvelope only(List<EventEnvelope> events, EventType type) {
        List<EventEnvelope> of = events.stream().filter(e -> e.type().equals(type.wireName())).toList();
        assertThat(of).as("exactly one " + type.wireName()).hasSize(1);
        return of.get(0);
    }
}
