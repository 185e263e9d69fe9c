package org.csptransition.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * No path segment, query parameter or header value the suite reads may hold a control character (a NUL among them):
 * such a request is a 400 before any resource runs, so no parameter can reach a query or a log line that breaks on it.
 */
public class ParameterBounds {

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (InputBounds.hasForbiddenControl(uri.getPath()) || uri.getPath().indexOf('\n') >= 0) {
            throw refused("path", "path");
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ParameterBounds::hasControl)) {
                throw refused(parameter.getKey(), parameter.getKey());
            }
        }
    }

    private static boolean hasControl(String value) {
        return value != null && value.chars().anyMatch(Character::isISOControl);
    }

    private static RefusedException refused(String field, String parameter) {
        return new RefusedException(Refusal.malformed("CONTROL_CHARACTER_REFUSED", field,
                "Parameter '" + parameter + "' holds a control character").with("parameter", parameter));
    }
}
