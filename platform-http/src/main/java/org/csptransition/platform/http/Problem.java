package org.csptransition.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: every error the suite answers, with a stable {@code code} a client can branch on,
 * a readable {@code detail}, and for invalid input the offending fields. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details with a stable code")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        String instance,
        List<FieldError> errors,
        Map<String, Object> context) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://csp-transition.dev/problems/";

    public static Problem of(int status, String code, String title, String detail, List<FieldError> errors,
                             Map<String, Object> context) {
        return new Problem(TYPE_BASE + code.toLowerCase().replace('_', '-'), title, status, detail, code, null,
                errors == null ? List.of() : errors, context == null ? Map.of() : context);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, code, path, errors, context);
    }

    /** One invalid field: its JSON path, what is wrong, and a stable code. */
    public record FieldError(String field, String message, String code) {
    }
}
