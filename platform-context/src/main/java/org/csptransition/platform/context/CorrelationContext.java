package org.csptransition.platform.context;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.RequestScoped;

import java.util.UUID;

/**
 * The correlation id of the work in progress: taken from the HTTP request (header {@code X-Correlation-Id}) or from
 * the event being consumed, and written into every event that work causes, so one step can be followed across services.
 */
@RequestScoped
public class CorrelationContext {

    private String id;

    public String id() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
        return id;
    }

    /** The current correlation id, or a new one when no request or event is being handled (a scheduled job). */
    public static String current(CorrelationContext context) {
        return Arc.container().requestContext().isActive() ? context.id() : UUID.randomUUID().toString();
    }

    public void use(String correlationId) {
        if (correlationId != null && !correlationId.isBlank()) {
            this.id = correlationId;
        }
    }
}
