package org.csptransition.notification.webhook;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * A distributor's webhook receiver, started by the test: a real HTTP server on loopback (the JDK's), recording every
 * request and answering what the test tells it ({@link #answer}: the status for the n-th attempt at a webhook-id, after
 * an optional delay). {@link #verify} checks a signature with the test's own implementation of the Standard Webhooks
 * scheme, written from the specification, not the service's.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(String webhookId, String timestamp, String signature, String body, int answeredStatus) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attemptsById = new ConcurrentHashMap<>();
    private volatile BiFunction<String, Integer, Integer> answer = (id, attempt) -> 200;
    private volatile long delayMillis;

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    public static WebhookReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            int attempt = receiver.attemptsById.computeIfAbsent(String.valueOf(id), k -> new AtomicInteger()).incrementAndGet();
            int status = receiver.answer.apply(id, attempt);
            if (receiver.delayMillis > 0) {
                try {
                    Thread.sleep(receiver.delayMillis); // the receiver being slow is the point here, not a synchronisation
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            receiver.received.add(new Received(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), new String(body, StandardCharsets.UTF_8), status));
            byte[] answerBody = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answerBody.length);
            exchange.getResponseBody().write(answerBody);
            exchange.close();
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return receiver;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The status for the n-th attempt (1 = first) at one webhook-id. */
    public WebhookReceiver answer(BiFunction<String, Integer, Integer> answer) {
        this.answer = answer;
        return this;
    }

    public WebhookReceiver delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The requests answered 2xx, in the order they were answered. */
    public List<Received> accepted() {
        return received.stream().filter(r -> r.answeredStatus() >= 200 && r.answeredStatus() < 300).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /**
     * The Standard Webhooks check, as a receiver writes it: HMAC-SHA256 keyed with the base64 after {@code whsec_}, over
     * {@code id.timestamp.body}, base64, compared in constant time with each {@code v1,} entry of the header.
     */
    public static boolean verify(String secret, Received r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((r.webhookId() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
            for (String entry : r.signature().split(" ")) {
                String[] parts = entry.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
