package org.csptransition.relationship;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.partner.IndirectResellerEnrollmentCompleted;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.csptransition.platform.testing.TopicReader;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The partners, partnerships and customers of the component tests, made the way production makes them: partner state
 * arrives as partner.* events over the real broker, everything else through the API.
 */
public final class Fixtures {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String DIRECT_BILL = "DIRECT_BILL";
    public static final String INDIRECT_RESELLER = "INDIRECT_RESELLER";
    public static final String INDIRECT_PROVIDER = "INDIRECT_PROVIDER";

    private static final AtomicInteger MARKETS = new AtomicInteger();

    private final Infrastructure infra;

    public Fixtures(Infrastructure infra) {
        this.infra = infra;
    }

    /** The program owner's tenant: the role ProgramOperator counts only from it (csp.security.operator-tenants, test profile). */
    public static final UUID OPERATOR_TENANT = Jwts.OPERATOR_TENANT;

    public String operator() {
        return "Bearer " + infra.jwts().operatorToken();
    }

    /** A bearer token of a user of {@code tenant} with the roles. */
    public String as(UUID tenant, String... roles) {
        return "Bearer " + infra.jwts().token(tenant, roles);
    }

    public static String aPartnerId() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    }

    /** A market of its own (never SE or NL, which other tests use), so that a test's list of providers holds only its providers. */
    public static String aMarket() {
        String market;
        do {
            int n = MARKETS.getAndIncrement() % (26 * 26);
            market = "" + (char) ('A' + n / 26) + (char) ('A' + n % 26);
        } while (market.equals("SE") || market.equals("NL"));
        return market;
    }

    public static PartnerRegistered.Program program(String program, String status) {
        return new PartnerRegistered.Program(program, status, LocalDate.of(2019, 1, 1));
    }

    // ---- partners, through partner.* events

    public UUID partner(String companyName, String country, String locale, PartnerRegistered.Program... programs) {
        UUID tenant = UUID.randomUUID();
        // not registered after a transition: E6 completes through completeEnrollment, as eligibility-service says it
        publish(new PartnerRegistered(tenant, aPartnerId(), companyName, country, locale,
                new PartnerRegistered.Contact("Eva", "Lind", "eva@example.com"), null, List.of(programs), null));
        awaitKnown(tenant, p -> true);
        return tenant;
    }

    public UUID provider(String companyName, String country) {
        return partner(companyName, country, "nl-NL", program(INDIRECT_PROVIDER, "ACTIVE"));
    }

    public UUID provider() {
        return provider("Northwind Distribution " + UUID.randomUUID().toString().substring(0, 4), "SE");
    }

    /** A direct-bill partner that has not transitioned (E6 not complete). */
    public UUID directBillPartner() {
        return partner("Fabrikam AB", "SE", "sv-SE", program(DIRECT_BILL, "ACTIVE"));
    }

    /** A direct-bill partner that completed E6: it holds both programs, learnt from the enrollment-completed event. */
    public UUID transitionedPartner(String locale) {
        UUID tenant = partner("Fabrikam AB", "SE", locale, program(DIRECT_BILL, "ACTIVE"));
        completeEnrollment(tenant);
        return tenant;
    }

    public UUID transitionedPartner() {
        return transitionedPartner("sv-SE");
    }

    /** E6 completes: indirectreseller.enrollment.completed.v1 and partner.program.changed.v1, as eligibility-service sends them. */
    public void completeEnrollment(UUID tenant) {
        publish(new IndirectResellerEnrollmentCompleted(tenant, UUID.randomUUID(), Instant.now(),
                List.of(program(DIRECT_BILL, "ACTIVE"), new PartnerRegistered.Program(INDIRECT_RESELLER, "ACTIVE", LocalDate.now()))));
        publish(new PartnerProgramChanged(tenant, INDIRECT_RESELLER, null, "ACTIVE", LocalDate.now(),
                List.of("INDIRECT_RESELLER_ENROLLMENT_COMPLETED"), null));
        awaitKnown(tenant, p -> p.path("indirectResellerEnrollmentComplete").asBoolean() && "ACTIVE".equals(p.path("indirectResellerStatus").asText()));
    }

    public void changeProgram(UUID tenant, String program, String status) {
        publish(new PartnerProgramChanged(tenant, program, null, status, LocalDate.now(), List.of(), null));
        awaitKnown(tenant, p -> status.equals(p.path(statusField(program)).asText()));
    }

    private static String statusField(String program) {
        return switch (program) {
            case DIRECT_BILL -> "directBillStatus";
            case INDIRECT_RESELLER -> "indirectResellerStatus";
            default -> "indirectProviderStatus";
        };
    }

    public void publish(EventPayload payload) {
        TopicReader.publish(infra, EventEnvelope.wrap(UUID.randomUUID(), "/eligibility-service", OffsetDateTime.now(),
                UUID.randomUUID().toString(), payload));
    }

    /** Waits until relationship-service's read model holds the partner in the expected state. */
    public void awaitKnown(UUID tenant, Predicate<JsonNode> state) {
        String operator = operator();
        await().atMost(WAIT).until(() -> {
            Response response = given().header("Authorization", operator).get("/v1/known-partners/" + tenant);
            return response.statusCode() == 200 && state.test(EventJson.MAPPER.readTree(response.asString()));
        });
    }

    public String partnerIdOf(UUID tenant) {
        return given().header("Authorization", operator()).get("/v1/known-partners/" + tenant).then().statusCode(200)
                .extract().path("partnerId");
    }

    // ---- partnerships and customers, through the API

    /** R1: the provider invites, the reseller's GlobalAdmin accepts. */
    public UUID partnership(UUID provider, UUID reseller) {
        String id = given().header("Authorization", as(provider, "AdminAgent")).contentType(ContentType.JSON)
                .body("{\"resellerPartnerId\": \"" + partnerIdOf(reseller) + "\"}")
                .post("/v1/partnership-invitations").then().statusCode(201).extract().path("id");
        given().header("Authorization", as(reseller, "GlobalAdmin")).post("/v1/partnership-invitations/" + id + "/acceptance")
                .then().statusCode(200);
        return UUID.fromString(id);
    }

    /** A new customer as a partner creates it: no tenantId, which the suite assigns. */
    public static String aCustomerJson(String companyName) {
        return """
                { "companyName": "%s", "domain": "%s.onmicrosoft.com", "country": "SE",
                  "billingProfile": { "email": "billing@contoso.se",
                                      "address": { "line1": "Stortorget 1", "city": "Malmö", "postalCode": "211 20", "country": "SE" } } }
                """.formatted(companyName, "c" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A new customer a provider creates for the reseller with {@code resellerPartnerId}. */
    public static String aCustomerJsonFor(String resellerPartnerId, String companyName) {
        return aCustomerJson(companyName).replace("\"country\": \"SE\",",
                "\"country\": \"SE\", \"associatedPartnerId\": \"" + resellerPartnerId + "\",");
    }

    /** An existing customer tenant as the program operator imports it, as the direct-bill customer of {@code partner}. */
    public static String anImportJson(UUID customer, UUID partner, String companyName) {
        return aCustomerJson(companyName).replace("{ \"companyName\"",
                "{ \"tenantId\": \"" + customer + "\", \"directBillPartnerTenantId\": \"" + partner + "\", \"companyName\"");
    }

    /** R2: the program operator imports one of the partner's existing direct-bill customers, with its tenant id. */
    public UUID directBillCustomerOf(UUID partner) {
        UUID customer = UUID.randomUUID();
        given().header("Authorization", operator()).contentType(ContentType.JSON)
                .body(anImportJson(customer, partner, "Contoso " + customer.toString().substring(0, 4)))
                .post("/v1/customer-imports").then().statusCode(201);
        return customer;
    }

    /** R2: a direct-bill partner creates a new customer; the suite assigns its tenant id. */
    public UUID newCustomerOf(UUID partner) {
        return UUID.fromString(given().header("Authorization", as(partner, "AdminAgent")).contentType(ContentType.JSON)
                .body(aCustomerJson("Contoso")).post("/v1/customers").then().statusCode(201).extract().path("tenantId"));
    }

    /** R2: a provider creates a new customer for one of its resellers (an active partnership); the suite assigns its id. */
    public UUID indirectCustomerFor(UUID provider, UUID reseller) {
        return UUID.fromString(given().header("Authorization", as(provider, "AdminAgent")).contentType(ContentType.JSON)
                .body(aCustomerJsonFor(partnerIdOf(reseller), "Contoso")).post("/v1/customers").then().statusCode(201)
                .extract().path("tenantId"));
    }

    /** R3: the transitioned partner extends its direct-bill customer to the provider, with the customer's consent. */
    public void extend(UUID partner, UUID customer, UUID provider) {
        given().header("Authorization", as(partner, "AdminAgent")).contentType(ContentType.JSON)
                .body("""
                        { "indirectProviderTenantId": "%s",
                          "customerConsent": { "attestedBy": "Anna Berg, IT manager", "attestedAt": "%s" } }
                        """.formatted(provider, Instant.now().minusSeconds(3600)))
                .post("/v1/customers/" + customer + "/relationship-extensions").then().statusCode(201);
    }

    // ---- what went over relationship.events

    public static List<EventEnvelope> ofType(TopicReader topic, String subject, EventType type) {
        return topic.eventsAbout(subject).stream().filter(e -> e.type().equals(type.wireName())).toList();
    }

    public static EventEnvelope awaitOne(TopicReader topic, String subject, EventType type, Predicate<EventEnvelope> which) {
        await().atMost(WAIT).until(() -> ofType(topic, subject, type).stream().anyMatch(which));
        return ofType(topic, subject, type).stream().filter(which).findFirst().orElseThrow();
    }

    /** Every field path of an event's data, to compare what is published with the golden sample's shape. */
    public static Set<String> fieldNames(EventEnvelope event) {
        Set<String> names = new TreeSet<>();
        collect("", event.data(), names);
        return names;
    }

    public static Set<String> sampleFieldNames(EventType type) {
        return fieldNames(EventJson.sample(type));
    }

    private static void collect(String prefix, JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                names.add(prefix + f);
                collect(prefix + f + ".", node.get(f), names);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collect(prefix + "[].", node.get(0), names);
        }
    }
}
