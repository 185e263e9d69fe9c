package org.csptransition.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), run in a child JVM from the
 * {@code kafka-broker} module's jar and its baked classpath. It can be stopped, killed (SIGKILL) and started
 * again on the same ports and data, which is how the tests prove that no event is lost while the broker is down.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";
    private static final String STARTED = "Kafka Server started";

    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    public KafkaBroker(Path dir, int port, int controllerPort) {
        this.dir = dir;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized KafkaBroker start() {
        if (isRunning()) {
            return this;
        }
        try {
            Files.createDirectories(dir);
            Path config = dir.resolve("server.properties");
            Files.writeString(config, serverProperties());
            Path log = dir.resolve("broker.log");
            long logOffset = Files.exists(log) ? Files.size(log) : 0;
            process = new ProcessBuilder(List.of(
                    javaExecutable(), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info",
                    "-cp", brokerClasspath(), "org.csptransition.infra.kafka.BrokerMain", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            awaitStarted(log, logOffset, Duration.ofSeconds(90));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka broker did not start", e);
        }
    }

    /** Graceful stop (SIGTERM). */
    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            waitForExit();
        }
    }

    /** Kills the broker process (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public void close() {
        stop();
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void awaitStarted(Path log, long fromOffset, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                byte[] bytes = Files.readAllBytes(log);
                String written = new String(bytes, (int) Math.min(fromOffset, bytes.length),
                        (int) Math.max(0, bytes.length - fromOffset), StandardCharsets.UTF_8);
                if (written.contains(STARTED)) {
                    return;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited with " + process.exitValue() + "; see " + log);
            }
            pause(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Kafka broker not started within " + timeout + "; see " + log);
    }

    private String serverProperties() {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "num.partitions=3",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.num.partitions=5",
                // a restart after SIGKILL waits for the old session to expire: keep it short (about 3 s instead of 11 s)
                "broker.heartbeat.interval.ms=500",
                "broker.session.timeout.ms=1500",
                "");
    }

    /** The broker module's jar (or classes folder) plus the runtime classpath baked into it at build time. */
    private static String brokerClasspath() {
        URL resource = KafkaBroker.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(CLASSPATH_RESOURCE + " not on the classpath: build the kafka-broker module first");
        }
        try {
            String location;
            if ("jar".equals(resource.getProtocol())) {
                String spec = resource.getPath();
                location = Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI()).toString();
            } else {
                location = Path.of(resource.toURI()).getParent().toString();
            }
            String baked;
            try (var in = resource.openStream()) {
                baked = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            return location + java.io.File.pathSeparator + baked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
