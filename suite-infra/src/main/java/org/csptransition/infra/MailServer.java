package org.csptransition.infra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail) that accepts every recipient and keeps what it received, so a test or a person
 * can read it. {@link #startViewer(int)} adds a small HTTP view of the mailbox for the local run.
 */
public final class MailServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String bindAddress;
    private final int port;
    private GreenMail greenMail;
    private HttpServer viewer;

    /** Listens on 127.0.0.1 only: for the tests and ./suite on this machine. */
    public MailServer(int port) {
        this("127.0.0.1", port);
    }

    /** Listens on {@code bindAddress}; the stand-in mail catcher image (MailCatcherMain) binds every interface. */
    public MailServer(String bindAddress, int port) {
        this.bindAddress = bindAddress;
        this.port = port;
    }

    public synchronized MailServer start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, bindAddress, ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return this;
    }

    /** Stops accepting mail, as an outage of the mail server would. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    public int port() {
        return port;
    }

    /** Everything received since start (across restarts of this object, only since the last start). */
    public synchronized List<CapturedMail> messages() {
        if (greenMail == null) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).map(MailServer::capture).toList();
    }

    public List<CapturedMail> messagesTo(String recipient) {
        return messages().stream().filter(m -> m.to().stream().anyMatch(recipient::equalsIgnoreCase)).toList();
    }

    /** Serves {@code GET /} (a plain page) and {@code GET /api/messages} (JSON) on the bind address. */
    public synchronized void startViewer(int httpPort) {
        try {
            viewer = HttpServer.create(new InetSocketAddress(bindAddress, httpPort), 0);
            viewer.createContext("/api/messages", exchange -> respond(exchange, "application/json",
                    JSON.writeValueAsBytes(messages())));
            viewer.createContext("/", exchange -> respond(exchange, "text/plain; charset=utf-8",
                    page().getBytes(StandardCharsets.UTF_8)));
            viewer.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Mail viewer did not start on " + httpPort, e);
        }
    }

    private String page() {
        List<CapturedMail> all = messages();
        return all.size() + " e-mail(s) captured; JSON at /api/messages\n\n" + all.stream()
                .map(m -> "%s  to %s  [%s]%n  %s%n%n%s%n".formatted(m.receivedAt(), String.join(", ", m.to()),
                        m.language(), m.subject(), m.body()))
                .collect(Collectors.joining("\n" + "-".repeat(72) + "\n"));
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static CapturedMail capture(MimeMessage message) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
            String[] language = message.getHeader("Content-Language");
            Instant received = message.getReceivedDate() == null ? Instant.now() : message.getReceivedDate().toInstant();
            return new CapturedMail(message.getMessageID(), to, message.getSubject(),
                    language == null ? null : language[0], text(message), received);
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable captured message", e);
        }
    }

    /** The readable text of a message: the plain part if there is one, else the first part that is text. */
    private static String text(jakarta.mail.Part part) {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof jakarta.mail.Multipart multipart) {
                String fallback = null;
                for (int i = 0; i < multipart.getCount(); i++) {
                    var child = multipart.getBodyPart(i);
                    String text = text(child);
                    if (child.isMimeType("text/plain") && text != null) {
                        return text;
                    }
                    fallback = fallback == null ? text : fallback;
                }
                return fallback;
            }
            return GreenMailUtil.getBody(part);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Unreadable captured message", e);
        }
    }

    @Override
    public synchronized void close() {
        if (viewer != null) {
            viewer.stop(0);
        }
        stop();
    }

    /** One received e-mail as a reader sees it. */
    public record CapturedMail(String messageId, List<String> to, String subject, String language, String body,
                               Instant receivedAt) {
    }
}
