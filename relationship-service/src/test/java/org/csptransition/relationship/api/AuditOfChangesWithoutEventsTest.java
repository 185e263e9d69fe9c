package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("The audit trail of changes that publish no event: a provider's offer")
class AuditOfChangesWithoutEventsTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    @Test
    @DisplayName("R0 each publication of an offer is in the trail of provider-offer/{provider} with who, through which request and the terms; the provider and the operator read it, another partner gets 404")
    void offerPublications() {
        UUID provider = fixtures.provider("Audited Distribution", Fixtures.aMarket());
        String admin = fixtures.as(provider, "GlobalAdmin");
        String etag = given().header("Authorization", admin).header("X-Correlation-Id", "offer-1-" + provider).contentType(ContentType.JSON)
                .body(ProviderDirectoryTest.OFFER).put("/v1/indirect-providers/" + provider + "/offer")
                .then().statusCode(200).extract().header("ETag");
        given().header("Authorization", admin).header("X-Correlation-Id", "offer-2-" + provider).header("If-Match", etag)
                .contentType(ContentType.JSON).body(ProviderDirectoryTest.OFFER.replace("Net 45", "Net 30"))
                .put("/v1/indirect-providers/" + provider + "/offer").then().statusCode(200);

        JsonPath trail = given().header("Authorization", fixtures.as(provider, "AdminAgent")).get("/v1/audit-trail/provider-offer/" + provider)
                .then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("action", String.class)).containsExactly("provider.offer.published", "provider.offer.published");
        assertThat(trail.getList("correlationId", String.class)).containsExactly("offer-1-" + provider, "offer-2-" + provider);
        assertThat(trail.getList("tenantId", String.class)).containsOnly(provider.toString());
        assertThat(trail.getList("user", String.class)).allSatisfy(user -> assertThat(user).isNotBlank().doesNotStartWith("system:"));
        JsonPath first = JsonPath.from(trail.getString("[0].change"));
        JsonPath second = JsonPath.from(trail.getString("[1].change"));
        assertThat(first.getBoolean("first")).isTrue();
        assertThat(first.getString("terms.creditTerms")).startsWith("Net 45");
        assertThat(second.getBoolean("first")).isFalse();
        assertThat(second.getString("terms.creditTerms")).startsWith("Net 30");

        given().header("Authorization", fixtures.operator()).get("/v1/audit-trail/provider-offer/" + provider)
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(2));
        UUID other = fixtures.provider("Other Distribution", Fixtures.aMarket());
        given().header("Authorization", fixtures.as(other, "GlobalAdmin")).get("/v1/audit-trail/provider-offer/" + provider)
                .then().statusCode(404);
    }
}
