package org.csptransition.platform.http;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The one mapping from refusals to problems")
class RefusalMappingTest {

    @InjectInfra
    Infrastructure infra;

    RequestSpecification as(String language) {
        var request = given().header("Authorization", "Bearer " + infra.jwts().token(UUID.randomUUID(), "AdminAgent"));
        return language == null ? request : request.header("Accept-Language", language);
    }

    @Test
    @DisplayName("an invalid request is 422 with the field in errors[], in the caller's language with its placeholders filled")
    void invalidInSwedish() {
        as("sv-SE,sv;q=0.9").get("/probe/refusals/invalid").then()
                .statusCode(422).contentType("application/problem+json").header("Content-Language", "sv")
                .body("code", equalTo("PROBE_TOO_MANY"))
                .body("detail", equalTo("Högst 300 platser"))
                .body("errors.field", contains("quantity"))
                .body("errors.message", contains("Högst 300 platser"))
                .body("context.max", equalTo(300));
    }

    @Test
    @DisplayName("a conflict beats an invalid field; detail joins the texts without a field; no translation falls back to English")
    void conflictWins() {
        as("fr-FR").get("/probe/refusals/conflict-and-invalid").then()
                .statusCode(409).header("Content-Language", "fr")
                .body("code", equalTo("PROBE_BUSY"))
                .body("detail", equalTo("Thing t-1 is busy; Only in English"))
                .body("errors", hasSize(1));
        as(null).get("/probe/refusals/conflict-and-invalid").then()
                .statusCode(409).header("Content-Language", "en");
    }

    @Test
    @DisplayName("a fact not known yet is 503 with Retry-After, whatever conflict comes with it")
    void notYetKnown() {
        as("en-US").get("/probe/refusals/not-yet-known").then()
                .statusCode(503).header("Retry-After", "2")
                .body("code", equalTo("NOT_YET_KNOWN"))
                .body("context.retryAfterSeconds", equalTo(2))
                .body("context.fact", equalTo("partner"));
    }

    @Test
    @DisplayName("the framework's own problems speak the caller's language too: invalid input, unknown routes, no token")
    void frameworkProblemsInSwedish() {
        as("sv-SE").contentType("application/json").body("{\"name\":\" \"}").post("/probe/things").then()
                .statusCode(400).header("Content-Language", "sv")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("detail", equalTo("Några fält saknas eller är ogiltiga: name"));
        as("sv-SE").get("/probe/nowhere").then()
                .statusCode(404).header("Content-Language", "sv")
                .body("detail", equalTo("Det finns ingen resurs på den här sökvägen"));
        given().header("Accept-Language", "fr-FR").get("/probe/refusals/invalid").then()
                .statusCode(401).header("Content-Language", "fr")
                .body("detail", equalTo("Un jeton bearer valide est requis"));
        as("en-US").get("/probe/nowhere").then()
                .statusCode(404).header("Content-Language", "en")
                .body("detail", equalTo("There is no resource at this path"));
    }

    @Test
    @DisplayName("not found beats forbidden and not yet known: a stranger learns nothing")
    void notFoundWins() {
        as("nl-NL").get("/probe/refusals/not-found-wins").then()
                .statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(null).get("/probe/refusals/allowed").then().statusCode(200);
    }
}
