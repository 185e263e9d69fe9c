package org.csptransition.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts the framework's own problems (invalid input, malformed JSON, unknown routes, missing tokens…) in the caller's
 * language, as {@link RefusalMapper} does for the rules' refusals: the text of {@code problem.<code>} in
 * {@code messages/platform}, with {@code {field}} (the first invalid field) and {@code {fields}} (all of them) filled in.
 * English keeps the detail the mapper wrote, which may name more (the values a field accepts).
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    private final Messages messages;

    ProblemLanguage(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            return;
        }
        Locale locale = messages.resolve(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        if (locale.equals(Messages.ENGLISH)) {
            return;
        }
        Map<String, Object> values = new HashMap<>(problem.context());
        if (!problem.errors().isEmpty()) {
            values.put("field", problem.errors().get(0).field());
            values.put("fields", problem.errors().stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", ")));
        }
        String detail = messages.format(locale, "problem." + problem.code(), values, problem.detail());
        response.setEntity(new Problem(problem.type(), problem.title(), problem.status(), detail, problem.code(),
                problem.instance(), problem.errors(), problem.context()));
    }
}
