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
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(SuiteService service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** The built application of a service inside the project folder. */
    public static Path jarOf(Path projectRoot, SuiteService service) {
        return projectRoot.resolve(service.serviceName()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static ServiceProcess start(SuiteService service, Path jar, int port, Map<String, String> config, Path logDir) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw install -DskipTests");
        }
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(service.serviceName() + ".log");
            List<String> command = new ArrayList<>(List.of(KafkaBroker.javaExecutable(),
                    // C1 only and the serial collector: about 40% faster start and less memory on 2 cores
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"));
            config.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.add("-Dquarkus.http.port=" + port);
            command.add("-jar");
            command.add(jar.toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(service, port, process, log);
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

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code /q/health/ready} answers 200. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
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

    /** SIGTERM, so the service shuts down gracefully; SIGKILL if it has not gone after 20 s. */
    @Override
    public void close() {
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
