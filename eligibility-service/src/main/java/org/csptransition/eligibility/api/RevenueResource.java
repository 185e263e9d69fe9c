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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/v1/partners/{tenantId}")
@Tag(name = "Revenue", description = "E2 CSP revenue per invoice and the trailing twelve months")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RevenueResource {

    static final String CSV = "text/csv";
    private static final String REFUSALS = "REVENUE_MONTH_IN_FUTURE, REVENUE_RECORD_LISTED_TWICE (the same invoiceId twice), REVENUE_AMOUNT_INVALID, REVENUE_PAID_ON_UNPAID_INVOICE, REVENUE_PAID_ON_IN_FUTURE";

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
    @Operation(operationId = "recordRevenue", summary = "Load revenue per invoice",
            description = "Bulk invoices (E2): id, month, amount, category, role, paid or not and the day it was paid. The same invoiceId posted again replaces the earlier record, so nothing is counted twice; a month holds any number of invoices, paid and unpaid. A record without invoiceId is the month's one invoice of its category and role. All records or none.")
    @APIResponse(responseCode = "200", description = "How many were recorded and how many of them replaced an earlier record", content = @Content(schema = @Schema(implementation = RevenueResponses.Recorded.class)))
    @APIResponse(responseCode = "400", description = "Missing or malformed fields (month as 2020-09, amountUsd as 25000.00)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = REFUSALS, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevenueResponses.Recorded record(@PathParam("tenantId") UUID tenantId, @NotNull @Valid RevenueRequests.RecordRevenue request) {
        RevenueLedger.Recorded recorded = ledger.record(tenantId, request.toRecords());
        return new RevenueResponses.Recorded(tenantId, recorded.recorded(), recorded.replaced());
    }

    @POST
    @Path("/revenue-records/csv")
    @Consumes(CSV)
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "recordRevenueCsv", summary = "Load revenue per invoice from CSV",
            description = "The same as recordRevenue, as CSV (E2): a header line naming the columns (" + RevenueCsv.HEADER + "; invoiceId and paidOn may be left out or empty), then one invoice a line, at most 1,000. All records or none.")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 200_000),
            examples = @ExampleObject(name = "invoices", value = RevenueCsv.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "How many were recorded and how many of them replaced an earlier record", content = @Content(schema = @Schema(implementation = RevenueResponses.Recorded.class)))
    @APIResponse(responseCode = "400", description = "REVENUE_CSV_INVALID: a missing or malformed header, column or cell, naming its line and column", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown partner", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = REFUSALS, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RevenueResponses.Recorded recordCsv(@PathParam("tenantId") UUID tenantId, String csv) {
        RevenueLedger.Recorded recorded = ledger.record(tenantId, RevenueCsv.parse(csv).toRecords());
        return new RevenueResponses.Recorded(tenantId, recorded.recorded(), recorded.replaced());
    }

    @GET
    @Path("/revenue/trailing-twelve-months")
    // reads: the partner tenant's own users (any partner role) or the operator; a customer admin is no party
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getTrailingTwelveMonthsRevenue", summary = "Trailing-twelve-month revenue",
            description = "The sum of cloud revenue as indirect reseller on invoices paid by asOf, over the twelve full months before the month of asOf (E2), each month's part, every invoice that counted, and what was excluded and why (PERPETUAL_SOFTWARE, NOT_AS_INDIRECT_RESELLER, INVOICE_UNPAID, INVOICE_PAID_AFTER_AS_OF). The tenant itself or the operator.")
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
