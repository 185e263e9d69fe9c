package org.csptransition.infra.journey;

import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * R4, R5 the customer in the demo: it follows the link from an e-mail to relationship-service's pages and sends their forms,
 * as a browser would, over plain HTTP with the session cookie and each form's CSRF token. Each page is told to the
 * {@link Narrator} by its heading and its message.
 */
final class CustomerBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>([^<]*)</h1>");
    private static final Pattern MESSAGE = Pattern.compile("id=\"(outcome|problem|agreement|signed-in)\"[^>]*>([^<]*)<");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final Narrator narrator;
    private final Api.Retries retries;
    private String page = "";

    /** {@code retries}: the journey's policy for a service that is away, or {@code null} to send each request once. */
    CustomerBrowser(Narrator narrator, Api.Retries retries) {
        this.narrator = narrator;
        this.retries = retries;
    }

    /** A GET, following the redirect to the page without the token; the page's status. */
    int get(String url) {
        HttpResponse<String> response = send("GET", url, HttpRequest.newBuilder(URI.create(url)).GET());
        if (response.statusCode() == 303) {
            String next = URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString();
            response = send("GET", next, HttpRequest.newBuilder(URI.create(next)).GET());
        }
        return response.statusCode();
    }

    /** A form of the current page, with its CSRF token, following the redirect that may answer it. */
    int post(String url, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        Matcher csrf = CSRF.matcher(page);
        form.put("csrf", csrf.find() ? csrf.group(1) : "");
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> response = send("POST", url, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() == 303) {
            return get(URI.create(url).resolve(response.headers().firstValue("Location").orElseThrow()).toString());
        }
        return response.statusCode();
    }

    /** The value of the input {@code name} on the current page. */
    String input(String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        return m.find() ? m.group(1) : "";
    }

    String page() {
        return page;
    }

    /**
     * A page that answers 503 (its database is away) committed nothing, so the customer reloads or sends the form again,
     * as the API's resilient client does, until the retry budget is spent.
     */
    private HttpResponse<String> send(String method, String url, HttpRequest.Builder builder) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(30)).header("Accept", "text/html").build();
        if (retries == null) {
            return sendOnce(method, url, request);
        }
        Instant deadline = Instant.now().plus(retries.budget);
        while (true) {
            retries.sent.incrementAndGet();
            HttpResponse<String> response = sendOnce(method, url, request);
            if (response.statusCode() != 503) {
                if (response.statusCode() < 400) {
                    retries.succeeded.incrementAndGet();
                }
                return response;
            }
            retries.unavailable.incrementAndGet();
            if (Instant.now().isAfter(deadline)) {
                return response;
            }
            retries.retried.incrementAndGet();
            Api.pause();
        }
    }

    private HttpResponse<String> sendOnce(String method, String url, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 303) {
                page = response.body();
            }
            // the link's token is the only secret: the narrator shows the page's path without it
            String shown = url.replaceAll("/customer/links/[A-Za-z0-9_-]+", "/customer/links/…");
            narrator.exchange(new Api.Call(method, shown, null, null, Map.of()),
                    new Api.Answer(response.statusCode(), TextNode.valueOf(response.statusCode() == 303
                            ? "→ " + response.headers().firstValue("Location").orElse("") : summary(response.body())), Map.of()));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Api.JourneyFailed("interrupted");
        }
    }

    private static String summary(String html) {
        StringBuilder text = new StringBuilder();
        Matcher h1 = H1.matcher(html);
        if (h1.find()) {
            text.append(unescape(h1.group(1)));
        }
        Matcher message = MESSAGE.matcher(html);
        while (message.find()) {
            text.append(" | ").append(unescape(message.group(2)));
        }
        return text.toString();
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
