package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("The audit trail of a partner over HTTP: who, when, what, through which request; its own parties only; never edited")
class AuditTrailResourceTest {

    @InjectInfra
    Infrastructure infra;
    @Inject
    DataSource dataSource;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    JsonPath trail(UUID tenant, String bearer) {
        return given().header("Authorization", bearer).when().get("/v1/audit-trail/partner/" + tenant)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @DisplayName("The registration and a profile change are in the trail with their user, tenant, request and data")
    void whoWhenWhatThroughWhichRequest() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        String eva = "Bearer " + infra.jwts().token(tenant, List.of("GlobalAdmin"), "eva@fabrikam.se", Duration.ofMinutes(5));
        given().header("Authorization", eva).header("X-Correlation-Id", "audit-" + tenant).contentType(ContentType.JSON)
                .body("{ \"preferredLocale\": \"en-GB\" }").when().patch("/v1/partners/" + tenant).then().statusCode(200);

        JsonPath own = trail(tenant, eva);
        assertThat(own.getList("action", String.class)).containsExactly("partner.registered.v1", "partner.updated.v1");
        assertThat(own.getString("[0].tenantId")).isNotEqualTo(tenant.toString()); // the operator registered it
        assertThat(own.getString("[1].user")).isEqualTo("eva@fabrikam.se");
        assertThat(own.getString("[1].tenantId")).isEqualTo(tenant.toString());
        assertThat(own.getString("[1].correlationId")).isEqualTo("audit-" + tenant);
        assertThat(own.getString("[1].change")).contains("en-GB");
        assertThat(own.getString("[1].occurredAt")).isNotBlank();
        assertThat(trail(tenant, api.operator()).getList("action")).hasSize(2);
    }

    @Test
    @DisplayName("A partner reads the trail of its own objects only: another tenant's is 404, also to its GlobalAdmin")
    void ownObjectsOnly() {
        UUID mine = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        UUID other = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        assertThat(trail(mine, api.admin(mine)).getList("objectId", String.class)).containsOnly(mine.toString());
        given().header("Authorization", api.admin(other)).header("Accept-Language", "sv")
                .when().get("/v1/audit-trail/partner/" + mine)
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", api.admin(other)).when().get("/v1/audit-trail/partner/" + UUID.randomUUID())
                .then().statusCode(404);
        given().header("Authorization", api.admin(mine)).when().get("/v1/audit-trail/partner/" + mine + "?limit=0")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    @DisplayName("Audit entries are never edited: the database refuses an update and a delete outside the retention purge")
    void neverEdited() throws SQLException {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET actor_user = 'someone' WHERE object_id = '" + tenant + "'"))
                    .hasMessageContaining("never edited");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry WHERE object_id = '" + tenant + "'"))
                    .hasMessageContaining("never edited");
        }
        assertThat(trail(tenant, api.operator()).getList("action")).containsExactly("partner.registered.v1");
    }
}
