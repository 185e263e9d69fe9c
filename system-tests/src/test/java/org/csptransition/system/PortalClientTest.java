package org.csptransition.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled clients in docs/portal/client/ (committed, so that ./mvnw verify needs no node) still match the contracts
 * in docs/api/: every operation with its path and header parameters, every schema with its properties, and nothing
 * more. This is the early warning on a machine with only Java; .ci/run compiles them again with tsc and fails on any
 * difference at all (docs/portal/README.md).
 */
@DisplayName("The portal page's compiled clients match the contracts")
class PortalClientTest {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Pattern RAW_METHOD = Pattern.compile("async (\\w+)Raw\\(");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head");
    static final String RECOMPILE = " (docs/api changed: compile the portal's client again, docs/portal/README.md)";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eligibility", "relationship", "transfer", "notification"})
    @DisplayName("every operation and schema of the contract is in the compiled client, and nothing else")
    void clientMatchesContract(String service) throws IOException {
        JsonNode contract = new ObjectMapper().readTree(ROOT.resolve("docs/api/" + service + "-service/openapi.json").toFile());
        Path client = ROOT.resolve("docs/portal/client/" + service);
        String apis = readAll(client.resolve("apis"));
        List<String> breaches = new ArrayList<>();

        Set<String> operations = new TreeSet<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            JsonNode operation = method.getValue();
            String id = operation.path("operationId").asText();
            operations.add(id);
            int start = apis.indexOf("async " + id + "RequestOpts(");
            int end = apis.indexOf("async " + id + "Raw(");
            if (start < 0 || end < start) {
                breaches.add(id + ": not in the client");
                return;
            }
            String request = apis.substring(start, end);
            if (!request.contains("`" + path.getKey() + "`") || !request.contains("method: '" + method.getKey().toUpperCase() + "'")) {
                breaches.add(id + ": not " + method.getKey().toUpperCase() + " " + path.getKey() + " in the client");
            }
            operation.path("parameters").forEach(parameter -> {
                if ("header".equals(parameter.path("in").asText())
                        && !request.contains("headerParameters['" + parameter.path("name").asText() + "']")) {
                    breaches.add(id + ": the client sends no " + parameter.path("name").asText());
                }
            });
        }));
        Set<String> clientOperations = RAW_METHOD.matcher(apis).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(clientOperations).as("the client's operations" + RECOMPILE).isEqualTo(operations);

        Set<String> schemas = new TreeSet<>();
        contract.path("components").path("schemas").fields().forEachRemaining(schema -> {
            schemas.add(schema.getKey());
            Path model = client.resolve("models/" + schema.getKey() + ".js");
            if (!Files.isRegularFile(model)) {
                return;
            }
            String code = read(model);
            schema.getValue().path("properties").fieldNames().forEachRemaining(property -> {
                if (!code.contains("json['" + property + "']")) {
                    breaches.add(schema.getKey() + "." + property + ": not read by the client");
                }
            });
        });
        Set<String> models;
        try (Stream<Path> files = Files.list(client.resolve("models"))) {
            models = files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("index.js"))
                    .map(f -> f.replaceAll("\\.js$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(models).as("the client's models" + RECOMPILE).isEqualTo(schemas);
        assertThat(breaches).as("what the contract has and the client does not" + RECOMPILE).isEmpty();
    }

    private static String readAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().map(PortalClientTest::read).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
