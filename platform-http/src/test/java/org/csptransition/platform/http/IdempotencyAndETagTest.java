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

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("HTTP conventions: Idempotency-Key and If-Match")
class IdempotencyAndETagTest {

    @InjectInfra
    Infrastructure infra;

    String agent(UUID tenant) {
        return "Bearer " + infra.jwts().token(tenant, "AdminAgent");
    }

    Response create(UUID tenant, String key, String name) {
        var request = given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).body("{\"name\":\"" + name + "\"}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/probe/things");
    }

    @Nested
    @DisplayName("Idempotency-Key")
    class IdempotencyKey {

        @Test
        @DisplayName("the same key and body replays the first response: same id, one thing created")
        void sameKeySameBodyReplays() {
            UUID tenant = UUID.randomUUID();
            Response first = create(tenant, "k-1", "alpha");
            Response second = create(tenant, "k-1", "alpha");

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(second.statusCode()).isEqualTo(201);
            assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
            assertThat(second.header("Location")).endsWith(first.jsonPath().getString("id"));
            assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        }

        @Test
        @DisplayName("the same key with another body: 422 IDEMPOTENCY_KEY_REUSED")
        void sameKeyOtherBody() {
            UUID tenant = UUID.randomUUID();
            create(tenant, "k-2", "alpha").then().statusCode(201);
            create(tenant, "k-2", "beta").then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        }

        @Test
        @DisplayName("keys belong to a tenant: another tenant's same key is a new request")
        void keysArePerTenant() {
            Response mine = create(UUID.randomUUID(), "k-3", "alpha");
            Response theirs = create(UUID.randomUUID(), "k-3", "alpha");
            assertThat(theirs.jsonPath().getString("id")).isNotEqualTo(mine.jsonPath().getString("id"));
        }

        @Test
        @DisplayName("the same key while the first request still runs: 409 IDEMPOTENCY_REQUEST_IN_PROGRESS")
        void sameKeyWhileRunning() {
            UUID tenant = UUID.randomUUID();
            ProbeResource.hold = new CountDownLatch(1);
            try {
                CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> create(tenant, "k-4", "alpha"));
                await().atMost(Duration.ofSeconds(10)).until(() -> create(tenant, "k-4", "alpha").statusCode() == 409);
                ProbeResource.hold.countDown();
                assertThat(first.join().statusCode()).isEqualTo(201);
            } finally {
                ProbeResource.hold.countDown();
            }
            create(tenant, "k-4", "alpha").then().statusCode(201).header("Idempotent-Replayed", "true");
        }

        @Test
        @DisplayName("without a key every request creates")
        void noKey() {
            UUID tenant = UUID.randomUUID();
            assertThat(create(tenant, null, "a").jsonPath().getString("id")).isNotEqualTo(create(tenant, null, "a").jsonPath().getString("id"));
        }
    }

    @Nested
    @DisplayName("If-Match")
    class IfMatch {

        @Test
        @DisplayName("the current ETag lets the change through; a stale one gets 412 PRECONDITION_FAILED")
        void staleETag() {
            UUID tenant = UUID.randomUUID();
            String id = create(tenant, null, "alpha").jsonPath().getString("id");

            given().header("Authorization", agent(tenant)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body("{\"name\":\"beta\"}").patch("/probe/things/" + id).then().statusCode(200).body("version", equalTo(1));
            given().header("Authorization", agent(tenant)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body("{\"name\":\"gamma\"}").patch("/probe/things/" + id).then().statusCode(412)
                    .contentType("application/problem+json").body("code", equalTo("PRECONDITION_FAILED"));
        }
    }
}
