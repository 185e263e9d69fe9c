package org.csptransition.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("The real infrastructure, started without Docker")
class InfrastructureTest {

    static Infrastructure infra;

    @BeforeAll
    static void start() {
        infra = Infrastructure.start(Path.of("target/infra-test"), Infrastructure.Ports.free(), false, Jwts.ephemeral());
    }

    @AfterAll
    static void stop() {
        infra.close();
    }

    @Test
    @DisplayName("each service logs in with its own role and cannot read another service's schema")
    void schemaPerService() throws SQLException {
        Map<String, String> eligibility = infra.serviceConfig(SuiteService.ELIGIBILITY);
        try (var c = DriverManager.getConnection(eligibility.get("quarkus.datasource.jdbc.url"), "eligibility", "eligibility");
             var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS probe (id int)");
            assertThat(s.executeQuery("SELECT current_schema()")).satisfies(rs -> {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("eligibility");
            });
        }
        try (var c = DriverManager.getConnection(infra.serviceConfig(SuiteService.TRANSFER).get("quarkus.datasource.jdbc.url"),
                "transfer", "transfer"); var s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT * FROM eligibility.probe"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    @DisplayName("PostgreSQL killed (SIGKILL) refuses connections; restarted on the same port it has every committed row")
    void postgresKillAndRestart() throws SQLException {
        String url = infra.serviceConfig(SuiteService.NOTIFICATION).get("quarkus.datasource.jdbc.url");
        try (var c = DriverManager.getConnection(url, "notification", "notification"); var s = c.createStatement()) {
            // the data directory outlives a run (target/infra-test): start from an empty table
            s.execute("DROP TABLE IF EXISTS survivor");
            s.execute("CREATE TABLE survivor (id int)");
            s.execute("INSERT INTO survivor VALUES (42)");
        }

        infra.postgres().kill();
        assertThat(infra.postgres().isRunning()).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "notification", "notification"))
                .isInstanceOf(SQLException.class);
        infra.postgres().restart();

        try (var c = DriverManager.getConnection(url, "notification", "notification"); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM survivor WHERE id = 42")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("the Kafka broker accepts records, and comes back on the same port after a SIGKILL")
    void brokerSurvivesKill() throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(props)) {
            producer.send(new ProducerRecord<>("infra.probe", "k", "before")).get(30, TimeUnit.SECONDS);
        }
        long firstPid = infra.kafka().pid();

        infra.kafka().kill();
        assertThat(infra.kafka().isRunning()).isFalse();
        infra.kafka().start();

        assertThat(infra.kafka().pid()).isNotEqualTo(firstPid);
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("infra.probe");
        }
    }

    @Test
    @DisplayName("the SMTP server captures what it receives, readable by recipient")
    void smtpCaptures() throws Exception {
        var session = jakarta.mail.Session.getInstance(new Properties() {{
            put("mail.smtp.host", "127.0.0.1");
            put("mail.smtp.port", String.valueOf(infra.mail().port()));
        }});
        var message = new jakarta.mail.internet.MimeMessage(session);
        message.setFrom("suite@example.org");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "eva@fabrikam.se");
        message.setSubject("Hej", "UTF-8");
        message.setText("Kreditkontrollen är godkänd", "UTF-8");
        message.setHeader("Content-Language", "sv-SE");
        jakarta.mail.Transport.send(message);

        assertThat(infra.mail().messagesTo("eva@fabrikam.se")).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Hej");
            assertThat(m.language()).isEqualTo("sv-SE");
            assertThat(m.body()).contains("Kreditkontrollen är godkänd");
        });
    }

    @Test
    @DisplayName("dev tokens are RS256 and carry tid, roles and sub")
    void tokens() {
        String token = infra.jwts().token(java.util.UUID.fromString("5f0c2a9e-8d3b-4c1e-9f7a-2b6d4e8c1a10"), "AdminAgent");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]))).contains("RS256");
        assertThat(payload).contains("\"tid\":\"5f0c2a9e-8d3b-4c1e-9f7a-2b6d4e8c1a10\"", "\"roles\":[\"AdminAgent\"]", "\"sub\"");
    }
}
