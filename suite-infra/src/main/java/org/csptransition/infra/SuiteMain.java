package org.csptransition.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code ./suite} runs: {@code up} (real infrastructure plus the four services, until Ctrl-C),
 * {@code status} and {@code token}. State lives in {@code .suite/} of the project folder.
 */
public final class SuiteMain {

    static final int MAIL_VIEWER_PORT = 8025;

    private final Path root;
    private final Path state;

    private SuiteMain(Path root) {
        this.root = root;
        this.state = root.resolve(".suite");
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        SuiteMain suite = new SuiteMain(root);
        String command = args.length == 0 ? "help" : args[0];
        try {
            switch (command) {
                case "up" -> suite.up();
                case "status" -> System.exit(suite.status());
                case "token" -> suite.token(Arrays.copyOfRange(args, 1, args.length));
                case "demo" -> suite.demo();
                default -> {
                    System.err.println("usage: suite up | status | demo | token --tenant <uuid> --roles Role[,Role] [--sub user]");
                    System.exit(2);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("suite: " + e.getMessage());
            System.exit(1);
        }
    }

    private void up() {
        refuseIfPortsTaken();
        Instant started = Instant.now();
        Jwts jwts = Jwts.loadOrCreate(state.resolve("keys"));
        System.out.println("Starting PostgreSQL, Kafka (KRaft) and SMTP ...");
        Infrastructure infra = Infrastructure.start(state.resolve("data"), Infrastructure.Ports.local(), true, jwts);
        infra.mail().startViewer(MAIL_VIEWER_PORT);
        List<ServiceProcess> services = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the services and the infrastructure ...");
            services.parallelStream().forEach(ServiceProcess::close);
            infra.close();
            deleteQuietly(state.resolve("run/suite.properties"));
            stopped.countDown();
        }, "suite-shutdown"));

