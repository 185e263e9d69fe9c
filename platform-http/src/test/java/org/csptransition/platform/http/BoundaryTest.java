package org.csptransition.platform.http;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The boundary: identity and input every service checks the same way")
class BoundaryTest {

    @InjectInfra
    Infrastructure infra;

    RequestSpecification as(UUID tenant, String... roles) {
        return given().header("Authorization", "Bearer " + infra.jwts().token(tenant, roles));
    }

    @Test
    @DisplayName("the ProgramOperator role counts only from the program owner's tenant")
    void operatorTiedToItsTenant() {
        as(Jwts.OPERATOR_TENANT, "ProgramOperator").get("/probe/boundary/operator").then()
                .statusCode(200).body("operator", equalTo(true));
        as(UUID.randomUUID(), "ProgramOperator").get("/probe/boundary/operator").then()
                .statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        as(UUID.randomUUID(), "ProgramOperator", "AdminAgent").get("/probe/boundary/any").then()
                .statusCode(200).body("operator", equalTo(false));
    }

    @Test
    @DisplayName("a token with no role the suite knows is refused (default deny)")
    void unknownRolesAreDenied() {
        as(UUID.randomUUID(), "Superuser", "Owner").get("/probe/boundary/any").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    @DisplayName("a sub longer than 255 characters is not an identity: 401, never a 500")
    void longSubject() {
        String token = infra.jwts().token(UUID.randomUUID(), List.of("AdminAgent"), "u".repeat(300), Duration.ofMinutes(5));
        given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .post("/probe/boundary").then()
                .statusCode(401).contentType("application/problem+json").body("code", equalTo("TOKEN_SUBJECT_INVALID"));
    }

    @Test
    @DisplayName("a NUL or other control character in a JSON string is a 400 naming the field")
    void controlCharactersInBodies() {
        as(UUID.randomUUID(), "AdminAgent").contentType(ContentType.JSON).body("{\"name\":\"Fabrikam\\u0000AB\"}")
                .post("/probe/boundary").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_FIELD"))
                .body("errors.field", hasItem("name"));
        as(UUID.randomUUID(), "AdminAgent").contentType(ContentType.JSON).body("{\"name\":\"Fabrikam\\nBcc: x@example.com\"}")
                .post("/probe/boundary").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors.field", hasItem("name"));
    }

    @Test
    @DisplayName("a control character in a query parameter is a 400 before any resource runs")
    void controlCharactersInParameters() {
        as(UUID.randomUUID(), "AdminAgent").queryParam("q", "a\u0000b").get("/probe/boundary/any").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("CONTROL_CHARACTER_REFUSED"));
        as(UUID.randomUUID(), "AdminAgent").queryParam("q", "fine").get("/probe/boundary/any").then()
                .statusCode(200).body("q", equalTo("fine"));
    }

    @Test
    @DisplayName("dates and instants far in the past or future are a 400, never a 500")
    void datesOutOfRange() {
        for (String body : List.of("{\"name\":\"x\",\"since\":\"99999-01-01\"}", "{\"name\":\"x\",\"since\":\"0001-01-01\"}",
                "{\"name\":\"x\",\"at\":\"+100000-01-01T00:00:00Z\"}", "{\"name\":\"x\",\"at\":\"1800-01-01T00:00:00Z\"}")) {
            as(UUID.randomUUID(), "AdminAgent").contentType(ContentType.JSON).body(body).post("/probe/boundary").then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_FIELD"));
        }
        as(UUID.randomUUID(), "AdminAgent").contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"since\":\"2021-04-15\",\"at\":\"2026-12-01T10:00:00Z\"}")
                .post("/probe/boundary").then().statusCode(200);
    }

    @Test
    @DisplayName("a body over the limit is a 413 problem")
    void bodyTooLarge() {
        String huge = "{\"name\":\"" + "x".repeat(15 * 1024 * 1024) + "\"}";
        as(UUID.randomUUID(), "AdminAgent").contentType(ContentType.JSON).body(huge).post("/probe/boundary").then()
                .statusCode(413).contentType(startsWith("application/problem+json")).body("code", equalTo("BODY_TOO_LARGE"));
    }
}
