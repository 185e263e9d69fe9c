package org.csptransition.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.notification.application.webhook.WebhookDeliveries;
import org.csptransition.notification.application.webhook.WebhookEndpoints;
import org.csptransition.notification.domain.webhook.WebhookDelivery;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookEndpointStatus;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.UUID;

/**
 * N4 a partner's or provider's webhook endpoints and their delivery log. Managing where a tenant's events go is an
 * administrator's act (GlobalAdmin, AdminAgent); the tenant is the token's, and another tenant's endpoint is a 404.
 */
@Path("/v1/webhook-endpoints")
@Tag(name = "Webhooks", description = "N4 signed webhooks for distributor systems: endpoints, secrets, the delivery log, redelivery")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointResource {

    static final int STATUS = 16;
    static final int CONTINUATION_TOKEN = 256;

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final Idempotency idempotency;
    private final Caller caller;

    WebhookEndpointResource(WebhookEndpoints endpoints, WebhookDeliveries deliveries, Idempotency idempotency, Caller caller) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "createWebhookEndpoint", summary = "Register a webhook endpoint",
            description = "N4: an https URL and the event types it receives; the answer carries its signing secret (whsec_…), shown again only by a rotation. "
                    + "The tenant receives only events about objects it is a party to.")
    @APIResponse(responseCode = "201", description = "Registered, with its secret", content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookEndpointView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, WEBHOOK_URL_INVALID (not an absolute https URL), UNKNOWN_FIELD, MALFORMED_JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "WEBHOOK_TARGET_NOT_ALLOWED (loopback, private or link-local address), WEBHOOK_HOST_UNKNOWN, WEBHOOK_EVENT_TYPE_UNKNOWN, IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid WebhookBodies.WebhookEndpointRequest request, @HeaderParam(Idempotency.HEADER) String key, UriInfo uri) {
        return idempotency.run(caller.tenantId(), "webhook-endpoints.create", key, request, () -> {
            WebhookEndpoint created = endpoints.register(caller.tenantId(), request.url(), request.eventTypes(), request.description());
            return new Idempotency.Created(201, WebhookBodies.WebhookEndpointView.of(created, true),
                    uri.getAbsolutePathBuilder().path(created.id().toString()).build());
        });
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "listWebhookEndpoints", summary = "The caller's webhook endpoints", description = "N4: oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The endpoints", content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookEndpointList.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin or AdminAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookBodies.WebhookEndpointList list() {
        return new WebhookBodies.WebhookEndpointList(endpoints.list(caller.tenantId()).stream()
                .map(e -> WebhookBodies.WebhookEndpointView.of(e, false)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "getWebhookEndpoint", summary = "One webhook endpoint", description = "N4: its owner only; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The endpoint", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookEndpointView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(endpoints.get(caller.tenantId(), id), false);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "updateWebhookEndpoint", summary = "Change a webhook endpoint",
            description = "N4: URL, event types, description and status (DISABLED stops its deliveries; ACTIVE again sends what waited). If-Match: its ETag.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookEndpointView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, WEBHOOK_URL_INVALID, UNKNOWN_FIELD, MALFORMED_JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "WEBHOOK_TARGET_NOT_ALLOWED, WEBHOOK_HOST_UNKNOWN, WEBHOOK_EVENT_TYPE_UNKNOWN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @NotNull @Valid WebhookBodies.WebhookEndpointRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(endpoints.change(caller.tenantId(), id, request.url(), request.eventTypes(), request.description(),
                request.status(), ifMatch), false);
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/secret-rotation")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "N4: a new secret signs from now; the previous one signs beside it for overlapSeconds (default 24 h), so the receiver can switch without losing a webhook. If-Match: its ETag.")
    @APIResponse(responseCode = "200", description = "Rotated, with the new secret", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookEndpointView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (overlapSeconds beyond a week)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@PathParam("id") UUID id, @Valid WebhookBodies.SecretRotationRequest request,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Duration overlap = request == null || request.overlapSeconds() == null ? null : Duration.ofSeconds(request.overlapSeconds());
        return withETag(endpoints.rotate(caller.tenantId(), id, overlap, ifMatch), true);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Delete a webhook endpoint", description = "N4: with its deliveries and their log. If-Match: its ETag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        endpoints.delete(caller.tenantId(), id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of an endpoint",
            description = "N4: newest first, one row per event (its id is the webhook-id); page with size and the continuationToken of the previous page.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookDeliveryPage.class)))
    @APIResponse(responseCode = "400", description = "INVALID_QUERY: unknown status or bad continuation token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookBodies.WebhookDeliveryPage deliveries(@PathParam("id") UUID id,
                                                        @QueryParam("status") @Size(max = STATUS) String status,
                                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                                                        @QueryParam("continuationToken") @Size(max = CONTINUATION_TOKEN) String continuationToken) {
        WebhookDeliveries.Page page = deliveries.page(caller.tenantId(), id, status, size, continuationToken);
        return new WebhookBodies.WebhookDeliveryPage(page.items().stream().map(d -> WebhookBodies.WebhookDeliveryView.of(d, null)).toList(),
                page.continuationToken());
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with its attempts", description = "N4: each attempt's status, latency and the first characters of the answer.")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookBodies.WebhookDeliveryView delivery(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return WebhookBodies.WebhookDeliveryView.of(deliveries.get(caller.tenantId(), id, deliveryId));
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redelivery")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "redeliverWebhook", summary = "Send one delivery again", description = "N4: at once, with the same webhook-id, whatever its status.")
    @APIResponse(responseCode = "202", description = "Pending again", content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        WebhookDelivery delivery = deliveries.redeliver(caller.tenantId(), id, deliveryId);
        return Response.accepted(WebhookBodies.WebhookDeliveryView.of(delivery, null)).build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/redelivery")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "redeliverWebhooks", summary = "Send a time range of deliveries again",
            description = "N4: every DELIVERED or FAILED delivery created in [from, to), oldest first, each with its own webhook-id (at most 1000 per call).")
    @APIResponse(responseCode = "202", description = "How many go again", content = @Content(schema = @Schema(implementation = WebhookBodies.RedeliveryResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, INVALID_QUERY (to is not after from)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliverRange(@PathParam("id") UUID id, @NotNull @Valid WebhookBodies.RedeliveryRequest request) {
        int count = deliveries.redeliverRange(caller.tenantId(), id, request.from(), request.to());
        return Response.accepted(new WebhookBodies.RedeliveryResponse(count)).build();
    }

    @POST
    @Path("/{id}/test-event")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "sendWebhookTestEvent", summary = "Send a test event",
            description = "N4: a webhook.test.v1 delivery to this endpoint, signed and logged like any other.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = WebhookBodies.WebhookDeliveryView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "WEBHOOK_ENDPOINT_DISABLED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response test(@PathParam("id") UUID id) {
        return Response.accepted(WebhookBodies.WebhookDeliveryView.of(deliveries.test(caller.tenantId(), id), null)).build();
    }

    private static Response withETag(WebhookEndpoint endpoint, boolean withSecret) {
        return Response.ok(WebhookBodies.WebhookEndpointView.of(endpoint, withSecret)).header(HttpHeaders.ETAG, ETags.of(endpoint.version())).build();
    }
}
