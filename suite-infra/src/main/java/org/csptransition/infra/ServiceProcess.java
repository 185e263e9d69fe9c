package org.csptransition.infra;

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
import java.util.List;
import java.util.Map;

/** One service run as its own process from its built {@code quarkus-run.jar}, as in production. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final SuiteService service;
    private final Path jar;
    private final int port;
    private final Map<String, String> config;
    private final Path log;
    private Process process;

    private ServiceProcess(SuiteService service, Path jar, int port, Map<String, String> config, Path log) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.config = Map.copyOf(config);
        this.log = log;
    }

    /** The built application of a service inside the project folder. */
    public static Path jarOf(Path projectRoot, SuiteService service) {
        return projectRoot.resolve(service.serviceName()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static ServiceProcess start(SuiteService service, Path jar, int port, Map<String, String> config, Path logDir) {
        return start(service, jar, port, config, logDir, service.serviceName());
    }

    /**
     * Starts a process of the service whose log is named {@code name}: a second replica of a service is the same
     * jar and configuration (schema, consumer group) on another port, with its own log.
     */
    public static ServiceProcess start(SuiteService service, Path jar, int port, Map<String, String> config, Path logDir, String name) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw install -DskipTests");
        }
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceProcess started = new ServiceProcess(service, jar, port, config, logDir.resolve(name + ".log"));
        started.launch();
        return started;
    }

    /** The same process again (same port, configuration and log) after {@link #kill()}, as a supervisor would. */
    public synchronized void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(service.serviceName() + " on port " + port + " is still running");
        }
        launch();
    }

    /** SIGKILL, as a crash or an OOM kill would: no shutdown hook, no graceful stop of consumers or the HTTP server. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void launch() {
        try {
            List<String> command = new ArrayList<>(List.of(KafkaBroker.javaExecutable(),
                    // C1 only and the serial collector: about 40% faster start and less memory on 2 cores
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"));
            // extra JVM options for every service process, e.g. a JFR recording for a benchmark's profile ({service}
            // stands for the service's name, so each writes its own file)
            String extra = System.getProperty("service.jvm-options", "").trim();
            if (!extra.isEmpty()) {
                command.addAll(List.of(extra.replace("{service}", service.serviceName() + "-" + port).split("\\s+")));
            }
            config.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-Dquarkus.http.port=" + port);
            command.add("-jar");
            command.add(jar.toString());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(service.serviceName() + " did not start", e);
        }
    }

    public SuiteService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process process = current();
            if (!process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited with " + process.exitValue() + "; see " + log);
            }
            if (isReady(baseUrl())) {
                return;
            }
            KafkaBroker.pause(200);
        }
        throw new IllegalStateException(service.serviceName() + " not ready within " + timeout + "; see " + log);
    }

    public static boolean isReady(String baseUrl) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Process current() {
        return process;
    }

    /** SIGTERM, so the service shuts down gracefully; SIGKILL if it has not gone after 20 s. */
    @Override
    public void close() {
        Process process = current();
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
