package org.csptransition.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.notification.application.FailedNotifications;
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.CsvExport;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The operator's desk: the e-mails that ran out of attempts (N2), to retry one by one with POST /v1/notifications/{id}/retry. */
@Path("/v1/operator/failed-notifications")
@Tag(name = "Operator's desk", description = "What waits for the program operator")
@RolesAllowed(Roles.PROGRAM_OPERATOR)
public class OperatorNotificationResource {

    private static final List<String> CSV_HEADER = List.of("id", "eventId", "eventType", "subjectId", "template", "recipientTenantId",
            "recipientEmail", "locale", "attempts", "lastError", "createdAt");
    private static final String UUID_SHAPE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final FailedNotifications failed;

    OperatorNotificationResource(FailedNotifications failed) {
        this.failed = failed;
    }

    /** One failed e-mail: what it was about, to whom, how often it was tried, and the mail server's last answer. */
    public record FailedNotification(UUID id, UUID eventId, String eventType, String subjectId, String template, UUID recipientTenantId,
                                     String recipientEmail, String locale, int attempts, String lastError, Instant createdAt) {
        static FailedNotification of(FailedNotifications.Failed f) {
            return new FailedNotification(f.id(), f.eventId(), f.eventType(), f.subjectId(), f.template(), f.recipientTenantId(),
                    f.recipientEmail(), f.locale(), f.attempts(), f.lastError(), f.createdAt());
        }
    }

    /** One page; {@code total} counts every failed e-mail the filter matches. */
    public record FailedNotificationPage(List<FailedNotification> items, int page, int size, int total) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listFailedNotifications", summary = "E-mails that ran out of attempts",
            description = "N2: every FAILED e-mail, newest first by default, optionally of one event type or recipient tenant. Each is "
                    + "sent again with POST /v1/notifications/{id}/retry (If-Match: its ETag) and then leaves this list. "
                    + "Accept: text/csv (or format=csv) exports every matching item, unpaged.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching items", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FailedNotificationPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "id,eventId,eventType,subjectId,template,recipientTenantId,recipientEmail,locale,attempts,lastError,createdAt\r\n"
                            + "5f0c6b8e-1f7a-4d0e-9a51-3c1b2f4e9d10,0d6b2f5e-8c1a-4a57-9d3e-2f1c0b9a8e7d,directbill.creditcheck.passed.v1,"
                            + "9ab6671b-3bd1-491a-8f74-dbfc455adfc0,credit-check-passed,9ab6671b-3bd1-491a-8f74-dbfc455adfc0,"
                            + "eva@fabrikam.se,sv-SE,8,Connection refused,2026-11-19T10:00:00Z\r\n"))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a recipient that is no UUID, unknown sort, order or format; "
            + "page or size out of range; an event type too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "One event type, e.g. directbill.creditcheck.passed.v1")
                         @QueryParam("eventType") @Size(min = 1, max = NotificationResource.EVENT_TYPE) String eventType,
                         @Parameter(description = "The recipient's tenant") @QueryParam("recipientTenantId") @Pattern(regexp = UUID_SHAPE) String recipient,
                         @Parameter(description = "createdAt (default), eventType, recipientEmail or attempts")
                         @QueryParam("sort") @DefaultValue("createdAt") @Pattern(regexp = "createdAt|eventType|recipientEmail|attempts") String sort,
                         @QueryParam("order") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String order,
                         @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                         @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                         @Context HttpHeaders headers) {
        var criteria = new FailedNotifications.Criteria(eventType, recipient == null ? null : UUID.fromString(recipient));
        var by = FailedNotifications.Sort.valueOf(sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        boolean descending = "desc".equals(order);
        if (CsvExport.wanted(format, headers)) {
            List<List<?>> rows = failed.page(criteria, by, descending, 0, Integer.MAX_VALUE).items().stream()
                    .<List<?>>map(f -> Arrays.asList(f.id(), f.eventId(), f.eventType(), f.subjectId(), f.template(), f.recipientTenantId(),
                            f.recipientEmail(), f.locale(), f.attempts(), f.lastError(), f.createdAt()))
                    .toList();
            return CsvExport.of("failed-notifications", CSV_HEADER, rows);
        }
        var result = failed.page(criteria, by, descending, page, size);
        return Response.ok(new FailedNotificationPage(result.items().stream().map(FailedNotification::of).toList(), page, size,
                result.total()), MediaType.APPLICATION_JSON).build();
    }
}
