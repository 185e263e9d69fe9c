package org.csptransition.relationship.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;

/**
 * A problem the pages did not render themselves — the database away (503), a route or method the pages do not have —
 * reaches a customer's browser as the problem page in the customer's language, not as the REST API's problem+json:
 * a person reads it and can reload. Status and headers (such as {@code Retry-After}) stay as the platform set them.
 */
public class PageProblems {

    private final Template problem;
    private final Messages messages;

    PageProblems(@Location("pages/problem.html") Template problem, Messages messages) {
        this.problem = problem;
        this.messages = messages;
    }

    @ServerResponseFilter
    public void asPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/customer") || !(response.getEntity() instanceof Problem p)) {
            return;
        }
        Locale locale = messages.resolve(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String text = messages.format(locale, "problem." + p.code(), p.context(), p.detail());
        String body = problem.data("code", p.code()).data("message", text).data("lang", locale.toLanguageTag())
                .setAttribute("locale", locale).render();
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.setEntity(body, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
