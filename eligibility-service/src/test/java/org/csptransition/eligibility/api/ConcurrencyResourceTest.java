package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests sent at the same moment, for real, in parallel: a lost race is a 409 the client may retry, never a 500,
 * and exactly one of the duplicates takes effect. The partner row is locked with {@code SELECT … FOR UPDATE} before
 * the aggregate is loaded ({@code PartnerRepository#findForUpdate}), so a tenant's steps run one after the other.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Concurrency: parallel duplicates are one success and 409s, never 500")
class ConcurrencyResourceTest {

    static final int PARALLEL = 8;

    @InjectInfra
    Infrastructure infra;
    Api api;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    record Answer(int status, String body) {
    }

    /** Sends {@code PARALLEL} requests released together by one latch; the answers in the order of their index. */
    List<Answer> atOnce(IntFunction<HttpRequest> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                HttpRequest r = request.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    assertThat(go.await(30, TimeUnit.SECONDS)).isTrue();
                    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.body());
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    HttpRequest.Builder request(String path, String bearer) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer).header("Content-Type", "application/json");
    }

    static Map<Integer, Long> byStatus(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
    }

    long count(String sql, Object parameter) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static void oneWinnerRestConflicts(List<Answer> answers, int winner) {
        assertThat(byStatus(answers)).as(answers.toString()).containsOnlyKeys(winner, 409).containsEntry(winner, 1L);
        assertThat(answers).filteredOn(a -> a.status() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("\"status\":409").contains("\"code\":"));
    }

    @Test
    @DisplayName("E1: the same tenant registered by 8 requests at once: one 201, seven 409, exactly one partner row and one partner.registered.v1")
    void concurrentRegistrationOfOneTenant() throws Exception {
        UUID tenant = UUID.randomUUID();
        List<Answer> answers = atOnce(i -> request("/v1/partners", api.operator()).POST(HttpRequest.BodyPublishers.ofString(
                PartnerResourceTest.aPartnerJson(tenant, Api.aPartnerId(), "eva@fabrikam.se"))).build());
        oneWinnerRestConflicts(answers, 201);
        assertThat(count("SELECT count(*) FROM partner WHERE tenant_id = ?", tenant)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM partner_program WHERE tenant_id = ?", tenant)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE aggregate_id = ? AND type = 'partner.registered.v1'",
                tenant.toString())).isEqualTo(1);
    }

    @Test
    @DisplayName("E1: one PartnerID registered for 8 tenants at once: one 201, seven 409, one row with that PartnerID")
    void concurrentRegistrationOfOnePartnerId() throws Exception {
        String partnerId = Api.aPartnerId();
        List<Answer> answers = atOnce(i -> request("/v1/partners", api.operator()).POST(HttpRequest.BodyPublishers.ofString(
                PartnerResourceTest.aPartnerJson(UUID.randomUUID(), partnerId, "eva@fabrikam.se"))).build());
        oneWinnerRestConflicts(answers, 201);
        assertThat(count("SELECT count(*) FROM partner WHERE partner_id = ?", partnerId)).isEqualTo(1);
    }

    @Test
    @DisplayName("E6: 8 concurrent operator decisions (approve and reject) on one application: one 200, seven 409, no 500")
    void concurrentDecisions() throws Exception {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + "/indirect-reseller-enrollment")
                .then().statusCode(201);
        List<Answer> answers = atOnce(i -> request("/v1/partners/" + tenant + "/indirect-reseller-enrollment/decision", api.operator())
                .POST(HttpRequest.BodyPublishers.ofString(i % 2 == 0 ? "{ \"decision\": \"APPROVE\" }"
                        : "{ \"decision\": \"REJECT\", \"reason\": \"Incomplete profile\" }")).build());
        oneWinnerRestConflicts(answers, 200);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertThat(a.body()).contains("ENROLLMENT_ALREADY_DECIDED"));
        assertThat(count("SELECT count(*) FROM indirect_reseller_enrollment WHERE tenant_id = ? AND decided_at IS NOT NULL", tenant))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("E6: 8 concurrent applications of one tenant: one 201, seven 409 ENROLLMENT_ALREADY_SUBMITTED, one open application")
    void concurrentApplications() throws Exception {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        List<Answer> answers = atOnce(i -> request("/v1/partners/" + tenant + "/indirect-reseller-enrollment", api.admin(tenant))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        oneWinnerRestConflicts(answers, 201);
        assertThat(answers).filteredOn(a -> a.status() == 409).allSatisfy(a -> assertThat(a.body()).contains("ENROLLMENT_ALREADY_SUBMITTED"));
        assertThat(count("SELECT count(*) FROM indirect_reseller_enrollment WHERE tenant_id = ?", tenant)).isEqualTo(1);
    }

    @Test
    @DisplayName("E6: approve, then 8 concurrent agreement acceptances: one 200, seven 409, the tenant holds both programs once")
    void concurrentAgreementAcceptances() throws Exception {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + "/indirect-reseller-enrollment")
                .then().statusCode(201);
        given().header("Authorization", api.operator()).contentType("application/json").body("{ \"decision\": \"APPROVE\" }")
                .when().post("/v1/partners/" + tenant + "/indirect-reseller-enrollment/decision").then().statusCode(200);
        List<Answer> answers = atOnce(i -> request("/v1/partners/" + tenant + "/indirect-reseller-enrollment/agreement-acceptance",
                api.admin(tenant)).POST(HttpRequest.BodyPublishers.noBody()).build());
        oneWinnerRestConflicts(answers, 200);
        assertThat(count("SELECT count(*) FROM partner_program WHERE tenant_id = ? AND program = 'INDIRECT_RESELLER'", tenant))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("E1: 8 concurrent profile changes of one tenant all succeed one after the other (no 500, no lost version)")
    void concurrentProfileChanges() throws Exception {
        UUID tenant = api.register(null, "DIRECT_BILL:2017-03-01");
        List<Answer> answers = atOnce(i -> request("/v1/partners/" + tenant, api.admin(tenant))
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{ \"attestations\": { \"managedServices\": " + (i + 1) + " } }"))
                .build());
        assertThat(byStatus(answers)).as(answers.toString()).containsOnlyKeys(200);
        given().header("Authorization", api.admin(tenant)).when().get("/v1/partners/" + tenant).then().statusCode(200)
                .body("attestations.managedServices", org.hamcrest.Matchers.oneOf(1, 2, 3, 4, 5, 6, 7, 8));
    }
}
