package org.csptransition.relationship.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small but real OpenID Connect provider for the tests, on a port of its own: discovery, a sign-in page whose form asks
 * for the user's tenant and name (as the operator's provider would after a password), the authorization code grant with a
 * client secret, RS256-signed ID tokens carrying {@code tid}, {@code name} and the request's {@code nonce}, and its JWKS.
 * Quarkus OIDC in the service talks to it over HTTP exactly as to a production provider; only the password is left out.
 * A tenant left empty on the form gives an ID token without {@code tid}.
 */
public class TestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "customer-pages";
    static final String CLIENT_SECRET = "a-client-secret-of-the-test-provider-0123456789";

    private record Grant(String tenant, String name, String nonce, String redirectUri) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private HttpServer server;
    private RsaJsonWebKey key;
    private String issuer;

    @Override
    public Map<String, String> start() {
        try {
            key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(UUID.randomUUID().toString());
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            key.setUse("sig");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JoseException | IOException e) {
            throw new IllegalStateException("the test identity provider cannot start", e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> send(exchange, 200, "application/json", """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                 "jwks_uri": "%1$s/jwks", "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"], "token_endpoint_auth_methods_supported": ["client_secret_basic"]}
                """.formatted(issuer)));
        server.createContext("/jwks", exchange -> send(exchange, 200, "application/json",
                new JsonWebKeySet(key).toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
        return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.client-id", CLIENT_ID, "quarkus.oidc.credentials.secret", CLIENT_SECRET,
                "test.identity-provider.url", issuer);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** GET: the sign-in page for the client's request; POST (its form): back to the client with a one-time code. */
    private void authorize(HttpExchange exchange) throws IOException {
        if ("GET".equals(exchange.getRequestMethod())) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                    || query.get("redirect_uri") == null || query.get("state") == null) {
                send(exchange, 400, "text/plain", "invalid_request");
                return;
            }
            send(exchange, 200, "text/html", """
                    <form method="post" action="/authorize">
                    <input type="hidden" name="redirect_uri" value="%s"><input type="hidden" name="state" value="%s">
                    <input type="hidden" name="nonce" value="%s"><input name="tenant"><input name="name">
                    <button type="submit" id="sign-in">Sign in</button></form>
                    """.formatted(html(query.get("redirect_uri")), html(query.get("state")), html(query.getOrDefault("nonce", ""))));
            return;
        }
        Map<String, String> fields = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(fields.getOrDefault("tenant", ""), fields.getOrDefault("name", ""), fields.getOrDefault("nonce", ""),
                fields.get("redirect_uri")));
        exchange.getResponseHeaders().add("Location", fields.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(fields.get("state"), StandardCharsets.UTF_8));
        send(exchange, 302, "text/plain", "");
    }

    /** The authorization code grant: the client authenticates with its secret; each code is good for one exchange. */
    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "application/json", "{\"error\": \"invalid_client\"}");
            return;
        }
        Grant grant = fields.get("code") == null ? null : codes.remove(fields.get("code"));
        if (grant == null || !"authorization_code".equals(fields.get("grant_type")) || !grant.redirectUri().equals(fields.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\": \"invalid_grant\"}");
            return;
        }
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(CLIENT_ID);
        claims.setSubject(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setClaim("name", grant.name());
        if (!grant.tenant().isEmpty()) {
            claims.setClaim("tid", grant.tenant());
        }
        if (!grant.nonce().isEmpty()) {
            claims.setClaim("nonce", grant.nonce());
        }
        send(exchange, 200, "application/json", "{\"access_token\": \"%s\", \"token_type\": \"Bearer\", \"expires_in\": 300, \"id_token\": \"%s\"}"
                .formatted(UUID.randomUUID(), sign(claims)));
    }

    private String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type + ";charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
