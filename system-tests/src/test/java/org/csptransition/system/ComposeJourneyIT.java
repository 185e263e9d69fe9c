package org.csptransition.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.MailServer.CapturedMail;
import org.csptransition.infra.journey.Api;
import org.csptransition.infra.journey.Journey;
import org.csptransition.infra.journey.Narrator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.infra.journey.Api.get;

/**
 * docker-compose.yml run for real: {@code deploy/build-images.sh} builds every image with podman (no daemon, no
 * registry), {@code deploy/compose-stack.sh up} starts the stack under podman-compose and waits for the compose file's
 * own health checks, the journey walks the whole transition against the containers, and {@code down} removes them.
 * Only the published ports are used, as an ops team's client would. Runs in the {@code compose-journey} profile,
 * active where {@code /usr/bin/podman-compose} is installed ({@code .ci/run} installs it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("docker-compose.yml under podman-compose: built, started health-gated, the journey walked, torn down")
class ComposeJourneyIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("system-tests/target/compose-journey");
    private static final String PROJECT = "csp-transition-suite";
    private static final List<String> SERVICES = List.of("eligibility-service", "relationship-service", "transfer-service",
            "notification-service");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration UP_TIMEOUT = Duration.ofMinutes(8);

    private static final Map<String, String> environment = new LinkedHashMap<>();
    private static final Map<String, Integer> servicePorts = new LinkedHashMap<>();
    private static final List<String> timings = new ArrayList<>();
    private static Jwts jwts;
    private static int mailPort;

    @BeforeAll
    static void buildAndStart() throws IOException {
        Files.createDirectories(WORK);
        // The services verify tokens with this key pair's public half, mounted from the file the compose file names.
        jwts = Jwts.loadOrCreate(WORK.resolve("keys"));
        environment.put("JWT_PUBLIC_KEY_FILE", WORK.resolve("keys/jwt-public.pem").toString());
        // Free host ports, so a suite or another stack on this machine is never in the way.
        SERVICES.forEach(service -> servicePorts.put(service, Infrastructure.freePort()));
        servicePorts.forEach((service, port) -> environment.put(service.replace("-service", "").toUpperCase() + "_PORT", port.toString()));
        mailPort = Infrastructure.freePort();
        environment.put("MAIL_UI_HOST_PORT", String.valueOf(mailPort));
        // no identity provider in this stack: the customer's pages use the dev sign-in for the journey's R5 step
        environment.put("RELATIONSHIP_PAGES_SIGN_IN", "dev");
        environment.put("MAIL_SMTP_HOST_PORT", String.valueOf(Infrastructure.freePort()));
        environment.put("POSTGRES_HOST_PORT", String.valueOf(Infrastructure.freePort()));
        environment.put("KAFKA_HOST_PORT", String.valueOf(Infrastructure.freePort()));

        // A stack left over from an interrupted run would hold the container names.
        run("down-before", BUILD_TIMEOUT, "deploy/compose-stack.sh", "down");
        assertSucceeded("build-images", BUILD_TIMEOUT, "deploy/build-images.sh");
        assertSucceeded("up", UP_TIMEOUT, "deploy/compose-stack.sh", "up");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try {
            assertSucceeded("down", UP_TIMEOUT, "deploy/compose-stack.sh", "down");
            assertThat(podman("ps", "--all", "--quiet", "--filter", "label=io.podman.compose.project=" + PROJECT))
                    .as("containers left after down").isBlank();
            assertThat(podman("volume", "ls", "--quiet", "--filter", "label=io.podman.compose.project=" + PROJECT))
                    .as("volumes left after down").isBlank();
            assertThat(podman("network", "ls", "--quiet", "--filter", "name=^" + PROJECT + "_default$"))
                    .as("network left after down").isBlank();
        } finally {
            Files.write(WORK.resolve("timings.txt"), timings);
            timings.forEach(line -> System.out.println("[compose-journey] " + line));
        }
    }

    @Test
    @Order(1)
    @DisplayName("each service image is labelled with its version and revision, and runs as a user that is not root")
    void imagesAreLabelled() throws IOException {
        String revision = git("rev-parse", "HEAD");
        for (String service : SERVICES) {
            String image = "csp/" + service + ":1.0.0-SNAPSHOT";
            assertThat(podman("image", "inspect", "--format",
                    "{{index .Labels \"org.opencontainers.image.version\"}} {{index .Labels \"org.opencontainers.image.revision\"}}", image))
                    .as(image).startsWith("1.0.0-SNAPSHOT " + revision);
            assertThat(podman("image", "inspect", "--format", "{{.Config.User}}", image)).as(image).isEqualTo("185");
            assertThat(podman("image", "inspect", "--format", "{{.Config.Healthcheck.Test}}", image)).as(image)
                    .contains("/q/health/ready");
        }
    }

    @Test
    @Order(2)
    @DisplayName("each service container runs as uid 185 on a read-only root file system, and its health check passes")
    void containersAreHardenedAndHealthy() throws IOException {
        for (String service : SERVICES) {
            String container = PROJECT + "_" + service + "_1";
            assertThat(podman("inspect", "--format", "{{.HostConfig.ReadonlyRootfs}} {{.State.Running}}", container))
                    .as(container).isEqualTo("true true");
            assertThat(podman("exec", container, "id", "-u")).as(container).isEqualTo("185");
            assertThat(podman("exec", container, "sh", "-c", "touch /deployments/x 2>&1 || echo refused"))
                    .as("writing into the image of %s", container).contains("refused");
            assertThat(exitCode("podman", "healthcheck", "run", container)).as("health check of %s", container).isZero();
        }
    }

    @Test
    @Order(3)
    @DisplayName("a token signed by another key than the mounted one is refused: the services verify with the mounted key")
    void theMountedKeyDecides() {
        Jwts stranger = Jwts.ephemeral();
        Api api = new Api(Narrator.SILENT);
        String url = "http://127.0.0.1:" + servicePorts.get("eligibility-service") + "/v1/partners/" + Jwts.OPERATOR_TENANT;
        String foreign = stranger.token(Jwts.OPERATOR_TENANT, List.of("ProgramOperator"), "operator@csp-program.example", Duration.ofMinutes(5));
        String ours = jwts.token(Jwts.OPERATOR_TENANT, List.of("ProgramOperator"), "operator@csp-program.example", Duration.ofMinutes(5));

        assertThat(api.send(get(url, foreign)).status()).isEqualTo(401);
        assertThat(api.send(get(url, ours)).status()).isNotEqualTo(401);
    }

    @Test
    @Order(4)
    @DisplayName("the whole journey succeeds against the containers; the transfer ends partially complete and closed, with e-mails sent")
    void wholeJourney() {
        Journey.Urls urls = new Journey.Urls(url("eligibility-service"), url("relationship-service"), url("transfer-service"),
                url("notification-service"));
        Instant started = Instant.now();

        Journey.Outcome outcome = new Journey(urls, jwts, Narrator.SILENT, ComposeJourneyIT::capturedMails).run();

        timings.add("journey: %d s".formatted(Duration.between(started, Instant.now()).toSeconds()));
        assertThat(outcome.transferStatus()).isEqualTo("PartiallyComplete");
        assertThat(outcome.transferStage()).isEqualTo("CLOSED");
        assertThat(outcome.mails()).extracting(CapturedMail::language).contains("sv-SE", "en-US");
    }

    private static String url(String service) {
        return "http://127.0.0.1:" + servicePorts.get(service);
    }

    /** What the stand-in mail catcher received, read through its published HTTP port. */
    private static List<CapturedMail> capturedMails() {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mailPort + "/api/messages"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return List.of(json.readValue(body, CapturedMail[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertSucceeded(String step, Duration timeout, String... command) throws IOException {
        Instant started = Instant.now();
        int exit = run(step, timeout, command);
        timings.add("%s: %d s".formatted(step, Duration.between(started, Instant.now()).toSeconds()));
        Path log = WORK.resolve(step + ".log");
        List<String> lines = Files.readAllLines(log);
        assertThat(exit).as("%s failed; the end of %s:%n%s", String.join(" ", command), log,
                String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()))).isZero();
    }

    /** Runs a deploy/ script from the project root with this test's environment, its output in target/compose-journey. */
    private static int run(String step, Duration timeout, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(WORK.resolve(step + ".log").toFile()));
        builder.environment().putAll(environment);
        return await(builder, timeout);
    }

    private static int exitCode(String... command) {
        return await(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD),
                Duration.ofSeconds(60));
    }

    private static String podman(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        return output(command);
    }

    private static String git(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", ROOT.toString()));
        command.addAll(List.of(arguments));
        return output(command);
    }

    private static String output(List<String> command) throws IOException {
        Path out = Files.createTempFile(WORK, "cmd-", ".out");
        try {
            await(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectOutput(ProcessBuilder.Redirect.to(out.toFile())), Duration.ofSeconds(60));
            return Files.readString(out).trim();
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static int await(ProcessBuilder builder, Duration timeout) {
        try {
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(builder.command() + " did not finish within " + timeout);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
