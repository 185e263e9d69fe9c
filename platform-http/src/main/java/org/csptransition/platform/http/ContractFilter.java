package org.csptransition.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The contract every service publishes, made the same way for all four: what each operation has in common is added
 * here once, so a resource declares only what is its own (its statuses, their codes, its bodies). At build time, so the
 * stored copy in {@code docs/api/} is what the service serves.
 * <ul>
 *   <li><b>Schema names</b> are unique across the four services: each is prefixed with the service's name
 *   ({@code transfer-service} → {@code Transfer…}) unless it already starts with it, so two services' generated clients
 *   can share a classpath.</li>
 *   <li><b>Java types never leak</b>: {@code UUID}, {@code Instant}, {@code OffsetDateTime}, {@code LocalDate} and
 *   {@code YearMonth} are inline strings with their format or pattern, as the server writes them.</li>
 *   <li><b>Patterns</b> are ECMAScript, as JSON Schema defines them: a case-insensitive Java pattern is spelt out
 *   ({@link #portable}).</li>
 *   <li><b>Errors</b>: every 4xx and 5xx is an {@code application/problem+json} Problem; every 503 declares
 *   {@code Retry-After}.</li>
 *   <li><b>Headers</b>: every 201 declares {@code Location}; every response header has a schema; every creating POST
 *   (one that answers 201) takes {@code Idempotency-Key}; {@code If-Match} and {@code Idempotency-Key} read the same in
 *   every operation.</li>
 *   <li><b>Conditional reads</b> ({@link ConditionalReads}): every GET that answers JSON declares its {@code ETag}, takes
 *   {@code If-None-Match} and may answer {@code 304} ({@link #declareConditionalReads}).</li>
 *   <li><b>Rate limits</b> ({@link RateLimitFilter}): every operation that needs a token is counted against its tenant's
 *   budget, so it declares {@code 429} (a Problem with {@code Retry-After}) and the {@code RateLimit} and
 *   {@code RateLimit-Policy} headers on its successes and its 429 ({@link #declareRateLimits}).</li>
 * </ul>
 * To add something every operation has (another header, another status), add a step to {@link #filterOpenAPI}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";
    static final String YEAR_MONTH_PATTERN = "^\\d{4}-\\d{2}$";
    static final String RETRY_AFTER = "Retry-After";
    static final String IF_MATCH = "If-Match";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String ETAG = "ETag";
    static final String HEADERS = "#/components/headers/";

    /** The Java value types the server writes as strings, and the schema they are written with. */
    private static final Map<String, Supplier<Schema>> VALUE_TYPES = Map.of(
            "UUID", () -> string().format("uuid").example("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
            "Instant", () -> string().format("date-time").example("2026-05-01T10:15:30Z"),
            "OffsetDateTime", () -> string().format("date-time").example("2026-05-01T12:15:30+02:00"),
            "LocalDate", () -> string().format("date").example("2026-05-01"),
            "YearMonth", () -> string().pattern(YEAR_MONTH_PATTERN).example("2026-05")
                    .description("A calendar month, yyyy-MM"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String prefix = prefixOf(ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class).orElse(null));
        forEachSchema(openAPI, schema -> {
            inlineValueTypeAndPrefix(schema, prefix);
            if (schema.getPattern() != null) {
                schema.setPattern(portable(schema.getPattern()));
            }
        });
        renameComponents(openAPI.getComponents(), prefix);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        String problem = SCHEMAS + prefix + "Problem";
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, operation) -> {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    return;
                }
                Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
                responses.forEach((status, response) -> {
                    if (isError(status)) {
                        problemBody(response, problem);
                    }
                    if ("503".equals(status)) {
                        header(response, RETRY_AFTER, "Seconds to wait before retrying: the fact this depends on is on its way",
                                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE));
                    }
                    if ("201".equals(status)) {
                        header(response, "Location", "The new resource", string().format("uri"));
                    }
                    if (response.getHeaders() != null) {
                        response.getHeaders().values().stream().filter(h -> h.getSchema() == null && h.getRef() == null)
                                .forEach(h -> h.setSchema(string()));
                    }
                });
                if (method == PathItem.HttpMethod.POST && responses.containsKey("201")) {
                    headerParameter(operation, Idempotency.HEADER);
                }
                normaliseHeaderParameters(operation);
            });
        }
        declareConditionalReads(openAPI);
        declareRateLimits(openAPI, problem);
    }

    /**
     * What {@link ConditionalReads} does, declared where it does it: a GET whose 200 is JSON carries an {@code ETag}
     * (a versioned object's own, kept as the resource declared it, or one computed from the body), takes
     * {@code If-None-Match} and answers {@code 304} without a body when it names the current tag. Declared so that a
     * generated client has an {@code ifNoneMatch} argument and a portal knows it may revalidate instead of re-reading.
     */
    static void declareConditionalReads(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            Operation read = item.getGET();
            if (read == null || read.getResponses() == null || read.getResponses().getAPIResponse("200") == null) {
                continue;
            }
            APIResponse ok = read.getResponses().getAPIResponse("200");
            if (ok.getContent() == null || ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) == null) {
                continue;
            }
            header(ok, ETAG, "The version of this answer: send it in If-None-Match to read again only if it changed", string());
            headerParameter(read, IF_NONE_MATCH);
            for (Parameter parameter : read.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER && IF_NONE_MATCH.equalsIgnoreCase(parameter.getName())) {
                    parameter.setName(IF_NONE_MATCH);
                    parameter.setSchema(string());
                    parameter.setDescription("The ETag of the answer this client already has: if it is still the current one, "
                            + "the answer is 304 without a body.");
                    parameter.setExample("\"3\"");
                }
            }
            if (read.getResponses().getAPIResponse("304") == null) {
                APIResponse notModified = OASFactory.createAPIResponse()
                        .description("Not modified: If-None-Match names the current ETag, so the copy the client has is current; no body");
                // right after the 200 it stands for, where a reader of the contract looks for it
                Map<String, APIResponse> ordered = new LinkedHashMap<>();
                read.getResponses().getAPIResponses().forEach((status, response) -> {
                    ordered.put(status, response);
                    if ("200".equals(status)) {
                        ordered.put("304", notModified);
                    }
                });
                read.getResponses().setAPIResponses(ordered);
            }
            header(read.getResponses().getAPIResponse("304"), ETAG, "The current version, the one If-None-Match named", string());
        }
    }

    /**
     * What {@link RateLimitFilter} does, declared where it does it: every request with a verified token spends one
     * request of its tenant's budget for the operation's class (reads, writes, bulk), so every operation that needs a
     * token may answer {@code 429 RATE_LIMITED} with {@code Retry-After}, and its answers carry the IETF
     * {@code RateLimit} and {@code RateLimit-Policy} headers. Declared on the successes, the 304 and the 429, the
     * answers a client paces itself by; the two headers are components, written once per document.
     */
    static void declareRateLimits(OpenAPI openAPI, String problemRef) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean counted = false;
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (!needsToken(openAPI, operation) || operation.getResponses() == null) {
                    continue;
                }
                counted = true;
                if (operation.getResponses().getAPIResponse("429") == null) {
                    operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                            .description("RATE_LIMITED: this tenant has spent its budget for this class of operation "
                                    + "(reads, writes or bulk, named by RateLimit-Policy); retry after Retry-After seconds"));
                }
                APIResponse tooMany = operation.getResponses().getAPIResponse("429");
                problemBody(tooMany, problemRef);
                header(tooMany, RETRY_AFTER, "Seconds until this tenant's budget has a request again",
                        OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ONE));
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") || status.equals("304") || status.equals("429")) {
                        headerRef(response, RateLimitFilter.RATE_LIMIT);
                        headerRef(response, RateLimitFilter.RATE_LIMIT_POLICY);
                    }
                });
            }
        }
        if (counted) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents()
                    .addHeader(RateLimitFilter.RATE_LIMIT, OASFactory.createHeader()
                            .description("What is left of this tenant's budget for this class of operation: the class, r = requests "
                                    + "left, t = seconds until the budget is full again (IETF draft-ietf-httpapi-ratelimit-headers)")
                            .schema(string()).example("\"reads\";r=1199;t=1"))
                    .addHeader(RateLimitFilter.RATE_LIMIT_POLICY, OASFactory.createHeader()
                            .description("This tenant's budget for this class of operation (reads, writes or bulk): q = requests "
                                    + "per window, w = the window in seconds, refilled evenly; counted per replica")
                            .schema(string()).example("\"reads\";q=1200;w=60"));
        }
    }

    /** An operation needs a token when it, or the document for every operation, names a security requirement. */
    private static boolean needsToken(OpenAPI openAPI, Operation operation) {
        var requirements = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        return requirements != null && requirements.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    }

    private static void headerRef(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    /** "transfer-service" → "Transfer": the service's name without "-service", in PascalCase. */
    static String prefixOf(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        StringBuilder prefix = new StringBuilder();
        for (String part : title.replaceAll("-service$", "").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                prefix.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return prefix.toString();
    }

    static String prefixed(String name, String prefix) {
        return name.startsWith(prefix) ? name : prefix + name;
    }

    /**
     * A Java pattern as every client reads it: {@code (?i)}, which ECMAScript (JSON Schema's regex dialect) does not know,
     * becomes a character class per letter ({@code (?i)reject} → {@code [rR][eE][jJ][eE][cC][tT]}), the same language.
     */
    static String portable(String pattern) {
        if (!pattern.startsWith("(?i)")) {
            return pattern;
        }
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 4; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                out.append(c).append(pattern.charAt(++i));
            } else if (c == '[') {
                inClass = true;
                out.append(c);
            } else if (c == ']') {
                inClass = false;
                out.append(c);
            } else if (!inClass && Character.isLetter(c) && Character.toLowerCase(c) != Character.toUpperCase(c)) {
                out.append('[').append(Character.toLowerCase(c)).append(Character.toUpperCase(c)).append(']');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void inlineValueTypeAndPrefix(Schema schema, String prefix) {
        String ref = schema.getRef();
        if (ref == null || !ref.startsWith(SCHEMAS)) {
            return;
        }
        String name = ref.substring(SCHEMAS.length());
        Supplier<Schema> valueType = VALUE_TYPES.get(name);
        if (valueType == null) {
            schema.setRef(SCHEMAS + prefixed(name, prefix));
            return;
        }
        Schema inline = valueType.get();
        schema.setRef(null);
        schema.setType(inline.getType());
        schema.setFormat(inline.getFormat());
        schema.setPattern(inline.getPattern());
        schema.setExample(inline.getExample());
        if (schema.getDescription() == null) {
            schema.setDescription(inline.getDescription());
        }
    }

    private static void renameComponents(Components components, String prefix) {
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        components.getSchemas().forEach((name, schema) -> {
            if (!VALUE_TYPES.containsKey(name)) {
                renamed.put(prefixed(name, prefix), schema);
            }
        });
        components.setSchemas(renamed);
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static void problemBody(APIResponse response, String problemRef) {
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(problemRef)));
        response.setContent(content);
    }

    private static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            Header existing = response.getHeaders().get(name);
            if (existing.getSchema() == null) {
                existing.setSchema(schema);
            }
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).schema(schema));
    }

    private static void headerParameter(Operation operation, String name) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER));
        }
    }

    /** The same name, schema and text for Idempotency-Key and If-Match wherever an operation takes them. */
    private static void normaliseHeaderParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.HEADER || parameter.getName() == null) {
                continue;
            }
            if (parameter.getName().equalsIgnoreCase(Idempotency.HEADER)) {
                parameter.setName(Idempotency.HEADER);
                parameter.setSchema(string().minLength(1).maxLength(255));
                parameter.setDescription("Any unique value, at most 255 characters. Retrying with the same key and the same body "
                        + "replays the first answer (with Idempotent-Replayed: true) instead of doing it again; the same key with "
                        + "another body is 422 IDEMPOTENCY_KEY_REUSED. Kept 24 hours.");
                parameter.setExample("9b2c1f7e-6a43-4d1e-8f0a-2f6c1e9d7a55");
            } else if (parameter.getName().equalsIgnoreCase(IF_MATCH)) {
                parameter.setName(IF_MATCH);
                parameter.setSchema(string());
                parameter.setDescription("The ETag of the version this change is based on; a stale one is 412 PRECONDITION_FAILED. "
                        + "Without it the change goes ahead.");
                parameter.setExample("\"3\"");
            }
        }
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** Every schema of the document, however deep: components, parameters, bodies, responses and headers. */
    private static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        List<Schema> roots = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            roots.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> add(roots, p.getSchema()));
                }
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> add(roots, p.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        addContent(roots, operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                            addContent(roots, response.getContent());
                            if (response.getHeaders() != null) {
                                response.getHeaders().values().forEach(h -> add(roots, h.getSchema()));
                            }
                        }
                    }
                }
            }
        }
        roots.forEach(root -> walk(root, action));
    }

    private static void addContent(List<Schema> roots, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType mediaType : content.getMediaTypes().values()) {
                add(roots, mediaType.getSchema());
            }
        }
    }

    private static void add(List<Schema> roots, Schema schema) {
        if (schema != null) {
            roots.add(schema);
        }
    }

    private static void walk(Schema schema, Consumer<Schema> action) {
        if (schema == null) {
            return;
        }
        action.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, action));
        }
        walk(schema.getItems(), action);
        walk(schema.getAdditionalPropertiesSchema(), action);
        walk(schema.getNot(), action);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> walk(s, action));
            }
        }
    }
}
