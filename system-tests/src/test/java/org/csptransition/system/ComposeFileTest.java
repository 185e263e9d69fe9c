package org.csptransition.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: against each service's own
 * configuration, which is what drifts when someone changes a port or adds a setting.
 */
@DisplayName("docker-compose.yml for ops")
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final String SERVICES = "org.csptransition.system.ComposeFileTest#services";
    private static final List<String> CONFIG_PREFIXES = List.of("QUARKUS_", "MP_", "KAFKA_", "PLATFORM_");
    /** Read by Quarkus or MicroProfile at run time although no properties file of ours needs to name them. */
    private static final Set<String> WELL_KNOWN_PROPERTIES = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.http.port", "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer",
            "quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.username", "quarkus.mailer.password");
    private static final Set<String> SHARED_PROPERTIES = Stream.of("platform-http", "platform-messaging")
            .flatMap(module -> load(ROOT.resolve(module + "/src/main/resources/META-INF/microprofile-config.properties"))
                    .stringPropertyNames().stream())
            .collect(Collectors.toSet());
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{(\\w+)(?::?-([^}]*))?}");

    private static Map<String, Object> composeServices;

    record Service(String name, Path dir, Properties config) {
        int port() {
            return Integer.parseInt(config.getProperty("quarkus.http.port"));
        }

        Map<String, Object> compose() {
            return map(composeServices.get(name));
        }

        Map<String, String> environment() {
            return ComposeFileTest.environment(compose());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void readComposeFile() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            composeServices = map(compose.get("services"));
        }
        assertThat(services()).as("service folders under %s", ROOT).isNotEmpty();
    }

    static List<Service> services() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(dir -> dir.getFileName().toString().endsWith("-service"))
                    .filter(dir -> Files.exists(dir.resolve("src/main/resources/application.properties")))
                    .sorted()
                    .map(dir -> new Service(dir.getFileName().toString(), dir,
                            load(dir.resolve("src/main/resources/application.properties"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    @DisplayName("runs every service")
    class EveryService {

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("built from its own Dockerfile, which exposes its port")
        void builtFromItsDockerfile(Service service) throws IOException {
            assertThat(composeServices).as("compose services").containsKey(service.name());
            Map<String, Object> build = map(service.compose().get("build"));
            assertThat(ROOT.resolve(String.valueOf(build.get("context"))).normalize()).isEqualTo(service.dir());
            assertThat(build.get("dockerfile")).isEqualTo("src/main/docker/Dockerfile.jvm");
            Path dockerfilePath = service.dir().resolve("src/main/docker/Dockerfile.jvm");
            assertThat(dockerfilePath).exists();
            String dockerfile = Files.readString(dockerfilePath);
            assertThat(dockerfile).containsPattern("(?m)^EXPOSE\\s+" + service.port() + "\\b");
            assertThat(Pattern.compile("QUARKUS_HTTP_PORT=(\\d+)").matcher(dockerfile).results().map(m -> m.group(1)))
                    .allMatch(port -> port.equals(String.valueOf(service.port())));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("publishes the port its application.properties sets")
        void publishesItsPort(Service service) {
            assertThat(list(service.compose().get("ports")))
                    .map(port -> resolveDefaults(String.valueOf(port)).replaceFirst("/\\w+$", ""))
                    .containsExactly(service.port() + ":" + service.port());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("gets the database, Kafka, the token key and, if it sends mail, the mail server from the environment")
        void getsRequiredSettings(Service service) {
            Set<String> required = new HashSet<>(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            if (service.config().containsKey("quarkus.mailer.host")) {
                required.addAll(Set.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT"));
            }
            assertThat(service.environment()).containsKeys(required.toArray(String[]::new));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("sets only variables that Quarkus maps to a property the service knows")
        void setsOnlyKnownProperties(Service service) {
            Set<String> known = Stream.of(service.config().stringPropertyNames(), SHARED_PROPERTIES, WELL_KNOWN_PROPERTIES)
                    .flatMap(Set::stream)
                    .map(property -> property.replaceFirst("^%[^.]+\\.", ""))
                    .map(ComposeFileTest::envName)
                    .collect(Collectors.toSet());
            assertThat(service.environment().keySet())
                    .filteredOn(name -> CONFIG_PREFIXES.stream().anyMatch(name::startsWith))
                    .allSatisfy(name -> assertThat(known).as("properties named like %s", name).contains(name));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("connects to the schema Flyway migrates, as the role that owns it")
        void usesItsSchema(Service service) {
            String schema = service.config().getProperty("quarkus.flyway.schemas");
            assertThat(service.environment().get("QUARKUS_DATASOURCE_JDBC_URL"))
                    .startsWith("jdbc:postgresql://postgres:5432/")
                    .endsWith("currentSchema=" + schema);
            assertThat(service.environment().get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(schema);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("is healthy when ready, and starts once PostgreSQL and Kafka are healthy")
        void healthAndStartOrder(Service service) {
            assertThat(healthcheck(service.compose())).contains("localhost:" + service.port() + "/q/health/ready");
            Map<String, Object> dependsOn = map(service.compose().get("depends_on"));
            assertThat(dependsOn).containsKeys("postgres", "kafka");
            dependsOn.values().forEach(dependency -> assertThat(map(dependency)).containsEntry("condition", "service_healthy"));
        }
    }

    @Nested
    @DisplayName("runs the infrastructure")
    class TheInfrastructure {

        @Test
        @DisplayName("PostgreSQL, Kafka and a mail catcher, each with a health check, and nothing else")
        void infrastructureWithHealthChecks() {
            Set<String> infrastructure = Set.of("postgres", "kafka", "mailcatcher");
            infrastructure.forEach(name -> assertThat(healthcheck(map(composeServices.get(name)))).as(name).isNotBlank());
            Set<String> expected = new HashSet<>(infrastructure);
            services().forEach(service -> expected.add(service.name()));
            assertThat(composeServices.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("sends mail only to a mail server that it waits for")
        void mailServerIsAComposeService(Service service) {
            String mailHost = service.environment().get("QUARKUS_MAILER_HOST");
            if (mailHost != null) {
                assertThat(map(map(service.compose().get("depends_on")).get(resolveDefaults(mailHost))))
                        .containsEntry("condition", "service_healthy");
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("PostgreSQL creates the service's schema and role, with the password the service is given")
        void initScriptCreatesSchema(Service service) throws IOException {
            Map<String, Object> postgres = map(composeServices.get("postgres"));
            String mount = list(postgres.get("volumes")).stream().map(String::valueOf)
                    .filter(volume -> volume.contains(":/docker-entrypoint-initdb.d/")).findFirst().orElseThrow();
            String script = Files.readString(ROOT.resolve(mount.substring(0, mount.indexOf(':'))));
            String schema = service.config().getProperty("quarkus.flyway.schemas");
            Matcher password = INTERPOLATION.matcher(service.environment().get("QUARKUS_DATASOURCE_PASSWORD"));
            assertThat(password.find()).as("password taken from the environment").isTrue();
            assertThat(environment(postgres)).containsKey(password.group(1));
            assertThat(script).contains("CREATE SCHEMA");
            assertThat(script.lines()).as("a line of the init script creating %s", schema)
                    .anyMatch(line -> line.matches(".*\\b" + schema + "\\b.*") && line.contains(password.group(1)));
        }
    }

    /** Quarkus' rule for environment variables: every character that is not a letter or digit becomes '_'. */
    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** What Compose substitutes when the variable is not set. */
    private static String resolveDefaults(String value) {
        return INTERPOLATION.matcher(value).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? "" : m.group(2)));
    }

    /** Compose accepts both {@code KEY: value} and {@code - KEY=value}. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> variables.put(String.valueOf(key), String.valueOf(value)));
        } else {
            list(environment).stream().map(entry -> String.valueOf(entry).split("=", 2))
                    .forEach(entry -> variables.put(entry[0], entry.length > 1 ? entry[1] : ""));
        }
        return variables;
    }

    private static String healthcheck(Map<String, Object> service) {
        Object test = map(service.get("healthcheck")).get("test");
        if (test == null) {
            return "";
        }
        return test instanceof List<?> parts ? parts.stream().map(String::valueOf).collect(Collectors.joining(" ")) : test.toString();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    private static List<?> list(Object node) {
        return node == null ? List.of() : (List<?>) node;
    }
}
