package org.csptransition.platform.http;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/**
 * Fair use per tenant, with this module's test budgets (application.properties): 40 reads, 1000 writes, 3 bulk
 * operations per minute per tenant.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Rate limits per tenant and operation class")
class RateLimitTest {

    @InjectInfra
    Infrastructure infra;

    @TestHTTPResource("/")
    URI base;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    String agent(UUID tenant) {
        return "Bearer " + infra.jwts().token(tenant, "AdminAgent");
    }

    String createThing(UUID tenant) {
        return given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).body("{\"name\":\"alpha\"}")
                .post("/probe/things").then().statusCode(201).extract().path("id");
    }

    record Timed(int status, long millis, HttpResponse<String> response) {
    }

    Timed read(String token, String id, String language) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/probe/things/" + id)).header("Authorization", token)
                .header("Accept-Language", language).timeout(Duration.ofSeconds(30)).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Timed(response.statusCode(), (System.nanoTime() - start) / 1_000_000, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    @DisplayName("a tenant bursting past its read budget gets 429 with Retry-After, while another tenant's reads in the same seconds all succeed within their usual latency")
    void burstLeavesOthersAlone() {
        UUID noisy = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        String noisyThing = createThing(noisy);
        String quietThing = createThing(quiet);
        String noisyToken = agent(noisy);
        String quietToken = agent(quiet);

        // the quiet tenant's usual latency (the first read warms the path and the token cache, it is not counted)
        read(quietToken, quietThing, "en");
        List<Long> usual = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Timed t = read(quietToken, quietThing, "en");
            assertThat(t.status()).isEqualTo(200);
            usual.add(t.millis());
        }

        // the noisy tenant's runaway script: a read every 10 ms (100 a second, 150 times its budget), on until the
        // quiet tenant is done
        AtomicInteger noisyOk = new AtomicInteger();
        ConcurrentLinkedQueue<HttpResponse<String>> refused = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService script = Executors.newSingleThreadScheduledExecutor();
        HttpRequest noisyRead = HttpRequest.newBuilder(base.resolve("/probe/things/" + noisyThing)).header("Authorization", noisyToken)
                .header("Accept-Language", "sv-SE").timeout(Duration.ofSeconds(30)).GET().build();
        script.scheduleAtFixedRate(() -> inFlight.add(http.sendAsync(noisyRead, HttpResponse.BodyHandlers.ofString())
                .thenAccept(response -> {
                    if (response.statusCode() == 200) {
                        noisyOk.incrementAndGet();
                    } else {
                        refused.add(response);
                    }
                })), 0, 10, TimeUnit.MILLISECONDS);
        List<Timed> duringBurst = new ArrayList<>();
        int refusedWhileQuietRead;
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> refused.size() >= 10);
            int refusedBefore = refused.size();
            for (int i = 0; i < 12; i++) {
                duringBurst.add(read(quietToken, quietThing, "en"));
            }
            refusedWhileQuietRead = refused.size() - refusedBefore;
        } finally {
            script.shutdownNow();
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();

        // the quiet tenant: every read served, as fast as usual
        assertThat(duringBurst).extracting(Timed::status).containsOnly(200);
        List<Long> burstMillis = duringBurst.stream().map(Timed::millis).toList();
        long usualMedian = median(usual);
        assertThat(median(burstMillis)).as("median latency during the burst (usual %d ms, during %s ms)", usualMedian, burstMillis)
                .isLessThanOrEqualTo(3 * usualMedian + 25);
        assertThat(burstMillis).allSatisfy(ms -> assertThat(ms).isLessThan(1_000));
        String quietBudget = duringBurst.get(11).response().headers().firstValue("RateLimit").orElseThrow();
        assertThat(Integer.parseInt(quietBudget.replaceAll(".*;r=(\\d+);.*", "$1")))
                .as("the quiet tenant spent 25 of its own 40 reads, nothing else: %s", quietBudget).isGreaterThanOrEqualTo(40 - 25);

        // the noisy tenant: its budget, then 429 problems in its language, with when to come back
        assertThat(noisyOk.get()).as("its budget of 40, and what refilled during the burst").isBetween(40, 44);
        assertThat(refusedWhileQuietRead).as("the noisy tenant was refused in the same seconds as the quiet one read").isPositive();
        HttpResponse<String> tooMany = refused.peek();
        assertThat(tooMany.statusCode()).isEqualTo(429);
        assertThat(tooMany.headers().firstValue("Content-Type").orElseThrow()).startsWith(Problem.MEDIA_TYPE);
        assertThat(Long.parseLong(tooMany.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(tooMany.headers().firstValue("RateLimit-Policy").orElseThrow()).isEqualTo("\"reads\";q=40;w=60");
        assertThat(tooMany.headers().firstValue("RateLimit").orElseThrow()).matches("\"reads\";r=0;t=\\d+");
        assertThat(tooMany.headers().firstValue("Content-Language").orElseThrow()).isEqualTo("sv");
        assertThat(tooMany.body()).contains("\"code\":\"RATE_LIMITED\"", "\"status\":429", "Den här tenanten har gjort fler än 40 anrop");
    }

    @Test
    @DisplayName("each operation class has its own budget: bulk operations run out while reads and writes go on")
    void classesAreSeparate() {
        UUID tenant = UUID.randomUUID();
        String id = createThing(tenant);
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).post("/probe/things/bulk-renames").then().statusCode(204)
                    .header("RateLimit-Policy", "\"bulk\";q=3;w=60");
        }
        given().header("Authorization", agent(tenant)).header("Accept-Language", "fr-FR").contentType(ContentType.JSON)
                .post("/probe/things/bulk-renames")
                .then().statusCode(429).contentType(Problem.MEDIA_TYPE).header("Retry-After", matchesPattern("\\d+"))
                .body("code", equalTo("RATE_LIMITED")).body("context.operationClass", equalTo("bulk"))
                .body("detail", equalTo("Ce tenant a fait plus de 3 requêtes de la classe bulk en 60 s ; réessayez dans "
                        + "20 s"));
        given().header("Authorization", agent(tenant)).get("/probe/things/" + id).then().statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=40;w=60");
        given().header("Authorization", agent(tenant)).contentType(ContentType.JSON).body("{\"name\":\"beta\"}")
                .patch("/probe/things/" + id).then().statusCode(200).header("RateLimit-Policy", "\"writes\";q=1000;w=60");
    }

    @Test
    @DisplayName("a request without a valid token is not counted against anyone: 401 as before")
    void unauthenticatedNotCounted() {
        given().header("Authorization", "Bearer not.a.jwt").get("/probe/things/" + UUID.randomUUID())
                .then().statusCode(401).header("RateLimit", org.hamcrest.Matchers.nullValue());
    }
}
