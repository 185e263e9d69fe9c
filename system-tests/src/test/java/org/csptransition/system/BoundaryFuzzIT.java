package org.csptransition.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.SuiteService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every operation of the four services' OpenAPI specs (as the running services serve them) with bad input and
 * bad identities, against the services as processes on the real infrastructure: wrong types, missing and extra fields,
 * boundary and out-of-range values, control characters, huge strings and arrays, odd path ids and query parameters,
 * wrong, expired and missing tokens, and tokens without any role the operation admits. It fails on any 5xx, on any error
 * that is not problem+json with a code, on any stack trace in a body, and on any operation that admits a token without
 * one of its required roles (the role sweep).
 */
@DisplayName("The boundary under fuzzing: every operation of every spec (four separate processes, real infrastructure)")
class BoundaryFuzzIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    static final List<String> ROLES = List.of("GlobalAdmin", "AdminAgent", "SalesAgent", "CustomerAdmin", "ProgramOperator");

    static RunningSuite suite;
    static HttpClient http;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.shared();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An operation of a spec, with the roles its Java method admits ({@code @RolesAllowed}, read from the built service). */
    record Operation(SuiteService service, String method, String path, JsonNode operation, JsonNode spec, List<String> roles) {

        @Override
        public String toString() {
            return service + " " + method.toUpperCase() + " " + path;
        }
    }

    record Outcome(Operation operation, String variant, int status, String contentType, String body, String retryAfter) {
    }

    @Test
    @DisplayName("no operation answers 5xx, a non-problem error or a stack trace, over at least 5,000 requests")
    void fuzzEveryOperation() throws Exception {
        List<Operation> operations = operations();
        Random random = new Random(20261201L);
        List<Outcome> outcomes = new ArrayList<>();
        for (Operation operation : operations) {
            // each operation is driven as two callers: its first admitted role and its last, each from its own tenant
            for (String identity : identities(operation)) {
                for (Variant variant : variants(operation, identity, random)) {
                    outcomes.add(send(operation, variant));
                }
            }
        }

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        for (Outcome o : outcomes) {
            byStatus.merge(o.status(), 1, Integer::sum);
            if (o.status() >= 500 && !stillOnItsWay(o)) {
                failures.add(o.status() + " " + o.operation() + " [" + o.variant() + "]: " + excerpt(o.body()));
            } else if (o.status() >= 400 && (o.contentType() == null || !o.contentType().startsWith("application/problem+json")
                    || !o.body().contains("\"code\""))) {
                failures.add("not a problem: " + o.status() + " " + o.contentType() + " " + o.operation() + " [" + o.variant() + "]");
            } else if (o.body().contains("\tat ") || o.body().contains("Exception:") || o.body().contains(".java:")) {
                failures.add("stack trace: " + o.operation() + " [" + o.variant() + "]");
            }
        }
        System.out.printf("BoundaryFuzzIT: %d operations, %d requests, by status %s%n", operations.size(), outcomes.size(), byStatus);
        assertThat(outcomes.size()).as("requests sent").isGreaterThanOrEqualTo(5_000);
        assertThat(failures).as("responses that break the boundary").isEmpty();
    }

    @Test
    @DisplayName("role sweep: every operation names the roles it admits, and a token without one of them gets 403")
    void roleSweep() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations()) {
            List<String> admitted = operation.roles();
            if (admitted.isEmpty()) {
                failures.add(operation + " names no role");
            }
            List<String> others = new ArrayList<>(ROLES);
            others.removeAll(admitted);
            others.add("NotASuiteRole");
            for (String role : others) {
                UUID tenant = role.equals("ProgramOperator") ? Jwts.OPERATOR_TENANT : UUID.randomUUID();
                Outcome o = send(operation, new Variant("role " + role, tokenOf(tenant, role), pathWith(operation, p -> UUID.randomUUID().toString()),
                        validBody(operation)));
                checked++;
                if (o.status() != 403) {
                    failures.add(operation + " admits a token with only " + role + ": " + o.status());
                }
            }
        }
        System.out.printf("Role sweep: %d requests without a required role%n", checked);
        assertThat(failures).as("operations that admit a token without a required role").isEmpty();
    }

    /**
     * 503 NOT_YET_KNOWN with Retry-After is the contract's answer for a fact still on its way (a fuzzed caller's fresh
     * tenant is a partner no service has heard of); any other 5xx breaks the boundary.
     */
    private static boolean stillOnItsWay(Outcome o) {
        return o.status() == 503 && o.retryAfter() != null && o.contentType() != null
                && o.contentType().startsWith("application/problem+json") && o.body().contains("\"code\":\"NOT_YET_KNOWN\"");
    }

    // ---- the variants of one operation

    record Variant(String name, String authorization, String pathAndQuery, String body) {
    }

    private List<Variant> variants(Operation op, String good, Random random) {
        List<Variant> variants = new ArrayList<>();
        String path = pathWith(op, p -> UUID.randomUUID().toString());
        String body = validBody(op);

        variants.add(new Variant("no token", null, path, body));
        variants.add(new Variant("garbage token", "Bearer not.a.jwt", path, body));
        variants.add(new Variant("expired token", "Bearer " + suite.infra.jwts().token(UUID.randomUUID(), op.roles().isEmpty()
                ? List.of("AdminAgent") : op.roles(), "user", Duration.ofMinutes(-10)), path, body));
        variants.add(new Variant("basic auth", "Basic dXNlcjpwYXNz", path, body));
        variants.add(new Variant("valid-looking request", good, path, body));

        for (String odd : List.of("not-a-uuid", "%00", "x".repeat(300), "-1", "2026-13-45", "%E2%80%AE", "..%2F..", "00000000-0000-0000-0000-000000000000")) {
            variants.add(new Variant("path id " + odd, good, pathWith(op, p -> odd), body));
        }
        for (JsonNode parameter : parameters(op, "query")) {
            String name = parameter.path("name").asText();
            for (String value : List.of("", "x", "-1", "0", "99999999999999999999", "99999-01-01", "0001-01-01", "1800-01",
                    "x".repeat(5000), "true", "null", "[]", "'; DROP TABLE x; --", "2020-02-30", "P1000Y")) {
                variants.add(new Variant("query " + name + "=" + abbreviate(value), good, path + "?" + name + "=" + encode(value), body));
            }
            for (String encoded : List.of("%00", "a%0Ab", "%FF%FE", "%E2%80%AE")) {
                variants.add(new Variant("query " + name + "=" + encoded, good, path + "?" + name + "=" + encoded, body));
            }
        }
        if (op.operation().has("requestBody")) {
            variants.add(new Variant("empty body", good, path, ""));
            variants.add(new Variant("not json", good, path, "this is not json"));
            variants.add(new Variant("array body", good, path, "[]"));
            variants.add(new Variant("empty object", good, path, "{}"));
            variants.add(new Variant("null body", good, path, "null"));
            variants.add(new Variant("deep nesting", good, path, "[".repeat(5000) + "]".repeat(5000)));
            variants.add(new Variant("extra field", good, path, mutate(body, n -> {
                n.put("unexpectedField", "x");
                return n;
            })));
            ObjectNode valid = (ObjectNode) readOrEmpty(body);
            for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
                String field = fields.next();
                for (Map.Entry<String, JsonNode> bad : badValues(random).entrySet()) {
                    variants.add(new Variant("body " + field + " " + bad.getKey(), good, path, mutate(body, n -> {
                        n.set(field, bad.getValue());
                        return n;
                    })));
                }
                variants.add(new Variant("body without " + field, good, path, mutate(body, n -> {
                    n.remove(field);
                    return n;
                })));
            }
        }
        return variants;
    }

    private static Map<String, JsonNode> badValues(Random random) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        values.put("null", NODES.nullNode());
        values.put("number", NODES.numberNode(random.nextInt()));
        values.put("huge number", NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")));
        values.put("negative", NODES.numberNode(-1));
        values.put("fraction", NODES.numberNode(0.5));
        values.put("boolean", NODES.booleanNode(true));
        values.put("object", NODES.objectNode().put("a", 1));
        values.put("empty string", NODES.textNode(""));
        values.put("blank", NODES.textNode("   "));
        values.put("NUL", NODES.textNode("a\u0000b"));
        values.put("line break", NODES.textNode("Fabrikam\r\nBcc: attacker@example.com\r\n\r\nbody"));
        values.put("escape", NODES.textNode("\u001b[31mred"));
        values.put("long string", NODES.textNode("x".repeat(100_000)));
        values.put("far future date", NODES.textNode("99999-12-31"));
        values.put("far past date", NODES.textNode("0001-01-01"));
        values.put("far future instant", NODES.textNode("+100000-01-01T00:00:00Z"));
        values.put("bad month", NODES.textNode("2020-13"));
        values.put("not a uuid", NODES.textNode("not-a-uuid"));
        values.put("36-char tag", NODES.textNode("sv-SE-x-" + "a".repeat(28)));
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 5_000; i++) {
            many.add(UUID.randomUUID().toString());
        }
        values.put("huge array", many);
        values.put("empty array", NODES.arrayNode());
        values.put("array of nulls", NODES.arrayNode().addNull().addNull());
        return values;
    }

    // ---- requests

    private Outcome send(Operation op, Variant variant) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.url(op.service()) + variant.pathAndQuery()))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (variant.authorization() != null) {
            request.header("Authorization", variant.authorization());
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (variant.body() != null && !op.method().equals("get") && !op.method().equals("delete")) {
            request.header("Content-Type", mediaType(op));
            body = HttpRequest.BodyPublishers.ofString(variant.body());
        }
        request.method(op.method().toUpperCase(), body);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Outcome(op, variant.name(), response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), response.headers().firstValue("Retry-After").orElse(null));
    }

    private List<String> identities(Operation op) {
        List<String> roles = op.roles().isEmpty() ? List.of("AdminAgent") : op.roles();
        return List.of(tokenOf(roles.get(0)), tokenOf(roles.get(roles.size() - 1)));
    }

    private String tokenOf(String role) {
        UUID tenant = role.equals("ProgramOperator") ? Jwts.OPERATOR_TENANT : UUID.randomUUID();
        return "Bearer " + suite.infra.jwts().token(tenant, List.of(role), "fuzz@example.com", Duration.ofMinutes(30));
    }

    private String tokenOf(UUID tenant, String role) {
        return "Bearer " + suite.infra.jwts().token(tenant, List.of(role), "sweep@example.com", Duration.ofMinutes(30));
    }

    // ---- the specs

    private List<Operation> operations() throws IOException, InterruptedException {
        List<Operation> operations = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(suite.url(service) + "/q/openapi?format=json"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            JsonNode spec = JSON.readTree(response.body());
            Map<String, List<String>> rolesByOperationId = ServiceRoles.byOperationId(suite.root().resolve(service.serviceName()));
            spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                if (METHODS.contains(method.getKey())) {
                    List<String> roles = rolesByOperationId.getOrDefault(method.getValue().path("operationId").asText(), List.of());
                    operations.add(new Operation(service, method.getKey(), path.getKey(), method.getValue(), spec, roles));
                }
            }));
        }
        assertThat(operations).as("operations in the four specs").hasSizeGreaterThan(40);
        return operations;
    }

    private static List<JsonNode> parameters(Operation op, String in) {
        List<JsonNode> found = new ArrayList<>();
        op.operation().path("parameters").forEach(p -> {
            JsonNode parameter = resolve(op.spec(), p);
            if (in.equals(parameter.path("in").asText())) {
                found.add(parameter);
            }
        });
        return found;
    }

    private static String pathWith(Operation op, UnaryOperator<String> value) {
        String path = op.path();
        for (JsonNode parameter : parameters(op, "path")) {
            String name = parameter.path("name").asText();
            path = path.replace("{" + name + "}", value.apply(name));
        }
        return path;
    }

    /** The media type the operation declares for its body (a careful client sends it; JSON where none is named). */
    private static String mediaType(Operation op) {
        Iterator<String> types = op.operation().path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    private static String validBody(Operation op) {
        JsonNode content = op.operation().path("requestBody").path("content");
        if (content.isMissingNode()) {
            return null;
        }
        JsonNode schema = content.elements().hasNext() ? content.elements().next().path("schema") : NODES.objectNode();
        return example(op.spec(), schema, 0).toString();
    }

    /** A plausible value of {@code schema}: what a careful client would send. */
    private static JsonNode example(JsonNode spec, JsonNode schema, int depth) {
        schema = resolve(spec, schema);
        if (depth > 6) {
            return NODES.nullNode();
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                for (JsonNode option : schema.get(combinator)) {
                    JsonNode resolved = resolve(spec, option);
                    if (!"null".equals(resolved.path("type").asText())) {
                        return example(spec, resolved, depth + 1);
                    }
                }
            }
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("object");
        String format = schema.path("format").asText("");
        switch (type) {
            case "string":
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2025-06-01";
                    case "date-time" -> "2025-06-01T10:00:00Z";
                    case "email" -> "eva@fabrikam.example";
                    default -> schema.path("pattern").asText("").contains("\\d{4}-\\d{2}") ? "2025-06" : "Fabrikam";
                });
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(1.0);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                return NODES.arrayNode().add(example(spec, schema.path("items"), depth + 1));
            default:
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), example(spec, p.getValue(), depth + 1)));
                return object;
        }
    }

    private static JsonNode resolve(JsonNode spec, JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = spec.at(ref.substring(1));
        }
        return node;
    }

    private static JsonNode readOrEmpty(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node instanceof ObjectNode ? node : NODES.objectNode();
        } catch (IOException e) {
            return NODES.objectNode();
        }
    }

    private static String mutate(String body, UnaryOperator<ObjectNode> change) {
        return change.apply((ObjectNode) readOrEmpty(body).deepCopy()).toString();
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }

    private static String excerpt(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
