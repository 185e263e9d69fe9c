package org.csptransition.transfer.api;

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
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.CsvExport;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.TransferSearch;
import org.csptransition.transfer.domain.TransferStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The operator's desk: every transfer of every party, searched, paged, sorted, or exported as CSV. */
@Path("/v1/operator/transfers")
@Tag(name = "Operator's desk", description = "What the program operator sees across all parties")
@RolesAllowed(Roles.PROGRAM_OPERATOR)
public class OperatorTransferResource {

    private static final List<String> CSV_HEADER = List.of("id", "status", "stage", "customerTenantId", "customerName",
            "sourcePartnerTenantId", "sourcePartnerName", "targetPartnerTenantId", "targetPartnerName", "createdTime", "completedTime", "lastModifiedTime");

    private final TransferSearch search;

    OperatorTransferResource(TransferSearch search) {
        this.search = search;
    }

    /**
     * One transfer as the operator's list shows it, named as in the parties' TransferResponse: the source is the partner that
     * asked, the target the provider; its lines are not listed.
     */
    public record TransferSummary(UUID id, String status, String stage, UUID customerTenantId, String customerName,
                                  UUID sourcePartnerTenantId, String sourcePartnerName, UUID targetPartnerTenantId, String targetPartnerName,
                                  Instant createdTime,
                                  Instant completedTime, Instant lastModifiedTime) {
        static TransferSummary of(TransferSearch.Found f) {
            return new TransferSummary(f.id(), f.status(), f.stage(), f.customerTenantId(), f.customerName(), f.sourcePartnerTenantId(),
                    f.sourcePartnerName(), f.targetPartnerTenantId(), f.targetPartnerName(), f.createdTime(), f.completedTime(), f.lastModifiedTime());
        }
    }

    /** One page; {@code total} counts every transfer the filter matches. */
    public record TransferSearchPage(List<TransferSummary> items, int page, int size, int total) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "searchTransfers", summary = "Search every transfer",
            description = "Every transfer request, filtered by status (any case), the partner that asked (source), the provider "
                    + "(target), the customer, and the time it was created (createdFrom inclusive, createdTo exclusive, ISO-8601 "
                    + "instants). Newest first by default. Accept: text/csv (or format=csv) exports every matching transfer, unpaged.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching transfers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferSearchPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "id,status,stage,customerTenantId,customerName,sourcePartnerTenantId,sourcePartnerName,targetPartnerTenantId,targetPartnerName,"
                            + "createdTime,completedTime,lastModifiedTime\r\n"
                            + "5f0c6b8e-1f7a-4d0e-9a51-3c1b2f4e9d10,Active,AWAITING_PROVIDER_DECISION,0d6b2f5e-8c1a-4a57-9d3e-2f1c0b9a8e7d,Contoso,"
                            + "9ab6671b-3bd1-491a-8f74-dbfc455adfc0,Fabrikam AB,1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f,Northwind Distribution AB,"
                            + "2026-11-19T10:00:00Z,,2026-11-19T10:00:00Z\r\n"))})
    @APIResponse(responseCode = "400", description = "INVALID_STATUS; INVALID_TIME: createdFrom or createdTo is no ISO-8601 instant; "
            + "VALIDATION_FAILED: a tenant that is no UUID, unknown sort, order or format, page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "Active, InProgress, Complete, PartiallyComplete, Failed, Rejected, Withdrawn, Expired (any case)")
                           @QueryParam("status") @Pattern(regexp = "[A-Za-z_]{1,32}") String status,
                           @Parameter(description = "The partner's tenant (the source)") @QueryParam("partner") @Pattern(regexp = UUID_SHAPE) String partner,
                           @Parameter(description = "The provider's tenant (the target)") @QueryParam("provider") @Pattern(regexp = UUID_SHAPE) String provider,
                           @Parameter(description = "The customer's tenant") @QueryParam("customer") @Pattern(regexp = UUID_SHAPE) String customer,
                           @Parameter(description = "Created at or after this instant") @QueryParam("createdFrom") @Size(max = 40) String createdFrom,
                           @Parameter(description = "Created before this instant") @QueryParam("createdTo") @Size(max = 40) String createdTo,
                           @Parameter(description = "createdTime (default), lastModifiedTime, status or customerName")
                           @QueryParam("sort") @DefaultValue("createdTime") @Pattern(regexp = "createdTime|lastModifiedTime|status|customerName") String sort,
                           @QueryParam("order") @DefaultValue("desc") @Pattern(regexp = "asc|desc") String order,
                           @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                           @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                           @Context HttpHeaders headers) {
        var criteria = new TransferSearch.Criteria(status(status), tenant(partner), tenant(provider), tenant(customer),
                instant("createdFrom", createdFrom), instant("createdTo", createdTo));
        var by = TransferSearch.Sort.valueOf(sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        boolean descending = "desc".equals(order);
        if (CsvExport.wanted(format, headers)) {
            List<List<?>> rows = search.page(criteria, by, descending, 0, Integer.MAX_VALUE).items().stream()
                    .<List<?>>map(f -> Arrays.asList(f.id(), f.status(), f.stage(), f.customerTenantId(), f.customerName(),
                            f.sourcePartnerTenantId(), f.sourcePartnerName(), f.targetPartnerTenantId(), f.targetPartnerName(), f.createdTime(),
                            f.completedTime(), f.lastModifiedTime()))
                    .toList();
            return CsvExport.of("transfers", CSV_HEADER, rows);
        }
        var result = search.page(criteria, by, descending, page, size);
        return Response.ok(new TransferSearchPage(result.items().stream().map(TransferSummary::of).toList(), page, size, result.total()),
                MediaType.APPLICATION_JSON).build();
    }

    /** The shape of an ISO-8601 instant; {@link #instant} reads it. */
    private static final String UUID_SHAPE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static UUID tenant(String text) {
        return text == null ? null : UUID.fromString(text);
    }

    /** An unset time does not filter; anything but an ISO-8601 instant is a 400 INVALID_TIME naming the parameter. */
    private static Instant instant(String parameter, String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new RefusedException(Refusal.malformed("INVALID_TIME", parameter, parameter + " is not an ISO-8601 instant")
                    .with("parameter", parameter));
        }
    }

    /** The same rule and answer as the parties' own lists: an unknown status is a 400 INVALID_STATUS naming the known ones. */
    private static TransferStatus status(String status) {
        if (status == null) {
            return null;
        }
        String known = Arrays.stream(TransferStatus.values()).map(TransferStatus::wireName).collect(Collectors.joining(", "));
        return TransferStatus.fromWire(status).orElseThrow(() -> new RefusedException(
                Refusal.malformed("INVALID_STATUS", null, "status must be one of " + known).with("statuses", known)));
    }
}
