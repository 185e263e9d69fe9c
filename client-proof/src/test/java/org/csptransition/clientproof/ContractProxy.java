package org.csptransition.clientproof;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A strict gateway in front of one service: it forwards every request unchanged and checks the request and the
 * service's answer against the stored contract ({@code docs/api/<service>/openapi.yaml}), as a distributor's validating
 * proxy would. What it finds is kept as violations; the client never sees a difference, so a violation cannot hide
 * behind a lenient client.
 */
final class ContractProxy implements AutoCloseable {

    /** Hop-by-hop headers, and the ones java.net.http sets itself and refuses from a caller. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "upgrade", "http2-settings",
            "expect", "transfer-encoding", "keep-alive", "te");

    private final String name;
    private final URI target;
    private final OpenApiInteractionValidator validator;
    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private final AtomicInteger interactions = new AtomicInteger();

    private ContractProxy(String name, Path contract, URI target) {
        this.name = name;
        this.target = target;
        this.validator = OpenApiInteractionValidator.createForSpecificationUrl(contract.toUri().toString()).build();
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** A proxy for {@code target}, checked against {@code contract}, listening on a free local port. */
    static ContractProxy start(String name, Path contract, String target) {
        return new ContractProxy(name, contract, URI.create(target));
    }

    /** Where clients send their requests instead of the service. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    /** What the validator only mentions (level INFO or IGNORE): printed with the test's summary, never a failure. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    int interactions() {
        return interactions.get();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            URI uri = exchange.getRequestURI();
            String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((header, values) -> {
                if (!NOT_FORWARDED.contains(header.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(header, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            check(exchange, uri, body, response);
            response.headers().map().forEach((header, values) -> {
                if (!NOT_FORWARDED.contains(header.toLowerCase(Locale.ROOT)) && !header.startsWith(":")) {
                    exchange.getResponseHeaders().put(header, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    private void check(HttpExchange exchange, URI uri, byte[] body, HttpResponse<byte[]> response) {
        interactions.incrementAndGet();
        SimpleRequest.Builder request = new SimpleRequest.Builder(exchange.getRequestMethod(), uri.getRawPath());
        exchange.getRequestHeaders().forEach(request::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                request.withQueryParam(key, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        if (body.length > 0) {
            request.withBody(body);
        }
        SimpleResponse.Builder answer = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        if (response.body().length > 0) {
            answer.withBody(response.body());
        }
        Request built = request.build();
        ValidationReport report = validator.validate(built, answer.build());
        for (ValidationReport.Message message : report.getMessages()) {
            String found = name + ": " + built.getMethod() + " " + uri + " -> " + response.statusCode() + ": "
                    + message.getKey() + ": " + message.getMessage()
                    + (response.statusCode() >= 400 ? " (body " + new String(response.body(), StandardCharsets.UTF_8) + ")" : "");
            // a warning is a violation too: a strict gateway would not let it pass either
            if (message.getLevel() == ValidationReport.Level.ERROR || message.getLevel() == ValidationReport.Level.WARN) {
                violations.add(found);
            } else {
                notes.add(found);
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
