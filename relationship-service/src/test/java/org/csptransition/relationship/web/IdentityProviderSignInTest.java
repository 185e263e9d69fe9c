package org.csptransition.relationship.web;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;

/**
 * The production sign-in, {@code relationship.pages.sign-in=oidc}: Quarkus OIDC's authorization code flow against a real
 * OpenID Connect provider started for the test ({@link TestIdentityProvider}), while the REST API keeps its bearer tokens.
 */
@QuarkusTest
@TestProfile(IdentityProviderSignInTest.Oidc.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R4, R5 the customer signs in through the operator's identity provider (OIDC authorization code flow)")
class IdentityProviderSignInTest {

    public static class Oidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relationship.pages.sign-in", "oidc");
        }

        @Override
        public java.util.List<TestResourceEntry> testResources() {
            return java.util.List.of(new TestResourceEntry(TestIdentityProvider.class));
        }
    }

    @InjectInfra
    Infrastructure infra;

    @ConfigProperty(name = "test.identity-provider.url")
    String providerUrl;

    Fixtures fixtures;
    UUID reseller;
    UUID provider;

    @BeforeEach
    void partnership() {
        fixtures = new Fixtures(infra);
        reseller = fixtures.transitionedPartner("nl-NL");
        provider = fixtures.provider();
        fixtures.partnership(provider, reseller);
    }

    String invitationLink(UUID customer) {
        return given().header("Authorization", fixtures.as(reseller, "AdminAgent")).contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, customer))
                .post("/v1/customer-invitations").then().statusCode(201).extract().path("link");
    }

    /**
     * The browser's way through the provider: the pages' sign-in, Quarkus OIDC's redirect to the provider, its sign-in form
     * (as {@code name} of {@code tenant}), the code back to the service, the service's redirect without code and state, and
     * the page session taking over. Returns the last answer of the service (the redirect to the request page).
     */
    Response signInAtProvider(PageClient browser, String tenant, String name) {
        Response signIn = browser.get("/customer/sign-in");
        assertThat(signIn.statusCode()).isEqualTo(303);
        assertThat(signIn.header("Location")).endsWith("/customer/sign-in/oidc");

        Response toProvider = browser.get("/customer/sign-in/oidc");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.header("Location");
        assertThat(authorize).startsWith(providerUrl + "/authorize?").contains("client_id=" + TestIdentityProvider.CLIENT_ID,
                "response_type=code", "nonce=");

        Response form = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize);
        assertThat(form.statusCode()).isEqualTo(200);
        Response back = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("redirect_uri", value(form.asString(), "redirect_uri")).formParam("state", value(form.asString(), "state"))
                .formParam("nonce", value(form.asString(), "nonce")).formParam("tenant", tenant).formParam("name", name)
                .post(providerUrl + "/authorize");
        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.header("Location")).contains("/customer/sign-in/oidc?code=");

        Response withoutCode = browser.follow(back.header("Location"));
        assertThat(withoutCode.statusCode()).isEqualTo(302);
        String clean = withoutCode.header("Location");
        assertThat(clean).endsWith("/customer/sign-in/oidc").doesNotContain("code=", "state=");
        return browser.follow(clean);
    }

    private static String value(String page, String field) {
        var m = java.util.regex.Pattern.compile("name=\"" + field + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as("field %s on the provider's page", field).isTrue();
        return m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&amp;", "&");
    }

    @Test
    @DisplayName("R4: link → provider sign-in → back on the page signed in, no token in a URL → accept; sign-out ends it")
    void customerSignsInAtTheProviderAndAccepts() {
        UUID customer = fixtures.directBillCustomerOf(reseller);
        PageClient browser = new PageClient();
        assertThat(browser.open(invitationLink(customer)).header("Location")).endsWith("/customer/request");
        assertThat(browser.get("/customer/request").asString()).contains("Fabrikam AB nodigt uw organisatie uit", "/customer/sign-in");

        Response signedIn = signInAtProvider(browser, customer.toString(), "Anna Beheerder");

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.header("Location")).endsWith("/customer/request");
        assertThat(browser.cookieNames()).as("the page session is the one session of the pages").containsExactly(PageSession.COOKIE);
        Response page = browser.get("/customer/request");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "form-action 'self'");
        assertThat(page.asString()).contains("Anna Beheerder", customer.toString(), "accept-form", "sign-out-form");

        Response done = browser.post("/customer/request/accept", Map.of());

        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.asString()).contains("zijn nu partner of record van uw organisatie").doesNotContain("data-code=\"");
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200).body("items.role", hasItems("INDIRECT_RESELLER", "INDIRECT_PROVIDER"));
    }

    @Test
    @DisplayName("R4: signed in at the provider as another tenant: 403 LINK_FOR_ANOTHER_CUSTOMER; after sign-out nobody may answer")
    void anotherTenantIsRefused() {
        UUID customer = fixtures.directBillCustomerOf(reseller);
        PageClient stranger = new PageClient();
        String link = invitationLink(customer);
        stranger.open(link);
        stranger.get("/customer/request");
        UUID other = UUID.randomUUID();
        assertThat(signInAtProvider(stranger, other.toString(), "Mallory").statusCode()).isEqualTo(303);
        assertThat(stranger.get("/customer/request").asString()).contains("Mallory", other.toString());

        Response refused = stranger.post("/customer/request/accept", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("data-code=\"LINK_FOR_ANOTHER_CUSTOMER\"");

        stranger.get("/customer/request");
        String csrf = stranger.csrf();
        assertThat(stranger.post("/customer/sign-out", Map.of()).statusCode()).isEqualTo(303);
        Response signedOut = stranger.get("/customer/request");
        assertThat(signedOut.asString()).contains("/customer/sign-in").doesNotContain("accept-form", "Mallory");
        Response afterSignOut = stranger.post("/customer/request/accept", Map.of(), csrf);
        assertThat(afterSignOut.statusCode()).as("the signed-in session's form token is void once signed out").isEqualTo(403);
        assertThat(afterSignOut.asString()).contains("data-code=\"PAGE_FORM_INVALID\"");
        assertThat(stranger.open(link).statusCode()).as("the link is still unused").isEqualTo(303);
    }

    @Test
    @DisplayName("an ID token without the tenant claim: 403 PAGE_SIGN_IN_WITHOUT_TENANT in the link's language; the dev form is refused")
    void tokenWithoutTenant() {
        UUID customer = fixtures.directBillCustomerOf(reseller);
        PageClient browser = new PageClient();
        browser.open(invitationLink(customer));
        browser.get("/customer/request");

        Response refused = signInAtProvider(browser, "", "Nobody");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.asString()).contains("data-code=\"PAGE_SIGN_IN_WITHOUT_TENANT\"", "identiteitsprovider");
        assertThat(browser.cookieNames()).as("no OIDC session kept for a token without a tenant").containsExactly(PageSession.COOKIE);
        assertThat(browser.post("/customer/sign-in", Map.of("tenantId", customer.toString(), "user", "Mallory")).statusCode())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("the REST API keeps its bearer tokens: a dev token is accepted, none is 401 (no redirect to the provider)")
    void restApiKeepsBearerTokens() {
        UUID customer = fixtures.directBillCustomerOf(reseller);

        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer)
                .then().statusCode(200);
        given().redirects().follow(false).get("/v1/customers/" + customer).then().statusCode(401);
        given().redirects().follow(false).header("Authorization", "Bearer not-a-token").get("/v1/customers/" + customer)
                .then().statusCode(401);
    }
}
