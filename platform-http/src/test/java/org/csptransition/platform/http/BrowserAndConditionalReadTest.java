package org.csptransition.platform.http;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Browsers: CORS for the configured portals, and conditional reads")
class BrowserAndConditionalReadTest {

    static final String PORTAL = "https://portal.example.com";

    @InjectInfra
    Infrastructure infra;

    String agent(UUID tenant) {
        return "Bearer " + infra.jwts().token(tenant, "AdminAgent");
    }

    String createThing(UUID tenant) {
        return given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).body("{\"name\":\"alpha\"}")
                .post("/probe/things").then().statusCode(201).extract().path("id");
    }

    @Nested
    @DisplayName("CORS")
    class Cors {

        @Test
        @DisplayName("a preflight from a configured portal is answered without a token, naming the headers a client sends")
        void preflightWithoutToken() {
            given().header("Origin", PORTAL).header("Access-Control-Request-Method", "PATCH")
                    .header("Access-Control-Request-Headers", "authorization,if-match,if-none-match,idempotency-key,accept-language,x-correlation-id")
                    .options("/probe/things/" + UUID.randomUUID())
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", PORTAL)
                    .header("Access-Control-Allow-Methods", containsStringIgnoringCase("PATCH"))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-None-Match"))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                    .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        }

        @Test
        @DisplayName("a script on the portal may read ETag, Location, Retry-After, X-Correlation-Id and the rate-limit headers")
        void exposedHeaders() {
            UUID tenant = UUID.randomUUID();
            Response created = given().header("Origin", PORTAL).header("Authorization", agent(tenant)).contentType(ContentType.JSON)
                    .body("{\"name\":\"alpha\"}").post("/probe/things");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
            assertThat(created.header("Access-Control-Expose-Headers").split("\\s*,\\s*"))
                    .contains("ETag", "Location", "Retry-After", "X-Correlation-Id", "RateLimit", "RateLimit-Policy");
        }

        @Test
        @DisplayName("an origin nobody configured is refused: 403 to its preflight and its request, no Allow-Origin")
        void unknownOriginRefused() {
            given().header("Origin", "https://evil.example.net").header("Access-Control-Request-Method", "GET")
                    .options("/probe/things/" + UUID.randomUUID())
                    .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
            given().header("Origin", "https://evil.example.net").header("Authorization", agent(UUID.randomUUID()))
                    .get("/probe/things/" + UUID.randomUUID())
                    .then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Nested
    @DisplayName("If-None-Match")
    class IfNoneMatch {

        @Test
        @DisplayName("a read carries a strong ETag of its body; the same tag in If-None-Match gets 304 without a body")
        void computedTag() {
            UUID tenant = UUID.randomUUID();
            String id = createThing(tenant);
            Response first = given().header("Authorization", agent(tenant)).get("/probe/things/" + id);
            first.then().statusCode(200).header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                    .header("Cache-Control", equalTo("private, no-cache")).body("name", equalTo("alpha"));
            String etag = first.header("ETag");

            given().header("Authorization", agent(tenant)).header("If-None-Match", etag).get("/probe/things/" + id)
                    .then().statusCode(304).header("ETag", etag).body(emptyString());
            given().header("Authorization", agent(tenant)).header("If-None-Match", "W/" + etag).get("/probe/things/" + id)
                    .then().statusCode(304);
            given().header("Authorization", agent(tenant)).header("If-None-Match", "\"other\"").get("/probe/things/" + id)
                    .then().statusCode(200).header("ETag", etag);
        }

        @Test
        @DisplayName("after a change the old tag no longer matches: 200 with the new body and a new tag")
        void changedObject() {
            UUID tenant = UUID.randomUUID();
            String id = createThing(tenant);
            String before = given().header("Authorization", agent(tenant)).get("/probe/things/" + id).header("ETag");
            given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).body("{\"name\":\"beta\"}")
                    .patch("/probe/things/" + id).then().statusCode(200);

            Response after = given().header("Authorization", agent(tenant)).header("If-None-Match", before).get("/probe/things/" + id);
            after.then().statusCode(200).body("name", equalTo("beta"));
            assertThat(after.header("ETag")).isNotEqualTo(before);
        }

        @Test
        @DisplayName("a versioned object keeps its version as the ETag, the one If-Match takes, and 304s on it")
        void versionTag() {
            UUID tenant = UUID.randomUUID();
            String id = createThing(tenant);
            given().header("Authorization", agent(tenant)).get("/probe/things/" + id + "/versioned")
                    .then().statusCode(200).header("ETag", "\"0\"");
            given().header("Authorization", agent(tenant)).header("If-None-Match", "\"0\"").get("/probe/things/" + id + "/versioned")
                    .then().statusCode(304).header("ETag", "\"0\"");
            given().header("Authorization", agent(tenant)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body("{\"name\":\"beta\"}").patch("/probe/things/" + id).then().statusCode(200);
            given().header("Authorization", agent(tenant)).header("If-None-Match", "\"0\"").get("/probe/things/" + id + "/versioned")
                    .then().statusCode(200).header("ETag", "\"1\"");
        }

        @Test
        @DisplayName("a resource that answers JSON text keeps its body as it is, tagged")
        void textBody() {
            Response read = given().header("Authorization", agent(UUID.randomUUID())).get("/probe/refusals/none");
            read.then().statusCode(200).header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""));
            assertThat(read.asString()).isEqualTo("\"allowed\"");
        }

        @Test
        @DisplayName("a refusal is never tagged or turned into 304")
        void problemsAreNotTagged() {
            given().header("Authorization", agent(UUID.randomUUID())).header("If-None-Match", "*").get("/probe/things/" + UUID.randomUUID())
                    .then().statusCode(404).header("ETag", nullValue()).contentType(Problem.MEDIA_TYPE);
        }
    }
}
