package org.csptransition.platform.http;

import java.util.List;
import java.util.Map;

/**
 * A refusal to answer with a problem. Application code throws it with a stable code; it never carries a cause that
 * could leak internals to the client.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> context;

    public ProblemException(int status, String code, String title, String detail, List<Problem.FieldError> errors,
                            Map<String, Object> context) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.context = context == null ? Map.of() : Map.copyOf(context);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "NOT_FOUND", "Not found", what + " " + id + " was not found", null, null);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail, null, null);
    }

    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, "Refused", detail, null, null);
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, "Bad request", detail, null, null);
    }

    public ProblemException withErrors(List<Problem.FieldError> fieldErrors) {
        return new ProblemException(status, code, title, getMessage(), fieldErrors, context);
    }

    public ProblemException withContext(Map<String, Object> more) {
        return new ProblemException(status, code, title, getMessage(), errors, more);
    }

    public Problem toProblem() {
        return Problem.of(status, code, title, getMessage(), errors, context);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
