package org.csptransition.notification.delivery;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.notification.NotificationFixtures;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
@DisplayName("The database away: 503 with Retry-After, never 500; back when it is")
class DatabaseOutageTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    AgroalDataSource dataSource;

    @Test
    @DisplayName("with every pooled connection taken, a request that waits in vain for one gets 503 with Retry-After, never 500")
    void exhaustedPoolIs503() throws SQLException {
        String operator = NotificationFixtures.operator(infra);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.getConfiguration().connectionPoolConfiguration().maxSize(); i++) {
                held.add(dataSource.getConnection());
            }
            given().header("Authorization", operator).get("/v1/notifications")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("code", equalTo("DATABASE_UNAVAILABLE"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().header("Authorization", operator).get("/v1/notifications").then().statusCode(200);
    }

    @Test
    @DisplayName("with the real PostgreSQL killed, reads and writes that need it get 503 DATABASE_UNAVAILABLE with Retry-After; after the restart they succeed, and events are consumed again")
    void outageIs503() {
        String operator = NotificationFixtures.operator(infra);
        given().header("Authorization", operator).get("/v1/notifications").then().statusCode(200);

        infra.postgres().kill();
        try {
            for (int i = 0; i < 3; i++) {
                given().header("Authorization", operator).header("Accept-Language", "sv").get("/v1/notifications")
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", "5").body("code", equalTo("DATABASE_UNAVAILABLE"));
            }
            given().header("Authorization", operator).post("/v1/notifications/{id}/retry", java.util.UUID.randomUUID())
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
        } finally {
            infra.postgres().restart();
        }

        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().header("Authorization", operator).get("/v1/notifications").statusCode() == 200);
        // the consumer lived through the outage: a fact published after it still arrives
        java.util.UUID partner = NotificationFixtures.aRegisteredPartner(infra, "sv-SE").tenantId();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                given().header("Authorization", operator).get("/v1/recipients/{id}", partner).statusCode() == 200);
    }
}
