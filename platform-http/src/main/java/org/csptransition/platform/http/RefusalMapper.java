package org.csptransition.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one mapping from the rules' refusals to HTTP, for every service.
 * <ul>
 *   <li><b>Which refusal decides</b>: the one of the most decisive kind — unauthenticated (401), malformed (400), not found
 *   (404), forbidden (403), stale (412), not yet known (503 with {@code Retry-After}), conflict (409), invalid (422) — and
 *   among those the first the rule listed
 *   ({@link RefusedException#decisive()}). Its kind gives the status, its code the problem's {@code code}.</li>
 *   <li><b>Language</b>: each refusal's text is looked up by its code in the caller's language ({@code Accept-Language};
 *   {@link Messages}), with its context filling the placeholders; the rule's English message when no text exists.</li>
 *   <li><b>Body</b>: every refusal that names a field is one entry of {@code errors[]}; {@code detail} joins the texts of
 *   the refusals that name none (of all of them, when each names a field); {@code context} merges the refusals' facts
 *   (the first refusal's value wins).</li>
 * </ul>
 */
public class RefusalMapper {

    private final Messages messages;
    private final Duration retryAfter;

    RefusalMapper(Messages messages,
                  @ConfigProperty(name = "csp.http.not-yet-known.retry-after", defaultValue = "PT2S") Duration retryAfter) {
        this.messages = messages;
        this.retryAfter = retryAfter;
    }

    @ServerExceptionMapper
    public Response refused(RefusedException e, UriInfo uri, HttpHeaders headers) {
        Locale locale = messages.resolve(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Refusal decisive = e.decisive();
        List<Refusal> refusals = e.refusals();
        List<Problem.FieldError> errors = refusals.stream()
                .filter(r -> r.field() != null)
                .map(r -> new Problem.FieldError(r.field(), text(locale, r), r.code()))
                .toList();
        List<Refusal> unnamed = refusals.stream().filter(r -> r.field() == null).toList();
        String detail = String.join("; ", (unnamed.isEmpty() ? refusals : unnamed).stream()
                .map(r -> text(locale, r)).distinct().toList());
        Map<String, Object> context = new LinkedHashMap<>();
        refusals.forEach(r -> r.context().forEach(context::putIfAbsent));
        int status = status(decisive.kind());
        if (decisive.kind() == Refusal.Kind.NOT_YET_KNOWN) {
            context.put("retryAfterSeconds", retryAfterSeconds());
        }
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).language(locale)
                .entity(Problem.of(status, decisive.code(), title(decisive.kind()), detail, errors, context).at(uri.getPath()));
        if (decisive.kind() == Refusal.Kind.NOT_YET_KNOWN) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds()));
        }
        if (decisive.kind() == Refusal.Kind.UNAUTHENTICATED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    private String text(Locale locale, Refusal refusal) {
        return messages.format(locale, refusal.code(), refusal.context(), refusal.message());
    }

    private long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    /** The HTTP status a refusal of this kind answers (also per item of a bulk request). */
    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case UNAUTHENTICATED -> 401;
            case MALFORMED -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case STALE -> 412;
            case NOT_YET_KNOWN -> 503;
            case CONFLICT -> 409;
            case INVALID -> 422;
        };
    }

    private static String title(Refusal.Kind kind) {
        return switch (kind) {
            case UNAUTHENTICATED -> "Unauthenticated";
            case MALFORMED -> "Bad request";
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case STALE -> "Precondition failed";
            case NOT_YET_KNOWN -> "Not yet known";
            case CONFLICT -> "Conflict";
            case INVALID -> "Refused";
        };
    }
}
