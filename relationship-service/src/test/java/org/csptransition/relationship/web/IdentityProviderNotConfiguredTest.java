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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code relationship.pages.sign-in=oidc} before the operator has configured the identity provider ({@code quarkus.oidc.tenant-enabled=false}, the default). */
@QuarkusTest
@TestProfile(IdentityProviderNotConfiguredTest.Oidc.class)
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R4 with sign-in=oidc and no identity provider configured: the page says sign-in is not available, and no form lets anyone answer")
class IdentityProviderNotConfiguredTest {

    public static class Oidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("relationship.pages.sign-in", "oidc", "quarkus.oidc.tenant-enabled", "false");
        }
    }

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("R4: the sign-in page is 503 PAGE_SIGN_IN_NOT_AVAILABLE in the link's language; the dev form is refused; the link stays unused")
    void noDevSignIn() {
        Fixtures fixtures = new Fixtures(infra);
        UUID reseller = fixtures.transitionedPartner("nl-NL");
        UUID provider = fixtures.provider();
        fixtures.partnership(provider, reseller);
        String link = given().header("Authorization", fixtures.as(reseller, "AdminAgent")).contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"%s\"}".formatted(provider)).post("/v1/customer-invitations")
                .then().statusCode(201).extract().path("link");
        PageClient browser = new PageClient();
        browser.open(link);
        assertThat(browser.get("/customer/request").asString()).contains("Fabrikam AB nodigt uw organisatie uit");

        Response signIn = browser.get("/customer/sign-in");
        Response form = browser.post("/customer/sign-in", Map.of("tenantId", UUID.randomUUID().toString(), "user", "Mallory"));

        assertThat(signIn.statusCode()).isEqualTo(503);
        assertThat(signIn.asString()).contains("data-code=\"PAGE_SIGN_IN_NOT_AVAILABLE\"", "nog niet beschikbaar");
        assertThat(form.statusCode()).isEqualTo(404);
        assertThat(browser.open(link).statusCode()).isEqualTo(303);
    }
}
