package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E2 an evaluation as of a date reads the attestations, the support plan and the MPN state as they stood on that date")
class FactsAsOfResourceTest {

    @InjectInfra
    Infrastructure infra;
    @Inject
    DataSource dataSource;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** Moves the partner's recorded history back by {@code days}, as if it had been registered and attested that long ago. */
    int recordedDaysAgo(UUID tenant, int days) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE partner_fact_history SET recorded_at = recorded_at - make_interval(days => ?) WHERE tenant_id = ?")) {
            statement.setInt(1, days);
            statement.setObject(2, tenant);
            return statement.executeUpdate();
        }
    }

    String endorsement(UUID tenant, LocalDate asOf) {
        return given().header("Authorization", api.admin(tenant)).when()
                .get("/v1/partners/" + tenant + "/direct-bill-eligibility?asOf=" + asOf)
                .then().statusCode(200).extract().path("requirements.find { it.code == 'ENDORSEMENT' }.reasonCode");
    }

    @Test
    @DisplayName("E2 ENDORSEMENT attested 30 days ago and withdrawn today: met as of 10 days ago, not met as of today")
    void attestationAsOfADate() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01", "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        assertThat(recordedDaysAgo(tenant, 30)).isEqualTo(2);
        given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON)
                .body("{ \"attestations\": { \"endorsementAuthority\": false } }")
                .when().patch("/v1/partners/" + tenant).then().statusCode(200);

        given().header("Authorization", api.admin(tenant)).when()
                .get("/v1/partners/" + tenant + "/direct-bill-eligibility?asOf=" + today.minusDays(10))
                .then().statusCode(200)
                .body("requirements.find { it.code == 'ENDORSEMENT' }.met", equalTo(true))
                .body("requirements.find { it.code == 'SUPPORT' }.met", equalTo(true));
        given().header("Authorization", api.admin(tenant)).when()
                .get("/v1/partners/" + tenant + "/direct-bill-eligibility?asOf=" + today)
                .then().statusCode(200).body("requirements.find { it.code == 'ENDORSEMENT' }.met", equalTo(false));
        // before the history begins (the registration, 30 days ago) the suite knows only today's facts
        assertThat(endorsement(tenant, today.minusDays(40))).isEqualTo(endorsement(tenant, today));
    }
}
