package org.csptransition.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client generated from a service's OpenAPI document may rely on (docs/api/README.md), checked on the document the
 * service serves and on the copy stored in {@code docs/api/}. Each method returns the breaches it found, so a failing test
 * lists all of them at once.
 */
public final class ContractRules {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Set<String> JAVA_TYPES = Set.of("UUID", "Instant", "OffsetDateTime", "LocalDate", "LocalDateTime",
            "YearMonth", "ZonedDateTime", "Duration", "BigDecimal");
    private static final Pattern NUMBERED = Pattern.compile(".*\\d$");

    private ContractRules() {
    }

    /** The document the running service serves at /q/openapi. */
    public static JsonNode served() {
        return read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** The copy in the repository's docs/api/{service}/openapi.json, from a module directory or the repository root. */
    public static JsonNode stored(String service) {
        for (Path candidate : List.of(Path.of("..", "docs", "api", service, "openapi.json"), Path.of("docs", "api", service, "openapi.json"))) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return JSON.readTree(candidate.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("No stored contract for " + service + " under docs/api/");
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts every rule on one service's document, {@code prefix} being its schema-name prefix ("Transfer"); among them
     * that the contract declares what platform-http's filters do ({@link #conditionalReads}, {@link #rateLimits}).
     */
    public static void assertKept(JsonNode document, String prefix) {
        List<String> breaches = new ArrayList<>();
        breaches.addAll(version(document));
        breaches.addAll(operationIds(document));
        breaches.addAll(schemaNames(document, prefix));
        breaches.addAll(responses(document));
        breaches.addAll(headerParameters(document));
        breaches.addAll(conditionalReads(document));
        breaches.addAll(rateLimits(document));
        assertThat(breaches).as("contract breaches").isEmpty();
    }

    static List<String> version(JsonNode document) {
        return "3.0.3".equals(document.path("openapi").asText()) ? List.of() : List.of("openapi is " + document.path("openapi") + ", not 3.0.3");
    }

    /** Every operation has an operationId, each one once. */
    static List<String> operationIds(JsonNode document) {
        List<String> breaches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEachOperation(document, (where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                breaches.add(where + ": no operationId");
            } else if (!seen.add(id)) {
                breaches.add(where + ": operationId " + id + " used twice");
            }
        });
        return breaches;
    }

    /** Schema names carry the service's prefix, are never numbered by a collision, and no Java value type is a schema. */
    static List<String> schemaNames(JsonNode document, String prefix) {
        List<String> breaches = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!name.startsWith(prefix)) {
                breaches.add("schema " + name + " does not start with " + prefix);
            }
            if (NUMBERED.matcher(name).matches()) {
                breaches.add("schema " + name + " is numbered: two classes share a name");
            }
            if (JAVA_TYPES.contains(name.substring(Math.min(prefix.length(), name.length())))) {
                breaches.add("schema " + name + " is a Java type; it must be an inline string with a format");
            }
        });
        return breaches;
    }

    /** Every error is a Problem; every 503 says when to retry; every header has a schema; every 201 says where. */
    static List<String> responses(JsonNode document) {
        List<String> breaches = new ArrayList<>();
        forEachOperation(document, (where, operation) -> operation.path("responses").fields().forEachRemaining(entry -> {
            String status = entry.getKey();
            JsonNode response = entry.getValue();
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode content = response.path("content");
                if (content.size() != 1 || !content.path("application/problem+json").path("schema").path("$ref").asText().endsWith("Problem")) {
                    breaches.add(where + " " + status + ": not an application/problem+json Problem");
                }
            }
            if (status.equals("503") && !response.path("headers").has("Retry-After")) {
                breaches.add(where + " 503: no Retry-After");
            }
            if (status.equals("201") && !response.path("headers").has("Location")) {
                breaches.add(where + " 201: no Location");
            }
            response.path("headers").fields().forEachRemaining(header -> {
                if (!header.getValue().has("schema") && !header.getValue().has("$ref")) {
                    breaches.add(where + " " + status + ": header " + header.getKey() + " has no schema");
                }
            });
        }));
        return breaches;
    }

    /** A creating POST takes Idempotency-Key; an operation that can answer 412 takes If-Match. */
    static List<String> headerParameters(JsonNode document) {
        List<String> breaches = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            Set<String> headers = headerParameterNames(operation);
            JsonNode responses = operation.path("responses");
            if (where.startsWith("POST ") && responses.has("201") && !headers.contains("Idempotency-Key")) {
                breaches.add(where + ": creates (201) but takes no Idempotency-Key");
            }
            if (responses.has("412") && !headers.contains("If-Match")) {
                breaches.add(where + ": answers 412 but takes no If-Match");
            }
        });
        return breaches;
    }

    /**
     * Where platform-http's ConditionalReads tags an answer (a GET whose 200 is JSON), the contract says so: an
     * {@code ETag} on the 200, an {@code If-None-Match} parameter, and a 304 that names the tag again.
     */
    public static List<String> conditionalReads(JsonNode document) {
        List<String> breaches = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            JsonNode ok = operation.path("responses").path("200");
            if (!where.startsWith("GET ") || !ok.path("content").has("application/json")) {
                return;
            }
            if (!ok.path("headers").has("ETag")) {
                breaches.add(where + " 200: no ETag");
            }
            if (!headerParameterNames(operation).contains("If-None-Match")) {
                breaches.add(where + ": takes no If-None-Match");
            }
            JsonNode notModified = operation.path("responses").path("304");
            if (notModified.isMissingNode()) {
                breaches.add(where + ": no 304");
            } else if (!notModified.path("headers").has("ETag") || notModified.has("content")) {
                breaches.add(where + " 304: not an ETag without a body");
            }
        });
        return breaches;
    }

    /**
     * Where platform-http's RateLimitFilter counts a request (every operation that needs a token), the contract says so:
     * a 429 with {@code Retry-After}, and the {@code RateLimit} and {@code RateLimit-Policy} headers on the 429, on every
     * success and on the 304.
     */
    public static List<String> rateLimits(JsonNode document) {
        List<String> breaches = new ArrayList<>();
        JsonNode global = document.path("security");
        forEachOperation(document, (where, operation) -> {
            JsonNode security = operation.has("security") ? operation.path("security") : global;
            boolean needsToken = false;
            for (JsonNode requirement : security) {
                needsToken |= requirement.size() > 0;
            }
            if (!needsToken) {
                return;
            }
            JsonNode tooMany = operation.path("responses").path("429");
            if (tooMany.isMissingNode()) {
                breaches.add(where + ": needs a token but declares no 429");
            } else if (!tooMany.path("headers").has("Retry-After")) {
                breaches.add(where + " 429: no Retry-After");
            }
            operation.path("responses").fields().forEachRemaining(entry -> {
                String status = entry.getKey();
                if (status.startsWith("2") || status.equals("304") || status.equals("429")) {
                    for (String header : List.of("RateLimit", "RateLimit-Policy")) {
                        if (!entry.getValue().path("headers").has(header)) {
                            breaches.add(where + " " + status + ": no " + header);
                        }
                    }
                }
            });
        });
        return breaches;
    }

    private static Set<String> headerParameterNames(JsonNode operation) {
        Set<String> headers = new HashSet<>();
        operation.path("parameters").forEach(p -> {
            if ("header".equals(p.path("in").asText())) {
                headers.add(p.path("name").asText());
            }
        });
        return headers;
    }

    /** The schema names of several services' documents that more than one of them uses. */
    public static Set<String> sharedSchemaNames(List<JsonNode> documents) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (JsonNode document : documents) {
            document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
                if (!seen.add(name)) {
                    shared.add(name);
                }
            });
        }
        return shared;
    }

    interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }

    static void forEachOperation(JsonNode document, OperationVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    visitor.visit(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                }
            });
        }
    }
}
