package org.csptransition.infra.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The suite's public REST APIs as a client sees them: each call is told to the {@link Narrator}. */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Narrator narrator;
    private final Retries retries;

    public Api(Narrator narrator) {
        this(narrator, null);
    }

    /** A client that retries as a resilient caller would: see {@link Retries}; {@code null} sends each call once. */
    public Api(Narrator narrator, Retries retries) {
        this.narrator = narrator;
        this.retries = retries;
    }

    /**
     * How a resilient client treats a service that is away: a 503 (the database is away), a 409 for an
     * Idempotency-Key still in progress, or a connection that fails is sent again, unchanged (the same Idempotency-Key and If-Match), after a short pause, until {@code budget} is
     * spent; a connection failure first moves the call to the next base URL of its service (a load balancer's
     * fail-over between replicas). Counts what it did, for the chaos test's figures.
     */
    public static final class Retries {

        final Duration budget;
        private final List<List<String>> replicas;
        final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong succeeded = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong retried = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong unavailable = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong connectionFailures = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong inProgress = new java.util.concurrent.atomic.AtomicLong();
        final java.util.concurrent.atomic.AtomicLong serverErrors = new java.util.concurrent.atomic.AtomicLong();

        /** {@code replicas}: groups of base URLs that serve the same service. */
        public Retries(Duration budget, List<List<String>> replicas) {
            this.budget = budget;
            this.replicas = replicas;
        }

        public long sent() { return sent.get(); }
        public long succeeded() { return succeeded.get(); }
        public long retried() { return retried.get(); }
        public long unavailable() { return unavailable.get(); }
        public long connectionFailures() { return connectionFailures.get(); }
        /** 409 IDEMPOTENCY_REQUEST_IN_PROGRESS: a request whose first attempt's answer was lost. */
        public long inProgress() { return inProgress.get(); }
        /** Answers 500 and above other than 503: a product defect under faults. */
        public long serverErrors() { return serverErrors.get(); }

        Call failOver(Call call) {
            for (List<String> group : replicas) {
                for (int i = 0; i < group.size(); i++) {
                    if (call.url().startsWith(group.get(i))) {
                        String next = group.get((i + 1) % group.size());
                        return new Call(call.method(), next + call.url().substring(group.get(i).length()), call.token(), call.body(), call.headers());
                    }
                }
            }
            return call;
        }
    }

    /** A response: status, JSON body (or MissingNode) and headers. */
    public record Answer(int status, JsonNode body, Map<String, String> headers) {

        public String text(String field) {
            return body.path(field).asText();
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** One request: verb, URL, bearer token, optional JSON body and extra headers. */
    public record Call(String method, String url, String token, Object body, Map<String, String> headers) {

        public Call with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Call(method, url, token, body, more);
        }
    }

    public static Call get(String url, String token) {
        return new Call("GET", url, token, null, Map.of());
    }

    public static Call post(String url, String token, Object body) {
        return new Call("POST", url, token, body, Map.of());
    }

    public static Call put(String url, String token, Object body) {
        return new Call("PUT", url, token, body, Map.of());
    }

    public static Call patch(String url, String token, Object body) {
        return new Call("PATCH", url, token, body, Map.of());
    }

    public static Call delete(String url, String token) {
        return new Call("DELETE", url, token, null, Map.of());
    }

    /** Sends the call once and tells the narrator what was asked and answered. */
    public Answer send(Call call) {
        Answer answer = exchange(call);
        narrator.exchange(call, answer);
        return answer;
    }

    /** Sends the call and insists on the status; anything else ends the journey with what was answered. */
    public Answer expect(int status, Call call) {
        Answer answer = send(call);
        if (answer.status() != status) {
            throw new JourneyFailed(call.method() + " " + call.url() + " answered " + answer.status() + " instead of " + status
                    + ": " + answer.body());
        }
        return answer;
    }

    /**
     * Repeats the call until the answer satisfies {@code done} or the time is up: for a step that waits for another
     * service to learn a fact through Kafka. Only the final answer is narrated.
     */
    public Answer await(Call call, Predicate<Answer> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Answer answer = exchange(call);
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            pause();
            answer = exchange(call);
        }
        narrator.exchange(call, answer);
        if (!done.test(answer)) {
            throw new JourneyFailed("gave up waiting after " + timeout + ": " + call.method() + " " + call.url()
                    + " still answers " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    private Answer exchange(Call call) {
        if (retries == null) {
            return exchangeOnce(call);
        }
        Instant deadline = Instant.now().plus(retries.budget);
        Call attempt = call;
        while (true) {
            retries.sent.incrementAndGet();
            try {
                Answer answer = exchangeOnce(attempt);
                if (answer.status() >= 200 && answer.status() < 300) {
                    retries.succeeded.incrementAndGet();
                } else if (answer.status() == 503) {
                    retries.unavailable.incrementAndGet();
                } else if (retryable(answer)) {
                    retries.inProgress.incrementAndGet();
                } else if (answer.status() >= 500) {
                    retries.serverErrors.incrementAndGet();
                }
                if (!retryable(answer) || Instant.now().isAfter(deadline)) {
                    return answer;
                }
            } catch (UncheckedIOException e) {
                retries.connectionFailures.incrementAndGet();
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                attempt = retries.failOver(attempt);
            }
            retries.retried.incrementAndGet();
            pause();
        }
    }

    /**
     * A 503 (the database is away), or a 409 saying the first request with this Idempotency-Key is still in progress:
     * its answer was lost (the process died or lost the database), and the service frees the key once the request is
     * abandoned ({@code platform.http.idempotency.abandoned-after}).
     */
    private static boolean retryable(Answer answer) {
        return answer.status() == 503
                || answer.status() == 409 && "IDEMPOTENCY_REQUEST_IN_PROGRESS".equals(answer.text("code"));
    }

    private Answer exchangeOnce(Call call) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).timeout(Duration.ofSeconds(30));
            if (call.token() != null) {
                request.header("Authorization", "Bearer " + call.token());
            }
            call.headers().forEach(request::header);
            if (call.body() != null) {
                request.header("Content-Type", "application/json")
                        .method(call.method(), HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(call.body())));
            } else {
                request.method(call.method(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            JsonNode body = response.body() == null || response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(call.method() + " " + call.url() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailed("interrupted");
        }
    }

    /** The retry policy this client follows, or {@code null}: the customer's pages follow the same one. */
    Retries retries() {
        return retries;
    }

    static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The journey could not go on: which call, and what it answered. */
    public static final class JourneyFailed extends RuntimeException {
        public JourneyFailed(String message) {
            super(message);
        }
    }
}
