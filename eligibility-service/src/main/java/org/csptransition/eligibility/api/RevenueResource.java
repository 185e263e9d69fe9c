package org.csptransition.eligibility.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.csptransition.eligibility.application.RevenueLedger;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/v1/partners/{tenantId}")
@Tag(name = "Revenue", description = "E2 monthly CSP revenue and the trailing twelve months")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevenueResource {

    private final RevenueLedger ledger;
    private final Caller caller;
    private final Clock clock;

    RevenueResource(RevenueLedger ledger, Caller caller, Clock clock) {
        this.ledger = ledger;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/revenue-records")
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "recordRevenue", summary = "Load monthly revenue records",
            description = "Bulk monthly records (E2). The same month + category + role posted again replaces the earlier record, so nothing is counted twice. All records or none.")
    @APIResponse(responseCode = "200", description = "How many were recorded and how many of them replaced an earlier record", content = @Content(schema = @Schema(implementation = RevenueResponses.Recorded.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields (month as 2020-09, amountUsd as 25000.00)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "REVENUE_MONTH_IN_FUTURE, REVENUE_RECORD_LISTED_TWICE, REVENUE_AMOUNT_INVALID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevenueResponses.Recorded record(@PathParam("tenantId") UUID tenantId, @NotNull @Valid RevenueRequests.RecordRevenue request) {
        RevenueLedger.Recorded recorded = ledger.record(tenantId, request.toRecords());
        return new RevenueResponses.Recorded(tenantId, recorded.recorded(), recorded.replaced());
    }

    @GET
    @Path("/revenue/trailing-twelve-months")
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getTrailingTwelveMonthsRevenue", summary = "Trailing-twelve-month revenue",
            description = "The sum of paid cloud revenue over the twelve full months before the month of asOf (E2), each month's part, and what was excluded and why (PERPETUAL_SOFTWARE, INVOICE_UNPAID). The tenant itself or the operator.")
    @APIResponse(responseCode = "200", description = "The trailing twelve months", content = @Content(schema = @Schema(implementation = RevenueResponses.TrailingTwelveMonthsView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response trailingTwelveMonths(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(description = "ISO date; today when absent", example = "2021-05-01") @QueryParam("asOf") String asOf,
            UriInfo uri) {
        Access.tenantOrOperator(caller, tenantId);
        LocalDate date = AsOf.parse(asOf, clock);
        return Response.ok(RevenueResponses.TrailingTwelveMonthsView.of(tenantId, ledger.trailingTwelveMonths(tenantId, date)))
                .build();
    }
}
