package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.HandoverStatements;
import org.csptransition.transfer.application.TransitionWaves;
import org.csptransition.transfer.domain.TransitionWave;
import org.csptransition.transfer.domain.TransitionWave.ItemStatus;
import org.csptransition.transfer.domain.TransitionWavePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** T13 Transition waves: many customers to one provider in one request, processed in the background. */
@Path("/v1/transition-waves")
@Tag(name = "Transition", description = "T12-T15 moving every customer: readiness, transition waves, bulk steps, handover statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransitionWaveResource {

    static final String WAVE_SELECTION_INVALID = "WAVE_SELECTION_INVALID";

    private final TransitionWaves waves;
    private final Idempotency idempotency;
    private final Caller caller;
    private final HandoverStatements handovers;

    TransitionWaveResource(TransitionWaves waves, Idempotency idempotency, Caller caller, HandoverStatements handovers) {
        this.handovers = handovers;
        this.waves = waves;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @Schema(name = "TransferNewTransitionWave", description = "Either customerTenantIds or allReady: true")
    public record NewWave(@NotNull UUID providerTenantId,
                          @Size(min = 1, max = TransitionWavePolicy.MAX_CUSTOMERS) @Schema(description = "The customers to move (1-1000)")
                          List<@NotNull UUID> customerTenantIds,
                          @Schema(description = "Every customer READY for the provider now (T12), at most 1000") Boolean allReady) {
    }

    @Schema(name = "TransferTransitionWaveCounts", description = "The wave's customers by state")
    public record Counts(int total, int pending, int created, int refused) {
    }

    @Schema(name = "TransferTransitionWaveItem", description = "One customer of the wave and its outcome")
    public record Item(UUID customerTenantId, @Schema(description = "PENDING, CREATED, REFUSED") String status,
                       @Schema(description = "The transfer created for it") UUID transferId,
                       @Schema(description = "The code a single create of the customer's subscriptions was refused with (T3, T4), or "
                               + "NOTHING_TO_TRANSFER") String refusalCode, Instant processedAt) {
    }

    @Schema(name = "TransferTransitionWave", description = "A wave; items is one page of its customers in request order (the provider "
            + "sees only those with a transfer to it)")
    public record Wave(UUID id, UUID partnerTenantId, UUID providerTenantId, @Schema(description = "LISTED or ALL_READY") String selection,
                       @Schema(description = "RUNNING or COMPLETED") String status, Instant createdAt, String createdBy, Instant completedAt,
                       Counts counts, List<Item> items, int page, int size) {

        static Wave of(TransitionWaves.WaveView view, int page, int size) {
            TransitionWave w = view.wave();
            var c = view.counts();
            int created = c.getOrDefault(ItemStatus.CREATED, 0);
            Counts counts = view.partnerView()
                    ? new Counts(c.values().stream().mapToInt(Integer::intValue).sum(), c.getOrDefault(ItemStatus.PENDING, 0), created,
                    c.getOrDefault(ItemStatus.REFUSED, 0))
                    : new Counts(created, 0, created, 0);
            return new Wave(w.id(), w.partnerTenantId(), w.providerTenantId(), w.selection().name(), w.status().name(), w.createdAt(),
                    view.partnerView() ? w.createdBy() : null, w.completedAt().orElse(null), counts,
                    view.items().stream().map(i -> new Item(i.customerTenantId(), i.status().name(), i.transferId(), i.refusalCode(),
                            i.processedAt())).toList(), page, size);
        }
    }

    @Schema(name = "TransferTransitionWaveList", description = "One page of waves, newest first, without their items")
    public record WaveList(List<Wave> items, int page, int size, long total) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "startTransitionWave", summary = "Move many customers to one provider",
            description = "T13: the partner's AdminAgent asks for one transfer per customer (the listed ones, or allReady: every customer "
                    + "READY for the provider, T12), each with all its active base subscriptions that move this way (add-ons join them). "
                    + "Answers at once; the suite then creates the transfers in the background, one customer per transaction with exactly "
                    + "the rules of a single create (T3, T4): each customer ends CREATED with its transfer or REFUSED with that create's "
                    + "code. Survives a restart; a customer never gets two transfers. Idempotency-Key: the same key and body replay the answer.")
    @APIResponse(responseCode = "202", description = "Accepted: the wave, every customer PENDING",
            headers = @Header(name = "Location", description = "The wave", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Wave.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, WAVE_SELECTION_INVALID (neither or both of customerTenantIds and "
            + "allReady), UNKNOWN_FIELD, MALFORMED_JSON, IDEMPOTENCY_KEY_INVALID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an AdminAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "TRANSITION_WAVE_EMPTY: allReady, and no customer is ready; IDEMPOTENCY_REQUEST_IN_PROGRESS",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "TARGET_NOT_INDIRECT_PROVIDER, IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner or the provider has not reached this service yet; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@NotNull @Valid NewWave request,
                          @Parameter(in = ParameterIn.HEADER, description = "Replays the first answer for the same key and body (24 h)")
                          @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        boolean all = Boolean.TRUE.equals(request.allReady());
        if (all == (request.customerTenantIds() != null)) {
            throw new RefusedException(Refusal.malformed(WAVE_SELECTION_INVALID, "customerTenantIds",
                    "Name the customers in customerTenantIds, or send allReady: true; not both"));
        }
        UUID tenant = caller.tenantId();
        String by = caller.userId();
        return idempotency.run(tenant, "transition-wave.start", key, request, () -> {
            TransitionWave wave = waves.start(tenant, request.providerTenantId(), all ? null : request.customerTenantIds(), by);
            return new Idempotency.Created(202, Wave.of(waves.get(wave.id(), tenant, 0, 200), 0, 200),
                    uri.getAbsolutePathBuilder().path(wave.id().toString()).build());
        });
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listTransitionWaves", summary = "The caller's transition waves",
            description = "The waves the caller asked for, or is the provider of, newest first, with their counts (no items).")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = WaveList.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: page or size out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WaveList list(@Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        UUID tenant = caller.tenantId();
        return new WaveList(waves.list(tenant, page, size).stream().map(v -> Wave.of(v, 0, 0)).toList(), page, size, waves.count(tenant));
    }

    @GET
    @Path("/{waveId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getTransitionWave", summary = "A transition wave and its progress",
            description = "T13: the counts by state and one page of the customers with their outcome: the transfer created, or the refusal "
                    + "code. The partner sees every customer; the provider only those with a transfer to it; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The wave", content = @Content(schema = @Schema(implementation = Wave.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: page or size out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Wave get(@PathParam("waveId") UUID waveId,
                    @Parameter(description = "0-based page of the customers") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                    @QueryParam("size") @DefaultValue("200") @Min(1) @Max(1000) int size) {
        return Wave.of(waves.get(waveId, caller.tenantId(), page, size), page, size);
    }

    @GET
    @Path("/{waveId}/handover")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getTransitionWaveHandover", summary = "The handover statement of a whole wave",
            description = "T15: the lines of every processed transfer the wave created (as GET .../transfers/{id}/handover), and the ids of "
                    + "those not processed yet. The partner or the provider of the wave; anyone else gets 404. Accept: text/csv (or "
                    + "format=csv) for one CSV row per line.")
    @APIResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HandoverResponse.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown format", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not a party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response handover(@PathParam("waveId") UUID waveId,
                             @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format")
                             @jakarta.validation.constraints.Pattern(regexp = "json|csv") String format, @Context HttpHeaders headers) {
        return HandoverResponse.answer(handovers.ofWave(waveId, caller.tenantId()), HandoverResponse.wantsCsv(format, headers),
                "handover-wave-" + waveId + ".csv");
    }
}
