package org.csptransition.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure that is not a rule's refusal (those are {@link RefusalMapper}'s) into {@code application/problem+json}
 * with a stable code: invalid input, malformed JSON,
 * unknown routes, unsupported media types, missing or bad tokens. Bad input is a 4xx, never a 500; an unexpected failure
 * is a 500 with an error id to find in the log, never a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper(priority = 1)
    public Response invalidInput(ResteasyReactiveViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(ConstraintViolationException e, UriInfo uri) {
        return invalid(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "FORBIDDEN", "Forbidden", "Your roles do not allow this operation", null, null), uri);
    }

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of(409, "CONCURRENT_MODIFICATION", "Conflict",
                "The resource was changed by another request at the same time; read it again and retry", null, null), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return respond(jsonProblem(json), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Problem problem = switch (status) {
            case 401 -> null;
            case 404 -> Problem.of(404, "NOT_FOUND", "Not found", "There is no resource at this path", null, null);
            case 405 -> Problem.of(405, "METHOD_NOT_ALLOWED", "Method not allowed", "This path does not support the method", null, null);
            case 406 -> Problem.of(406, "NOT_ACCEPTABLE", "Not acceptable", "This resource answers application/json", null, null);
            case 415 -> Problem.of(415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type", "Send the body as application/json", null, null);
            default -> Problem.of(status, "BAD_REQUEST", "Bad request", "The request cannot be processed as sent", null, null);
        };
        return problem == null ? unauthenticated(uri) : respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Response known = knownFailure(e, uri);
        if (known != null) {
            return known;
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(Problem.of(500, "INTERNAL_ERROR", "Internal error",
                "Something went wrong on our side; quote error id " + errorId, null, Map.of("errorId", errorId)), uri);
    }

    /**
     * Failures that are not bugs, recognised by the database's SQLState anywhere in the cause chain, so none becomes a
     * 500: a lost race (serialization failure, deadlock, lock not available, a unique key taken by a concurrent request)
     * is a 409 the client may retry; the database being away is a 503 with {@code Retry-After}; a value the database
     * cannot store (too long, out of range, a NUL character) that slipped past validation is a 400.
     */
    private Response knownFailure(Throwable e, UriInfo uri) {
        for (Throwable cause : causes(e)) {
            String state = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
            if (state == null && (cause instanceof java.sql.SQLTransientConnectionException || poolTimedOut(cause))) {
                state = "08000";
            }
            if (state == null) {
                if (cause instanceof java.time.DateTimeException) {
                    return respond(Problem.of(400, "VALUE_OUT_OF_RANGE", "Invalid request",
                            "A date or time is outside the range this service accepts", null, null), uri);
                }
                continue;
            }
            if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
                LOG.debugf("Lost a race (%s) on %s", state, uri == null ? "?" : uri.getPath());
                return respond(Problem.of(409, "CONCURRENT_MODIFICATION", "Conflict",
                        "The resource was changed by another request at the same time; read it again and retry", null, null), uri);
            }
            if (state.equals("23505")) {
                return respond(Problem.of(409, "CONCURRENT_DUPLICATE", "Conflict",
                        "Another request created the same thing at the same time; read it and retry if needed", null, null), uri);
            }
            if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                LOG.warnf("Database unavailable (%s) on %s", state, uri == null ? "?" : uri.getPath());
                return Response.fromResponse(respond(Problem.of(503, "DATABASE_UNAVAILABLE", "Service unavailable",
                        "The service cannot reach its database right now; retry shortly", null, Map.of("retryAfterSeconds", 5)), uri))
                        .header(HttpHeaders.RETRY_AFTER, "5").build();
            }
            if (state.equals("22001") || state.equals("22003") || state.equals("22008") || state.equals("22021")
                    || state.equals("22P05") || state.equals("54000")) {
                return respond(Problem.of(400, "VALUE_OUT_OF_RANGE", "Invalid request",
                        "A value is too long, out of range or holds a character this service cannot store", null, null), uri);
            }
        }
        return null;
    }

    /**
     * The failure, its causes and what they suppressed: a commit that fails because the database went away is a
     * {@code RollbackException} without a cause, the database's own error only suppressed in it (Narayana's XA commit).
     */
    static List<Throwable> causes(Throwable e) {
        List<Throwable> found = new ArrayList<>();
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>(List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!next.isEmpty() && found.size() < 64) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return found;
    }

    /**
     * The connection pool could not give a connection in time: Agroal throws a plain SQLException without SQLState
     * ("Sorry, acquisition timeout!" when every connection is busy, "Acquisition timeout while waiting for new
     * connection" when the database does not answer), recognised by where it was thrown. A refused connection instead
     * reaches here as the driver's own 08001 (DatabaseOutageTest kills the real server and takes every connection).
     */
    private static boolean poolTimedOut(Throwable cause) {
        if (!(cause instanceof java.sql.SQLException) || ((java.sql.SQLException) cause).getSQLState() != null) {
            return false;
        }
        StackTraceElement[] trace = cause.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("io.agroal.pool.");
    }

    private Response invalid(ConstraintViolationException e, UriInfo uri) {
        boolean onReturnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> nodes(v.getPropertyPath()).stream().anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (onReturnValue) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage(), constraintCode(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of(400, "VALIDATION_FAILED", "Invalid request",
                "Some fields are missing or invalid: " + errors.stream().map(Problem.FieldError::field).distinct()
                        .collect(Collectors.joining(", ")), errors, null), uri);
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return Problem.of(400, "UNKNOWN_FIELD", "Invalid request", "Field '" + field + "' is not accepted here",
                    List.of(new Problem.FieldError(field, "not a writable field", "UNKNOWN_FIELD")), null);
        }
        if (e instanceof InvalidFormatException format) {
            String field = path(format);
            String expected = format.getTargetType() == null ? "another value" : expectation(format.getTargetType());
            return Problem.of(400, "INVALID_FIELD", "Invalid request", "Field '" + field + "' must be " + expected,
                    List.of(new Problem.FieldError(field, "must be " + expected, "INVALID_FORMAT")), null);
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            return Problem.of(400, "INVALID_FIELD", "Invalid request", "Field '" + field + "' has the wrong type",
                    List.of(new Problem.FieldError(field, "wrong type", "WRONG_TYPE")), null);
        }
        return Problem.of(400, "MALFORMED_JSON", "Malformed request body", "The body is not valid JSON of the expected shape"
                + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"),
                null, null);
    }

    private static String expectation(Class<?> type) {
        if (type == String.class) {
            return "text without control characters";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || type == java.time.YearMonth.class) {
            return "an ISO 8601 " + type.getSimpleName() + " in the years " + InputBounds.MIN_YEAR + "–" + InputBounds.MAX_YEAR;
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return "a valid " + type.getSimpleName();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The property path without the method and parameter names: {@code primaryContact.email}. */
    private static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = nodes(violation.getPropertyPath());
        List<String> names = new ArrayList<>();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                if (node.getKind() == ElementKind.PARAMETER && nodes.size() == 2) {
                    names.add(node.getName().equals("request") || node.getName().startsWith("arg") ? "body" : node.getName());
                }
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static List<Path.Node> nodes(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        return nodes;
    }

    private static String constraintCode(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return annotation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "UNAUTHENTICATED", "Unauthenticated",
                        "A valid bearer token is required", null, null), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.at(uri.getPath()))
                .build();
    }
}
