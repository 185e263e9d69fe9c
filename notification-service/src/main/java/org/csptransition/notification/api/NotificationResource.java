package org.csptransition.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.notification.application.NotificationLog;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.NotificationStatus;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/v1/notifications")
@Tag(name = "Notifications", description = "N3 who was told what, when, in which language; N2 retry of what could not be sent")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /*
     * Who may read the log: the partners and providers its e-mails go to (their admin and sales roles) and the operator.
     * A customer tenant is never a recipient (CustomerAdmin: 403). The query bounds are the columns they are compared
     * with (V2): a longer value can match nothing, so it is refused as invalid. A cursor this service issues is ~90 characters.
     */
    static final int EVENT_TYPE = 128;
    static final int SUBJECT_ID = 128;
    static final int STATUS = 16;
    static final int CONTINUATION_TOKEN = 256;

    private final NotificationLog log;
    private final Caller caller;

    NotificationResource(NotificationLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "listNotifications", summary = "The notification log",
            description = "Newest first. A recipient tenant sees its own e-mails; the operator sees all. Page with size and the continuationToken of the previous page.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "INVALID_QUERY: unknown status or bad continuation token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationPage list(@QueryParam("eventType") @Size(max = EVENT_TYPE) String eventType,
                                 @QueryParam("subjectId") @Size(max = SUBJECT_ID) String subjectId,
                                 @QueryParam("status") @Size(max = STATUS) String status,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                                 @QueryParam("continuationToken") @Size(max = CONTINUATION_TOKEN) String continuationToken) {
        NotificationLog.Page page = log.page(Viewers.of(caller), eventType, subjectId, status, size, continuationToken);
        return new NotificationPage(page.items().stream().map(NotificationView::of).toList(), page.continuationToken());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getNotification", summary = "One notification", description = "Its recipient tenant or the operator; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The notification", headers = @Header(name = HttpHeaders.ETAG, description = "Its version, for If-Match"),
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(log.get(id, Viewers.of(caller)));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "retryNotification", summary = "Send a FAILED notification again", description = "N2: the e-mail gets a fresh set of attempts.")
    @APIResponse(responseCode = "200", description = "Pending again", headers = @Header(name = HttpHeaders.ETAG, description = "Its new version"),
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "NOTIFICATION_NOT_FAILED: only a FAILED notification can be retried", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the current ETag (the sender moved it meanwhile)")
    public Response retry(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(log.retry(id, ifMatch));
    }

    private static Response withETag(Notification notification) {
        return Response.ok(NotificationView.of(notification)).header(HttpHeaders.ETAG, ETags.of(notification.version())).build();
    }

    public record NotificationPage(List<NotificationView> items, String continuationToken) {
    }

    public record NotificationView(UUID id, UUID eventId, String eventType, String subjectId, String template,
                                   UUID recipientTenantId, String recipientEmail, String locale, String subject, String body,
                                   NotificationStatus status, int attempts, Instant scheduledFor, Instant sentAt,
                                   String lastError, Instant createdAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.eventId(), n.eventType(), n.subjectId(), n.template(), n.recipientTenantId(),
                    n.recipientEmail(), n.locale(), n.subject(), n.body(), n.status(), n.attempts(),
                    n.status() == NotificationStatus.PENDING ? n.nextAttemptAt() : null, n.sentAt(), n.lastError(), n.createdAt());
        }
    }
}
