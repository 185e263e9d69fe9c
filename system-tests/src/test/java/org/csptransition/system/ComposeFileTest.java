package org.csptransition.system;

import org.csptransition.infra.Jwts;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml checked by reading it, on every machine (ComposeJourneyIT runs it where podman is installed):
 * against each service's own configuration, which is what drifts when someone changes a port or adds a setting. And against what makes it safe to
 * run for real: no default for a secret or a token setting, no infrastructure port published, and the local-trial
 * values (dev issuer, trial passwords, published ports) only in the two files made for a trial,
 * docker-compose.local-trial.yml and deploy/local-trial.env.
 */
@DisplayName("docker-compose.yml for ops")
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final String SERVICES = "org.csptransition.system.ComposeFileTest#services";
    private static final Path BASE_FILE = ROOT.resolve("docker-compose.yml");
    private static final Path TRIAL_FILE = ROOT.resolve("docker-compose.local-trial.yml");
    private static final Path TRIAL_ENV_FILE = ROOT.resolve("deploy/local-trial.env");
    private static final List<String> CONFIG_PREFIXES = List.of("QUARKUS_", "MP_", "KAFKA_", "PLATFORM_", "CSP_");
    /** Read by Quarkus or MicroProfile at run time although no properties file of ours needs to name them. */
    private static final Set<String> WELL_KNOWN_PROPERTIES = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.http.port", "kafka.bootstrap.servers", "mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer",
            "mp.jwt.verify.audiences", "mp.jwt.verify.token.age",
            "quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.username", "quarkus.mailer.password");
    /** Read by platform-http's own code with no default in any properties file (checked below against its source). */
    private static final Set<String> READ_BY_PLATFORM_CODE = Set.of("csp.security.allow-dev-issuer");
    /** What every service must be told about tokens, each required from the operator (compose's ${VAR:?message}). */
    private static final List<String> REQUIRED_TOKEN_SETTINGS = List.of(
            "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES", "CSP_SECURITY_OPERATOR_TENANTS");
    private static final String KEY_LOCATION = "MP_JWT_VERIFY_PUBLICKEY_LOCATION";
    private static final String ALLOW_DEV_ISSUER = "CSP_SECURITY_ALLOW_DEV_ISSUER";
    private static final Set<String> INFRASTRUCTURE = Set.of("postgres", "kafka", "mailcatcher");
    /** Names of variables and settings that carry a secret or decide whom a token stands for. */
    private static final Pattern SECRET_OR_TOKEN = Pattern.compile("PASSWORD|SECRET|TOKEN|JWT|ISSUER|AUDIENCE|TENANT|KEY");
    private static final Set<String> SHARED_PROPERTIES = Stream.of("platform-http", "platform-messaging")
            .flatMap(module -> load(ROOT.resolve(module + "/src/main/resources/META-INF/microprofile-config.properties"))
                    .stringPropertyNames().stream())
            .collect(Collectors.toSet());
    /** Compose's ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?message}, ${VAR?message}, ${VAR:+x}, ${VAR+x}. */
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{(\\w+)(?:(:?[-?+])([^}]*))?}");
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(\\w+):\\?([^}]*[^}\\s][^}]*)}");

    private static Map<String, Object> composeServices;
    private static String baseText;
    private static Map<String, Object> trialServices;
    private static String trialText;
    private static Map<String, String> trialEnv;

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
    static void readComposeFiles() throws IOException {
        baseText = Files.readString(BASE_FILE);
        composeServices = map(yaml(baseText).get("services"));
        trialText = Files.readString(TRIAL_FILE);
        trialServices = map(yaml(trialText).get("services"));
        trialEnv = envFile(TRIAL_ENV_FILE);
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
        @DisplayName("built from its folder with the one service Containerfile, told its name and its port")
        void builtFromTheServiceContainerfile(Service service) throws IOException {
            assertThat(composeServices).as("compose services").containsKey(service.name());
            Map<String, Object> build = map(service.compose().get("build"));
            assertThat(ROOT.resolve(String.valueOf(build.get("context"))).normalize()).isEqualTo(service.dir());
            Path containerfile = service.dir().resolve(String.valueOf(build.get("dockerfile"))).normalize();
            assertThat(containerfile).isEqualTo(ROOT.resolve("deploy/images/service/Containerfile"));
            assertThat(Files.readString(containerfile)).containsPattern("(?m)^EXPOSE\\s+\\$\\{PORT}")
                    .containsPattern("(?m)^USER\\s+185$");
            assertThat(map(build.get("args"))).containsEntry("SERVICE", service.name())
                    .containsEntry("PORT", service.port());
            assertThat(String.valueOf(service.compose().get("image"))).contains("/" + service.name() + ":");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("runs read-only, with a tmpfs /tmp and no capability")
        void runsReadOnly(Service service) {
            assertThat(service.compose()).containsEntry("read_only", true).containsEntry("tmpfs", List.of("/tmp"))
                    .containsEntry("cap_drop", List.of("ALL"));
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
                    "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", KEY_LOCATION));
            required.addAll(REQUIRED_TOKEN_SETTINGS);
            if (service.config().containsKey("quarkus.mailer.host")) {
                required.addAll(Set.of("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT"));
            }
            assertThat(service.environment()).containsKeys(required.toArray(String[]::new));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("must be told the operator's token issuer, audience, key and operator tenants, with no default")
        void requiresTheOperatorsTokenSettings(Service service) {
            Map<String, String> environment = service.environment();
            REQUIRED_TOKEN_SETTINGS.forEach(name -> assertThat(environment.get(name))
                    .as("%s of %s", name, service).isNotNull().matches(REQUIRED.pattern()));
            Map<String, Object> key = keyMount(service.compose());
            assertThat(environment.get(KEY_LOCATION)).isEqualTo("file:" + key.get("target"));
            assertThat(String.valueOf(key.get("source"))).as("the key file on the host").matches(REQUIRED.pattern());
            assertThat(key).containsEntry("type", "bind").containsEntry("read_only", true);
            assertThat(map(key.get("bind"))).as("a missing key file is an error, not an empty directory")
                    .containsEntry("create_host_path", false);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("sets only variables that Quarkus maps to a property the service knows, in the base and the trial file")
        void setsOnlyKnownProperties(Service service) {
            Set<String> known = Stream.of(service.config().stringPropertyNames(), SHARED_PROPERTIES, WELL_KNOWN_PROPERTIES,
                            READ_BY_PLATFORM_CODE)
                    .flatMap(Set::stream)
                    .map(property -> property.replaceFirst("^%[^.]+\\.", ""))
                    .map(ComposeFileTest::envName)
                    .collect(Collectors.toSet());
            Set<String> names = new HashSet<>(service.environment().keySet());
            names.addAll(environment(map(trialServices.get(service.name()))).keySet());
            assertThat(names)
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
        @DisplayName("publishes no port of PostgreSQL, Kafka or the mail catcher, and advertises Kafka only inside")
        void publishesNoInfrastructurePort() {
            INFRASTRUCTURE.forEach(name -> {
                Map<String, Object> service = map(composeServices.get(name));
                assertThat(service).as(name).doesNotContainKey("ports");
                assertThat(String.valueOf(service.get("network_mode"))).as(name).isNotEqualTo("host");
            });
            assertThat(environment(map(composeServices.get("kafka"))).get("KAFKA_ADVERTISED_LISTENERS"))
                    .isEqualTo("PLAINTEXT://kafka:9092");
        }

        @Test
        @DisplayName("PostgreSQL, Kafka and a mail catcher, each with a health check, and nothing else")
        void infrastructureWithHealthChecks() {
            INFRASTRUCTURE.forEach(name -> assertThat(healthcheck(map(composeServices.get(name)))).as(name).isNotBlank());
            Set<String> expected = new HashSet<>(INFRASTRUCTURE);
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
            String servicePassword = service.environment().get("QUARKUS_DATASOURCE_PASSWORD");
            Matcher password = REQUIRED.matcher(servicePassword);
            assertThat(password.matches()).as("password required from the environment: %s", servicePassword).isTrue();
            assertThat(environment(postgres)).as("PostgreSQL takes the same variable")
                    .containsEntry(password.group(1), servicePassword);
            assertThat(script).contains("CREATE SCHEMA");
            assertThat(script.lines()).as("a line of the init script creating %s", schema)
                    .anyMatch(line -> line.matches(".*\\b" + schema + "\\b.*") && line.contains(password.group(1)));
        }
    }

    @Nested
    @DisplayName("names no secret")
    class NoSecret {

        @Test
        @DisplayName("every variable for a secret or a token setting is required (${VAR:?message}), none has a default")
        void secretsAndTokenSettingsAreRequired() {
            List<MatchResult> secrets = INTERPOLATION.matcher(withoutComments(baseText)).results()
                    .filter(m -> SECRET_OR_TOKEN.matcher(m.group(1)).find()).toList();
            assertThat(secrets).map(m -> m.group(1)).as("secret or token variables")
                    .contains("JWT_ISSUER", "JWT_AUDIENCE", "OPERATOR_TENANTS", "JWT_PUBLIC_KEY_FILE", "POSTGRES_PASSWORD");
            secrets.forEach(m -> assertThat(m.group()).as("%s must be required, with a message saying what to set",
                    m.group(1)).matches(REQUIRED.pattern()));
        }

        @Test
        @DisplayName("every secret or token setting of every container is required, passed on unset, or the key's path")
        void secretAndTokenSettingsHaveNoValue() {
            composeServices.forEach((name, service) -> environment(map(service)).forEach((variable, value) -> {
                if (SECRET_OR_TOKEN.matcher(variable).find() && !variable.equals(KEY_LOCATION)) {
                    assertThat(value).as("%s of %s", variable, name)
                            .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).matches(REQUIRED.pattern()));
                }
            }));
        }

        @Test
        @DisplayName("PostgreSQL's init script creates no role with a default password")
        void initScriptHasNoDefaultPassword() throws IOException {
            String script = withoutComments(Files.readString(ROOT.resolve("deploy/postgres/init.sh")));
            List<String> passwords = Pattern.compile("\\$\\{\\w*PASSWORD[^}]*}").matcher(script).results()
                    .map(MatchResult::group).toList();
            assertThat(passwords).hasSize(services().size())
                    .allSatisfy(reference -> assertThat(reference).matches(REQUIRED.pattern()));
        }

        @Test
        @DisplayName("holds none of the local trial's values: no dev issuer, trial password or dev-issuer switch")
        void noTrialValues() throws IOException {
            List<String> trialValues = Stream.concat(Stream.of(Jwts.DEV_ISSUER, Jwts.DEV_AUDIENCE,
                            Jwts.OPERATOR_TENANT.toString(), ALLOW_DEV_ISSUER, ".suite/keys"), trialEnv.values().stream())
                    .filter(Predicate.not(String::isBlank)).distinct().toList();
            try (Stream<Path> files = Files.list(ROOT)) {
                List<Path> composeFiles = files.filter(file -> file.getFileName().toString().matches("docker-compose.*\\.ya?ml"))
                        .filter(file -> !file.equals(TRIAL_FILE)).toList();
                assertThat(composeFiles).contains(BASE_FILE);
                for (Path file : composeFiles) {
                    // every key and value but the project's name, which happens to be the dev audience too
                    Map<String, Object> compose = new LinkedHashMap<>(yaml(Files.readString(file)));
                    compose.remove("name");
                    List<String> scalars = scalars(compose).toList();
                    trialValues.forEach(value -> assertThat(scalars).as("%s", ROOT.relativize(file))
                            .noneMatch(scalar -> scalar.contains(value)));
                }
            }
        }
    }

    @Nested
    @DisplayName("has a local-trial override (docker-compose.local-trial.yml with deploy/local-trial.env)")
    class LocalTrial {

        @Test
        @DisplayName("says at its top that it is never for production")
        void saysNeverForProduction() throws IOException {
            for (String text : List.of(trialText, Files.readString(TRIAL_ENV_FILE))) {
                assertThat(text.lines().findFirst().orElse("")).startsWith("#").containsIgnoringCase("local trial")
                        .containsIgnoringCase("never").containsIgnoringCase("production");
                assertThat(text).contains("docker compose --env-file deploy/local-trial.env -f docker-compose.yml"
                        + " -f docker-compose.local-trial.yml up");
            }
        }

        @Test
        @DisplayName("gives every variable the base file requires, and nothing it does not use")
        void suppliesEveryRequiredVariable() {
            Set<String> required = REQUIRED.matcher(withoutComments(baseText)).results().map(m -> m.group(1))
                    .collect(Collectors.toSet());
            assertThat(required).contains("JWT_ISSUER", "JWT_AUDIENCE", "OPERATOR_TENANTS", "JWT_PUBLIC_KEY_FILE",
                    "POSTGRES_PASSWORD");
            required.forEach(variable -> assertThat(trialEnv.get(variable)).as(variable).isNotBlank());
            Set<String> used = Stream.of(baseText, trialText)
                    .flatMap(text -> INTERPOLATION.matcher(withoutComments(text)).results().map(m -> m.group(1)))
                    .collect(Collectors.toSet());
            assertThat(used).containsAll(trialEnv.keySet());
        }

        @Test
        @DisplayName("uses the dev issuer, audience, operator tenant and key pair that ./suite token issues tokens for")
        void usesTheDevKeyPair() {
            assertThat(trialEnv).containsEntry("JWT_ISSUER", Jwts.DEV_ISSUER)
                    .containsEntry("JWT_AUDIENCE", Jwts.DEV_AUDIENCE)
                    .containsEntry("OPERATOR_TENANTS", Jwts.OPERATOR_TENANT.toString());
            assertThat(ROOT.resolve(trialEnv.get("JWT_PUBLIC_KEY_FILE")).normalize())
                    .isEqualTo(ROOT.resolve(".suite/keys/jwt-public.pem"));
        }

        @Test
        @DisplayName("has trial passwords of its own, none a role's name")
        void hasTrialPasswords() {
            Map<String, String> passwords = new HashMap<>(trialEnv);
            passwords.keySet().removeIf(variable -> !variable.endsWith("PASSWORD"));
            assertThat(passwords).hasSize(1 + services().size());
            Set<String> roles = services().stream().map(s -> s.config().getProperty("quarkus.flyway.schemas"))
                    .collect(Collectors.toSet());
            assertThat(passwords.values()).doesNotContainAnyElementsOf(roles).doesNotContain("postgres")
                    .doesNotHaveDuplicates();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("tells each service that the dev issuer is allowed, which the base file never does")
        void allowsTheDevIssuer(Service service) {
            assertThat(environment(map(trialServices.get(service.name())))).containsEntry(ALLOW_DEV_ISSUER, "true");
            assertThat(service.environment()).doesNotContainKey(ALLOW_DEV_ISSUER);
        }

        @Test
        @DisplayName("publishes the infrastructure ports on 127.0.0.1 only, for local tools")
        void publishesInfrastructureLocally() {
            assertThat(trialServices.keySet()).as("only services of the base file")
                    .isSubsetOf(composeServices.keySet());
            INFRASTRUCTURE.forEach(name -> assertThat(list(map(trialServices.get(name)).get("ports")))
                    .as(name).isNotEmpty()
                    .allSatisfy(port -> assertThat(String.valueOf(port)).startsWith("127.0.0.1:")));
            services().forEach(service -> assertThat(map(trialServices.get(service.name()))).doesNotContainKey("ports"));
        }

        @Test
        @DisplayName("the dev-issuer switch is a setting that platform-http reads")
        void devIssuerSwitchIsRead() throws IOException {
            try (Stream<Path> sources = Files.walk(ROOT.resolve("platform-http/src/main/java"))) {
                String code = sources.filter(file -> file.toString().endsWith(".java")).map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).collect(Collectors.joining("\n"));
                READ_BY_PLATFORM_CODE.forEach(property -> assertThat(code).contains("\"" + property + "\""));
            }
            assertThat(envName(READ_BY_PLATFORM_CODE.iterator().next())).isEqualTo(ALLOW_DEV_ISSUER);
        }
    }

    /** Quarkus' rule for environment variables: every character that is not a letter or digit becomes '_'. */
    private static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** What Compose substitutes when the variable is not set (a required one makes it refuse: blank here). */
    private static String resolveDefaults(String value) {
        return INTERPOLATION.matcher(value).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) != null && m.group(2).contains("-") ? m.group(3) : ""));
    }

    /**
     * Compose accepts both {@code KEY: value} and {@code - KEY=value}; a key without a value ({@code KEY:} or
     * {@code - KEY}) is passed on from the shell or .env only when set there, and maps to null here.
     */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> variables.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else {
            list(environment).stream().map(entry -> String.valueOf(entry).split("=", 2))
                    .forEach(entry -> variables.put(entry[0], entry.length > 1 ? entry[1] : null));
        }
        return variables;
    }

    /** Every key and value in a YAML tree, as text. */
    private static Stream<String> scalars(Object node) {
        if (node instanceof Map<?, ?> entries) {
            return entries.entrySet().stream()
                    .flatMap(entry -> Stream.concat(scalars(entry.getKey()), scalars(entry.getValue())));
        }
        if (node instanceof List<?> items) {
            return items.stream().flatMap(ComposeFileTest::scalars);
        }
        return node == null ? Stream.empty() : Stream.of(String.valueOf(node));
    }

    /** The bind mount that gives a service the token issuer's public key. */
    private static Map<String, Object> keyMount(Map<String, Object> service) {
        return list(service.get("volumes")).stream().filter(Map.class::isInstance).map(ComposeFileTest::map)
                .filter(volume -> String.valueOf(volume.get("target")).startsWith("/deployments/jwt/"))
                .findFirst().orElseThrow(() -> new AssertionError("no key file mounted under /deployments/jwt/"));
    }

    /** A Compose env file ({@code --env-file}): {@code NAME=value} lines, # comments. */
    private static Map<String, String> envFile(Path file) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("=", 2))
                .forEach(entry -> variables.put(entry[0].strip(), entry.length > 1 ? entry[1].strip() : ""));
        return variables;
    }

    /** Compose interpolates values only; comments (whole lines here) may mention ${VAR:-default} freely. */
    private static String withoutComments(String text) {
        return text.replaceAll("(?m)^\\s*#.*$", "");
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
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
