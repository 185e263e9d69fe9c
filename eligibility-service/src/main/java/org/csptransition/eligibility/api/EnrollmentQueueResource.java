package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.eligibility.application.EnrollmentQueue;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The operator's desk: the enrollments waiting for its decision, with their due dates, as JSON pages or CSV. */
@Path("/v1/operator/enrollment-queue")
@Tag(name = "Operator's desk", description = "What waits for the program operator")
@RolesAllowed(Roles.PROGRAM_OPERATOR)
public class EnrollmentQueueResource {

    private static final List<String> CSV_HEADER = List.of("kind", "enrollmentId", "tenantId", "partnerId", "companyName", "country",
            "submittedAt", "dueBy", "overdue", "businessDaysOverdue");

    private final EnrollmentQueue queue;

    EnrollmentQueueResource(EnrollmentQueue queue) {
        this.queue = queue;
    }

    /** One waiting enrollment: {@code kind} CREDIT_CHECK (E3) or INDIRECT_RESELLER_APPROVAL (E6). */
    public record QueuedEnrollment(String kind, UUID enrollmentId, UUID tenantId, String partnerId, String companyName, String country,
                                   Instant submittedAt, LocalDate dueBy, boolean overdue, int businessDaysOverdue) {
        static QueuedEnrollment of(EnrollmentQueue.Item i) {
            return new QueuedEnrollment(i.kind(), i.enrollmentId(), i.tenantId(), i.partnerId(), i.companyName(), i.country(),
                    i.submittedAt(), i.dueBy(), i.overdue(), i.businessDaysOverdue());
        }
    }

    /** One page; {@code total} counts every item the filter matches. */
    public record EnrollmentQueuePage(List<QueuedEnrollment> items, int page, int size, int total) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listEnrollmentQueue", summary = "Enrollments waiting for the operator",
            description = "Direct-bill credit checks (E3) and indirect-reseller approvals (E6) still waiting, each due five business days "
                    + "(Monday to Friday, public holidays not modelled) after the day it was submitted (UTC), overdue once today "
                    + "(the service's clock) is past that day. overdue=true answers \"which enrollments are overdue today\". "
                    + "Accept: text/csv (or format=csv) exports every matching item, unpaged.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching items", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentQueuePage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "kind,enrollmentId,tenantId,partnerId,companyName,country,submittedAt,dueBy,overdue,businessDaysOverdue\r\n"
                            + "INDIRECT_RESELLER_APPROVAL,5f0c6b8e-1f7a-4d0e-9a51-3c1b2f4e9d10,9ab6671b-3bd1-491a-8f74-dbfc455adfc0,"
                            + "4234567,Fabrikam AB,SE,2026-11-19T10:00:00Z,2026-11-26,true,1\r\n"))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown kind, sort, order or format; page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "Only the overdue ones") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                         @Parameter(description = "CREDIT_CHECK or INDIRECT_RESELLER_APPROVAL; unset = both")
                         @QueryParam("kind") @Pattern(regexp = "CREDIT_CHECK|INDIRECT_RESELLER_APPROVAL") String kind,
                         @Parameter(description = "dueBy (default), submittedAt, partnerId or companyName")
                         @QueryParam("sort") @DefaultValue("dueBy") @Pattern(regexp = "dueBy|submittedAt|partnerId|companyName") String sort,
                         @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc") String order,
                         @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                         @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                         @Context HttpHeaders headers) {
        EnrollmentQueue.Sort by = EnrollmentQueue.Sort.valueOf(sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        boolean descending = "desc".equals(order);
        if (CsvExport.wanted(format, headers)) {
            List<List<?>> rows = queue.page(overdue, kind, by, descending, 0, Integer.MAX_VALUE).items().stream()
                    .<List<?>>map(i -> List.of(i.kind(), i.enrollmentId(), i.tenantId(), i.partnerId(), i.companyName(), i.country(),
                            i.submittedAt(), i.dueBy(), i.overdue(), i.businessDaysOverdue()))
                    .toList();
            return CsvExport.of("enrollment-queue", CSV_HEADER, rows);
        }
        EnrollmentQueue.Page result = queue.page(overdue, kind, by, descending, page, size);
        return Response.ok(new EnrollmentQueuePage(result.items().stream().map(QueuedEnrollment::of).toList(),
                result.page(), result.size(), result.total()), MediaType.APPLICATION_JSON).build();
    }
}
