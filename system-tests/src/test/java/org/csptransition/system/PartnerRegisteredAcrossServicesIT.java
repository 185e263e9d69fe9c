package org.csptransition.system;

import io.restassured.http.ContentType;
import org.csptransition.infra.SuiteService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@DisplayName("A registered partner reaches every service through Kafka (four separate processes, real infrastructure)")
class PartnerRegisteredAcrossServicesIT {

    static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.shared();
    }

    @Test
    @DisplayName("partner.registered.v1 from eligibility-service lands in relationship-, transfer- and notification-service")
    void partnerReachesEveryService() {
        UUID tenant = register();
        String self = suite.token(tenant, "GlobalAdmin");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().baseUri(suite.url(SuiteService.RELATIONSHIP)).header("Authorization", self)
                    .get("/v1/known-partners/" + tenant).then().statusCode(200).body("indirectResellerStatus", equalTo("ACTIVE"));
            given().baseUri(suite.url(SuiteService.TRANSFER)).header("Authorization", self)
                    .get("/v1/known-partners/" + tenant).then().statusCode(200).body("directBillStatus", equalTo("ACTIVE"));
            given().baseUri(suite.url(SuiteService.NOTIFICATION)).header("Authorization", self)
                    .get("/v1/recipients/" + tenant).then().statusCode(200).body("email", equalTo("eva@fabrikam.se"));
        });
    }

    @Test
    @DisplayName("with the broker killed while partners are registered, every write succeeds; after restart every service has each partner exactly once")
    void brokerKilledWhileRegistering() throws Exception {
        List<UUID> tenants = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tenants.add(register());
        }
        suite.infra.kafka().kill();
        try {
            for (int i = 0; i < 10; i++) {
                tenants.add(register());
            }
        } finally {
            suite.infra.kafka().start();
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> appliedEverywhere(tenants));
        for (String schema : List.of("relationship", "transfer", "notification")) {
            String readModel = schema.equals("notification") ? "recipient" : "known_partner";
            assertThat(count("SELECT count(*) FROM " + schema + "." + readModel + " WHERE tenant_id = ANY (?)", tenants))
                    .as("%s read model rows", schema).isEqualTo(tenants.size());
            assertThat(count("SELECT count(*) FROM " + schema + ".inbox_event i JOIN eligibility.outbox_event o ON o.id = i.event_id"
                    + " WHERE o.aggregate_id::uuid = ANY (?)", tenants))
                    .as("%s consumed each event once", schema).isEqualTo(tenants.size());
        }
        assertThat(count("SELECT count(*) FROM eligibility.outbox_event WHERE sent_at IS NULL AND aggregate_id::uuid = ANY (?)", tenants))
                .as("events still waiting").isZero();
    }

    private boolean appliedEverywhere(List<UUID> tenants) throws SQLException {
        return count("SELECT count(*) FROM relationship.known_partner WHERE tenant_id = ANY (?)", tenants) == tenants.size()
                && count("SELECT count(*) FROM transfer.known_partner WHERE tenant_id = ANY (?)", tenants) == tenants.size()
                && count("SELECT count(*) FROM notification.recipient WHERE tenant_id = ANY (?)", tenants) == tenants.size();
    }

    private static long count(String sql, List<UUID> tenants) throws SQLException {
        try (Connection c = suite.database(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setArray(1, c.createArrayOf("uuid", tenants.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static UUID register() {
        UUID tenant = UUID.randomUUID();
        String partnerId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        given().baseUri(suite.url(SuiteService.ELIGIBILITY)).header("Authorization", suite.operatorToken())
                .contentType(ContentType.JSON).body("""
                        { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE",
                          "preferredLocale": "sv-SE",
                          "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                          "mpnMembershipActive": true,
                          "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" },
                                        { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2015-01-01" } ] }
                        """.formatted(tenant, partnerId))
                .when().post("/v1/partners").then().statusCode(201);
        return tenant;
    }
}
