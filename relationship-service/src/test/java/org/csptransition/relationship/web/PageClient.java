package org.csptransition.relationship.web;

import io.restassured.response.Response;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * A customer's browser over plain HTTP: it follows the link from the e-mail, keeps the session cookie, and sends the forms
 * with the CSRF token the page gave it. No redirect is followed on its own, so each test sees every step.
 */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** Every cookie the service set and did not remove: the page session, and Quarkus OIDC's state and session cookies. */
    private final Map<String, String> jar = new java.util.LinkedHashMap<>();
    private String lastPage = "";

    /** Opens the link from the e-mail (a full URL or just its path). */
    Response open(String link) {
        String path = link.substring(link.indexOf("/customer/"));
        Response response = given().redirects().follow(false).cookies(cookies()).get(path);
        remember(response);
        return response;
    }

    Response get(String path) {
        Response response = given().redirects().follow(false).cookies(cookies()).get(path);
        remember(response);
        lastPage = response.asString();
        return response;
    }

    /** Follows a redirect to a full URL of the service as it is (its query, e.g. the provider's code and state, untouched). */
    Response follow(String url) {
        Response response = given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies()).get(url);
        remember(response);
        lastPage = response.asString();
        return response;
    }

    /** Posts a form of the last page, with its CSRF token. */
    Response post(String path, Map<String, String> fields) {
        return post(path, fields, csrf());
    }

    /** Posts a form with the given CSRF token (one an earlier page gave). */
    Response post(String path, Map<String, String> fields, String csrf) {
        var request = given().redirects().follow(false).cookies(cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf);
        fields.forEach(request::formParam);
        Response response = request.post(path);
        remember(response);
        lastPage = response.asString();
        return response;
    }

    /** The dev sign-in as {@code user} of {@code tenant}: the sign-in page, then its form. */
    Response signIn(UUID tenant, String user) {
        get("/customer/sign-in");
        return post("/customer/sign-in", Map.of("tenantId", tenant.toString(), "user", user));
    }

    String csrf() {
        Matcher m = CSRF.matcher(lastPage);
        return m.find() ? m.group(1) : "";
    }

    String session() {
        return jar.get(PageSession.COOKIE);
    }

    /** The names of the cookies the browser holds now. */
    java.util.Set<String> cookieNames() {
        return Map.copyOf(jar).keySet();
    }

    private Map<String, String> cookies() {
        return Map.copyOf(jar);
    }

    private void remember(Response response) {
        for (var cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
                jar.remove(cookie.getName());
            } else {
                jar.put(cookie.getName(), cookie.getValue());
            }
        }
    }
}
