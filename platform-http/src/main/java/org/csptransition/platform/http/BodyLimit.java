package org.csptransition.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body whose declared {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size} is answered 413 as a
 * problem, like every other refusal, before it is read. (A chunked body that grows past the limit is still cut by the
 * server itself.)
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(this::refuseTooLarge);
    }

    void refuseTooLarge(RoutingContext context) {
        String declared = context.request().getHeader("Content-Length");
        long length = -1;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length > limit) {
            Problem problem = Problem.of(413, "BODY_TOO_LARGE", "Payload too large",
                    "The body is larger than the " + limit + " bytes this service accepts", null, java.util.Map.of("maxBytes", limit))
                    .at(context.request().path());
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                    .end(Json.encode(problem));
            return;
        }
        context.next();
    }
}
