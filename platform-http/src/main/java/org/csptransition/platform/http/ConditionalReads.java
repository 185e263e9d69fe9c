package org.csptransition.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Conditional reads for every service: every successful JSON read carries an {@code ETag}, and a read whose
 * {@code If-None-Match} names it is answered {@code 304 Not Modified} without a body, so a portal that polls a transfer
 * fetches it whole only when it changed.
 * <p>
 * A resource that versions its objects sets the {@code ETag} itself ({@link ETags#of(long)}, the version a client sends
 * back in {@code If-Match}); this filter keeps that tag and only answers {@code If-None-Match} with it. For every other
 * read the tag is a strong one computed from the exact JSON body (SHA-256), which is serialised here once and handed to
 * the writer as bytes, so the body is not written twice. A streamed body is not tagged.
 * {@code Cache-Control: private, no-cache}: tenant data is never kept by a shared cache, and a browser revalidates.
 */
public class ConditionalReads {

    static final String CACHE_CONTROL = "private, no-cache";

    private final ObjectMapper json;

    ConditionalReads(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tagAndRevalidate(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        String tag = response.getHeaderString(HttpHeaders.ETAG);
        if (tag == null) {
            MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
            if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || response.getEntity() instanceof Problem) {
                return;
            }
            byte[] body = body(response.getEntity());
            if (body == null) {
                return;
            }
            tag = strongTag(body);
            response.setEntity(body, response.getEntityAnnotations(), type);
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (matchesAny(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** The bytes the writer would send: a String or bytes as they are, any other object as JSON; null for a stream. */
    private byte[] body(Object entity) throws IOException {
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof InputStream || entity instanceof StreamingOutput || entity instanceof File || entity instanceof Path) {
            return null;
        }
        return json.writeValueAsBytes(entity);
    }

    /** A strong entity tag of a body: the first 128 bits of its SHA-256, base64url. */
    static String strongTag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** RFC 9110 13.1.2: {@code If-None-Match} compares weakly ({@code W/} ignored), and {@code *} matches any current tag. */
    static boolean matchesAny(String ifNoneMatch, String current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        String opaque = opaque(current);
        for (String candidate : ifNoneMatch.split(",")) {
            if (opaque(candidate).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        String t = tag.trim();
        return t.startsWith("W/") ? t.substring(2) : t;
    }
}
