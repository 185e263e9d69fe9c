package org.csptransition.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The suite's real infrastructure: PostgreSQL, a Kafka broker (KRaft) and a capturing SMTP server, started in
 * parallel. The tests start it once per JVM on free ports under {@code target/}; {@code ./suite up} starts it on
 * fixed ports with durable data under {@code .suite/}.
 */
public final class Infrastructure implements AutoCloseable {

    /** The ports of one run. */
    public record Ports(int postgres, int kafka, int kafkaController, int smtp) {

        /** The local run's fixed ports, away from the 5432/9092/25 defaults. */
        public static Ports local() {
            return new Ports(15432, 19092, 19093, 2525);
        }

        public static Ports free() {
            return new Ports(freePort(), freePort(), freePort(), freePort());
        }
    }

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final MailServer mail;
    private final Jwts jwts;

    private Infrastructure(PostgresServer postgres, KafkaBroker kafka, MailServer mail, Jwts jwts) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.jwts = jwts;
    }

    public static Infrastructure start(Path dataDir, Ports ports, boolean durable, Jwts jwts) {
        CompletableFuture<PostgresServer> postgres = CompletableFuture.supplyAsync(() -> {
            PostgresServer server = PostgresServer.start(dataDir.resolve("postgres"), ports.postgres(), durable);
            for (SuiteService service : SuiteService.values()) {
                server.prepareServiceSchema(service.schema());
            }
            return server;
        });
        CompletableFuture<KafkaBroker> kafka = CompletableFuture.supplyAsync(
                () -> new KafkaBroker(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController()).start());
        MailServer mail = new MailServer(ports.smtp()).start();
        return new Infrastructure(postgres.join(), kafka.join(), mail, jwts);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public MailServer mail() {
        return mail;
    }

    public Jwts jwts() {
        return jwts;
    }

    /** The configuration a service needs to run against this infrastructure, as Quarkus property names. */
    public Map<String, String> serviceConfig(SuiteService service) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(service.schema()));
        config.put("quarkus.datasource.username", service.schema());
        config.put("quarkus.datasource.password", service.schema());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("mp.jwt.verify.publickey", jwts.publicKeyPem());
        config.put("mp.jwt.verify.issuer", Jwts.DEV_ISSUER);
        config.put("mp.jwt.verify.audiences", Jwts.DEV_AUDIENCE);
        config.put("csp.security.operator-tenants", Jwts.OPERATOR_TENANT.toString());
        // a local run on the dev key pair: the services accept the dev issuer only when told so (TokenSettings)
        config.put("csp.security.allow-dev-issuer", "true");
        if (service == SuiteService.RELATIONSHIP) {
            // the customer pages' sign-in without an identity provider: a local run has none
            config.put("relationship.pages.sign-in", "dev");
        }
        if (service == SuiteService.NOTIFICATION) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(mail.port()));
        }
        return config;
    }

    @Override
    public void close() {
        mail.close();
        kafka.close();
        postgres.close();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
