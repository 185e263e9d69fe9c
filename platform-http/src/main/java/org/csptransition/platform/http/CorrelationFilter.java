package org.csptransition.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.csptransition.platform.context.CorrelationContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.regex.Pattern;

/** Takes {@code X-Correlation-Id} from the request (or makes one), hands it to the events the request causes, and echoes it. */
public class CorrelationFilter {

    public static final String HEADER = "X-Correlation-Id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final CorrelationContext correlation;

    CorrelationFilter(CorrelationContext correlation) {
        this.correlation = correlation;
    }

    @ServerRequestFilter(preMatching = true)
    public void takeCorrelationId(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        if (given != null && SAFE.matcher(given).matches()) {
            correlation.use(given);
        }
    }

    @ServerResponseFilter
    public void echoCorrelationId(ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, correlation.id());
    }
}
