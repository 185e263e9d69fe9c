package org.csptransition.platform.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The operator's view of this service's parked events (every service that consumes has them): what failed, why, and
 * a replay once the cause is fixed. A service that only publishes lists none.
 */
@Path("/v1/operator/parked-events")
@Tag(name = "Operations", description = "Events this service's consumer parked after they failed, and their replay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROGRAM_OPERATOR)
public class ParkedEventResource {

    private final ParkedEvents parked;
    private final EventConsumer consumer;
    private final Clock clock;

    ParkedEventResource(ParkedEvents parked, EventConsumer consumer, Clock clock) {
        this.parked = parked;
        this.consumer = consumer;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "listParkedEvents", summary = "Parked and dead events",
            description = "Oldest first. PARKED: retried with backoff (or waiting behind an earlier parked event of its key); "
                    + "DEAD: out of attempts, its key waits for a replay.")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(schema = @Schema(implementation = ParkedEventResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid status or limit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ParkedEventResponse> list(@QueryParam("status") @Pattern(regexp = "PARKED|DEAD") String status,
                                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        if (!consumer.consumes()) {
            return List.of();
        }
        return parked.list(status, limit).stream().map(ParkedEventResponse::of).toList();
    }

    @POST
    @Path("/{eventId}/replay")
    @Operation(operationId = "replayParkedEvent", summary = "Replay a parked or dead event",
            description = "Gives the event a fresh set of attempts, due now; it is applied once whatever happened before (the inbox).")
    @APIResponse(responseCode = "200", description = "Replay scheduled", content = @Content(schema = @Schema(implementation = ParkedEventResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such parked event", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ParkedEventResponse replay(@PathParam("eventId") UUID eventId) {
        if (!consumer.consumes() || !parked.replay(eventId, clock.instant())) {
            throw new RefusedException(Refusal.notFound("Parked event", eventId));
        }
        consumer.wakeParked();
        return parked.find(eventId).map(ParkedEventResponse::of)
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Parked event", eventId)));
    }

    public record ParkedEventResponse(UUID eventId, String key, String type, String topic, String status, int attempts,
                                      OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime parkedAt,
                                      boolean waitingBehindEarlierEvent) {
        static ParkedEventResponse of(ParkedEvents.Parked p) {
            return new ParkedEventResponse(p.eventId(), p.key(), p.type(), p.topic(), p.status(), p.attempts(),
                    p.nextAttemptAt(), p.lastError(), p.parkedAt(), p.behind());
        }
    }
}
