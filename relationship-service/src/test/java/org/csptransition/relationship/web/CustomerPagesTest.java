package org.csptransition.relationship.web;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.csptransition.relationship.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R4, R5 the customer's pages: a link from an e-mail, sign-in, accept or decline, and every refusal as a page")
class CustomerPagesTest {

    static final Map<String, String> CONTOSO = Map.of("companyName", "Contoso", "domain", "contoso.onmicrosoft.com", "country", "SE");

    @InjectInfra
    Infrastructure infra;

    @Inject
    MovableClock clock;

    Fixtures fixtures;
    UUID reseller;
    UUID provider;

    @BeforeEach
    void partnership() {
        fixtures = new Fixtures(infra);
        reseller = fixtures.transitionedPartner("en-US");
        provider = fixtures.provider();
        fixtures.partnership(provider, reseller);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String invitationLink(UUID customer) {
        return given().header("Authorization", fixtures.as(reseller, "AdminAgent")).contentType(ContentType.JSON)
                .body(customer == null ? "{\"indirectProviderTenantId\": \"%s\"}".formatted(provider)
                        : "{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, customer))
                .post("/v1/customer-invitations").then().statusCode(201).extract().path("link");
    }

    @Test
    @DisplayName("R4: a new customer opens the link, signs in and accepts: reseller and provider are its partners of record with delegated admin")
    void newCustomerAccepts() {
        String link = invitationLink(null);
        assertThat(link).matches("http://127\\.0\\.0\\.1:8082/customer/links/[A-Za-z0-9_-]{43}");
        PageClient browser = new PageClient();
        UUID customer = UUID.randomUUID();

        Response opened = browser.open(link);
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.header("Location")).endsWith("/customer/request");
        Response page = browser.get("/customer/request");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Language")).isEqualTo("en-US");
        assertThat(page.asString()).contains("Fabrikam AB invites your organisation", "indirect provider: places orders for you",
                "delegated administration rights", "/customer/sign-in").doesNotContain("accept-form");
        assertThat(browser.signIn(customer, "Astrid Admin").statusCode()).isEqualTo(303);
        page = browser.get("/customer/request");
        assertThat(page.asString()).contains("Signed in as Astrid Admin", "accept-form", "companyName");

        Response done = browser.post("/customer/request/accept", CONTOSO);

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.asString()).contains("are now partners of record of your organisation",
                "must still be accepted for");
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200).body("items.role", containsInAnyOrder("INDIRECT_RESELLER", "INDIRECT_PROVIDER"))
                .body("items.delegatedAdmin", containsInAnyOrder(true, true));
    }

    @Test
    @DisplayName("R5: the link in the agreement status event opens the customer's own acceptance; accepting makes the status ACCEPTED for the provider")
    void customerAcceptsTheAgreement() {
        UUID customer = UUID.randomUUID();
        PageClient browser = new PageClient();
        AgreementStatusChanged required;
        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            browser.open(invitationLink(null));
            browser.signIn(customer, "Astrid Admin");
            browser.get("/customer/request");
            browser.post("/customer/request/accept", CONTOSO);
            required = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, e -> true)
                    .payload(AgreementStatusChanged.class);
        }
        assertThat(required.status()).isEqualTo("ACCEPTANCE_REQUIRED");
        assertThat(required.customerAcceptanceLink()).contains("/customer/links/");

        PageClient mca = new PageClient();
        mca.open(required.customerAcceptanceLink());
        mca.signIn(customer, "Astrid Admin");
        Response page = mca.get("/customer/request");
        assertThat(page.asString()).contains("Accept the Microsoft Customer Agreement", "117a15d1-0000-4000-8000-000000000001");
        Response done = mca.post("/customer/request/accept", Map.of());

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.asString()).contains("Microsoft Customer Agreement for Northwind Distribution", "is accepted");
        given().header("Authorization", fixtures.as(provider, "AdminAgent"))
                .get("/v1/customers/" + customer + "/agreement-status?indirectProviderTenantId=" + provider)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("basis", equalTo("CUSTOMER_ACCEPTANCE"));
    }

    @Test
    @DisplayName("R4: a declined invitation changes nothing and spends the link")
    void decline() {
        UUID customer = fixtures.directBillCustomerOf(reseller);
        String link = invitationLink(customer);
        PageClient browser = new PageClient();
        browser.open(link);
        browser.signIn(customer, "Astrid Admin");
        browser.get("/customer/request");

        Response done = browser.post("/customer/request/decline", Map.of());

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.asString()).contains("You declined");
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200).body("items.role", containsInAnyOrder("DIRECT_BILL_PARTNER"));
        assertThat(new PageClient().open(link).statusCode()).isEqualTo(409);
    }

    @Nested
    @DisplayName("R4 links refused on the page, never with a 500")
    class Refused {

        @Test
        @DisplayName("a used link: 409 LINK_ALREADY_USED, in the link's language")
        void used() {
            UUID customer = fixtures.directBillCustomerOf(reseller);
            String link = invitationLink(customer);
            PageClient browser = new PageClient();
            browser.open(link);
            browser.signIn(customer, "Astrid Admin");
            browser.get("/customer/request");
            assertThat(browser.post("/customer/request/accept", Map.of()).statusCode()).isEqualTo(200);

            Response again = new PageClient().open(link);

            assertThat(again.statusCode()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("text/html");
            assertThat(again.asString()).contains("data-code=\"LINK_ALREADY_USED\"", "This link was used on");
        }

        @Test
        @DisplayName("an expired link: 410 LINK_EXPIRED")
        void expired() {
            String link = invitationLink(null);
            clock.advance(Duration.ofDays(31));

            Response opened = new PageClient().open(link);

            assertThat(opened.statusCode()).isEqualTo(410);
            assertThat(opened.asString()).contains("data-code=\"LINK_EXPIRED\"");
        }

        @Test
        @DisplayName("a link that expires after it was opened: 410 on the answer, nothing changed")
        void expiresWhileOpen() {
            UUID customer = fixtures.directBillCustomerOf(reseller);
            String link = invitationLink(customer);
            clock.advance(Duration.ofDays(30).minusMinutes(1));
            PageClient browser = new PageClient();
            browser.open(link);
            browser.signIn(customer, "Astrid Admin");
            browser.get("/customer/request");
            clock.advance(Duration.ofMinutes(2));

            assertThat(browser.post("/customer/request/accept", Map.of()).statusCode()).isEqualTo(410);
        }

        @Test
        @DisplayName("a tampered, cut or made-up token: 404 LINK_NOT_FOUND")
        void tampered() {
            String link = invitationLink(null);
            char last = link.charAt(link.length() - 1);
            String tampered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');

            for (String path : new String[]{tampered, link.substring(0, link.length() - 2), "/customer/links/x", "/customer/links/%00%27"}) {
                Response opened = new PageClient().open(path);
                assertThat(opened.statusCode()).as(path).isEqualTo(404);
                assertThat(opened.asString()).as(path).contains("data-code=\"LINK_NOT_FOUND\"");
            }
        }

        @Test
        @DisplayName("another customer signed in: 403 LINK_FOR_ANOTHER_CUSTOMER, and the customer it is for can still accept")
        void crossCustomer() {
            UUID customer = fixtures.directBillCustomerOf(reseller);
            PageClient stranger = new PageClient();
            stranger.open(invitationLink(customer));
            stranger.signIn(UUID.randomUUID(), "Mallory");
            stranger.get("/customer/request");

            Response refused = stranger.post("/customer/request/accept", Map.of());

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.asString()).contains("data-code=\"LINK_FOR_ANOTHER_CUSTOMER\"");
        }

        @Test
        @DisplayName("a form without the page's CSRF token: 403 PAGE_FORM_INVALID; without a session: 401 PAGE_SESSION_MISSING")
        void csrfAndSession() {
            UUID customer = fixtures.directBillCustomerOf(reseller);
            PageClient browser = new PageClient();
            browser.open(invitationLink(customer));
            browser.signIn(customer, "Astrid Admin");

            Response forged = given().redirects().follow(false).cookie(PageSession.COOKIE, browser.session())
                    .contentType("application/x-www-form-urlencoded").formParam("csrf", "forged").post("/customer/request/accept");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(forged.asString()).contains("data-code=\"PAGE_FORM_INVALID\"");

            Response noSession = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                    .formParam("csrf", "x").post("/customer/request/accept");
            assertThat(noSession.statusCode()).isEqualTo(401);
            Response forgedSession = given().redirects().follow(false).cookie(PageSession.COOKIE, browser.session() + "x")
                    .get("/customer/request");
            assertThat(forgedSession.statusCode()).isEqualTo(401);
            assertThat(forgedSession.asString()).contains("data-code=\"PAGE_SESSION_MISSING\"");
        }

        @Test
        @DisplayName("a new customer that leaves out who it is: 422 on the same page, the link still usable")
        void profileRequired() {
            PageClient browser = new PageClient();
            browser.open(invitationLink(null));
            browser.signIn(UUID.randomUUID(), "Astrid Admin");
            browser.get("/customer/request");

            Response refused = browser.post("/customer/request/accept", Map.of("companyName", "Contoso", "domain", "not a domain",
                    "country", "SE"));

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.asString()).contains("accept-form");
            assertThat(browser.post("/customer/request/accept", CONTOSO).statusCode()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("the pages send CSP with frame-ancestors 'none', no referrer and no caching, and stay out of the OpenAPI")
    void headers() {
        Response opened = new PageClient().open(invitationLink(null));
        Response page = given().redirects().follow(false).cookie(PageSession.COOKIE, opened.getCookie(PageSession.COOKIE))
                .get("/customer/request");

        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'none'");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(opened.getDetailedCookie(PageSession.COOKIE).isHttpOnly()).isTrue();
        assertThat(given().get("/q/openapi").asString()).doesNotContain("/customer/");
        given().get("/customer/pages.css").then().statusCode(200).contentType(equalTo("text/css;charset=UTF-8"));
    }

    @Test
    @DisplayName("a problem the pages did not render (here an unknown page; the database away takes the same path) is a page in the customer's language, not problem+json")
    void frameworkProblemAsPage() {
        Response page = given().header("Accept-Language", "sv-SE").get("/customer/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Language")).isEqualTo("sv");
        assertThat(page.asString()).contains("<html", "data-code=\"NOT_FOUND\"").doesNotContain("\"status\":");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
    }
}