        for (SuiteService service : SuiteService.values()) {
            services.add(ServiceProcess.start(service, ServiceProcess.jarOf(root, service), service.localPort(),
                    infra.serviceConfig(service), state.resolve("logs")));
        }
        writeRunState(services, infra);
        System.out.println("Starting " + services.size() + " services ...");
        CompletableFuture.allOf(services.stream()
                .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(Duration.ofSeconds(180))))
                .toArray(CompletableFuture[]::new)).join();

        System.out.printf("%nCSP Transition Suite is ready (%.1f s).%n%n", Duration.between(started, Instant.now()).toMillis() / 1000.0);
        System.out.printf("  %-22s %-24s %s%n", "service", "url", "swagger ui");
        for (ServiceProcess s : services) {
            System.out.printf("  %-22s %-24s %s/q/swagger-ui%n", s.service().serviceName(), s.baseUrl(), s.baseUrl());
        }
        System.out.printf("%n  PostgreSQL   jdbc:postgresql://127.0.0.1:%d/%s (role and schema per service; superuser postgres)%n",
                infra.postgres().port(), PostgresServer.DATABASE);
        System.out.printf("  Kafka        %s%n", infra.kafka().bootstrapServers());
        System.out.printf("  SMTP         127.0.0.1:%d; captured e-mails at http://127.0.0.1:%d/ (JSON: /api/messages)%n",
                infra.mail().port(), MAIL_VIEWER_PORT);
        System.out.printf("  Logs         %s%n", state.resolve("logs"));
        System.out.printf("%n  A token:     ./suite token --tenant %s --roles ProgramOperator   (the operator tenant)%n", Jwts.OPERATOR_TENANT);
        System.out.println("\nPress Ctrl-C to stop everything (data is kept; ./suite reset wipes it).");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Walks the whole transition against a running {@code ./suite up}, printing each step and the e-mails it caused. */
    private void demo() {
        for (SuiteService service : SuiteService.values()) {
            if (!ServiceProcess.isReady("http://127.0.0.1:" + service.localPort())) {
                throw new IllegalStateException(service.serviceName() + " is not ready: start the suite with ./suite up first");
            }
        }
        var mails = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Supplier<List<MailServer.CapturedMail>> mailbox = () -> {
            try {
                String json = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + MAIL_VIEWER_PORT + "/api/messages"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                return List.of(mails.readValue(json, MailServer.CapturedMail[].class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        };
        var urls = new org.csptransition.infra.journey.Journey.Urls("http://127.0.0.1:8081", "http://127.0.0.1:8082",
                "http://127.0.0.1:8083", "http://127.0.0.1:8084");
        System.out.println("The CSP transition, end to end, through the public REST APIs (captured e-mails: http://127.0.0.1:"
                + MAIL_VIEWER_PORT + "/)");
        try {
            new org.csptransition.infra.journey.Journey(urls, Jwts.loadOrCreate(state.resolve("keys")),
                    new org.csptransition.infra.journey.ConsoleNarrator(System.out), mailbox).run();
        } catch (org.csptransition.infra.journey.Api.JourneyFailed e) {
            throw new IllegalStateException("the journey stopped: " + e.getMessage());
        }
    }

    private int status() {
        Path runFile = state.resolve("run/suite.properties");
        Properties run = new Properties();
        if (Files.exists(runFile)) {
            try (var in = Files.newInputStream(runFile)) {
                run.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean allUp = true;
        for (SuiteService service : SuiteService.values()) {
            String url = "http://127.0.0.1:" + service.localPort();
            boolean ready = ServiceProcess.isReady(url);
            allUp &= ready;
            System.out.printf("  %-22s %-24s %-6s pid %s%n", service.serviceName(), url, ready ? "READY" : "DOWN",
                    run.getProperty(service.serviceName() + ".pid", "-"));
        }
        System.out.printf("  %-22s %-24s %-6s pid %s%n", "kafka", "127.0.0.1:" + Infrastructure.Ports.local().kafka(),
                portInUse(Infrastructure.Ports.local().kafka()) ? "UP" : "DOWN", run.getProperty("kafka.pid", "-"));
        System.out.printf("  %-22s %-24s %s%n", "postgresql", "127.0.0.1:" + Infrastructure.Ports.local().postgres(),
                portInUse(Infrastructure.Ports.local().postgres()) ? "UP" : "DOWN");
        System.out.printf("  %-22s %-24s %s%n", "smtp", "127.0.0.1:" + Infrastructure.Ports.local().smtp(),
                portInUse(Infrastructure.Ports.local().smtp()) ? "UP" : "DOWN");
        return allUp ? 0 : 3;
    }

    private void token(String[] args) {
        Map<String, String> options = options(args);
        String tenant = options.get("--tenant");
        String roles = options.get("--roles");
        if (tenant == null || roles == null) {
            throw new IllegalArgumentException("token needs --tenant <uuid> and --roles Role[,Role]");
        }
        UUID tenantId;
        try {
            tenantId = UUID.fromString(tenant);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tenant must be a UUID, not " + tenant);
        }
        Jwts jwts = Jwts.loadOrCreate(state.resolve("keys"));
        System.out.println(jwts.token(tenantId, List.of(roles.split(",")),
                options.getOrDefault("--sub", "dev-user@" + tenantId), Duration.ofHours(Long.parseLong(options.getOrDefault("--hours", "8")))));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            options.put(args[i], args[++i]);
        }
        return options;
    }

    private void refuseIfPortsTaken() {
        Infrastructure.Ports ports = Infrastructure.Ports.local();
        List<Integer> wanted = new ArrayList<>(List.of(ports.postgres(), ports.kafka(), ports.kafkaController(), ports.smtp(), MAIL_VIEWER_PORT));
        Arrays.stream(SuiteService.values()).forEach(s -> wanted.add(s.localPort()));
        List<Integer> taken = wanted.stream().filter(SuiteMain::portInUse).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("port(s) " + taken + " already in use: is the suite already up? (./suite status)");
        }
    }

    private static boolean portInUse(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private void writeRunState(List<ServiceProcess> services, Infrastructure infra) {
        Properties run = new Properties();
        services.forEach(s -> run.setProperty(s.service().serviceName() + ".pid", String.valueOf(s.pid())));
        run.setProperty("kafka.pid", String.valueOf(infra.kafka().pid()));
        run.setProperty("suite.pid", String.valueOf(ProcessHandle.current().pid()));
        try {
            Files.createDirectories(state.resolve("run"));
            try (var out = Files.newOutputStream(state.resolve("run/suite.properties"))) {
                run.store(out, "./suite up");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // only bookkeeping
        }
    }
}
