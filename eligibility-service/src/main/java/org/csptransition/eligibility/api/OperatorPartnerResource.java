package org.csptransition.eligibility.api;

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
import org.csptransition.eligibility.application.PartnerSearch;
import org.csptransition.eligibility.application.RestrictedPartners;
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
import java.util.stream.Collectors;

/** The operator's desk: the search over every partner, and the queue of restricted ones with their escalation dates. */
@Path("/v1/operator")
@Tag(name = "Operator's desk", description = "What waits for the program operator")
@RolesAllowed(Roles.PROGRAM_OPERATOR)
public class OperatorPartnerResource {

    private static final List<String> PARTNER_CSV = List.of("tenantId", "partnerId", "companyName", "country", "createdAt", "programs");
    private static final List<String> RESTRICTED_CSV = List.of("tenantId", "partnerId", "companyName", "country", "status",
            "restrictedOn", "suspendsOn", "revokesOn");

    private final PartnerSearch search;
    private final RestrictedPartners restricted;

    OperatorPartnerResource(PartnerSearch search, RestrictedPartners restricted) {
        this.search = search;
        this.restricted = restricted;
    }

    public record HeldProgram(String program, String status, LocalDate since) {
    }

    public record FoundPartner(UUID tenantId, String partnerId, String companyName, String country, Instant createdAt,
                               List<HeldProgram> programs) {
        static FoundPartner of(PartnerSearch.Found f) {
            return new FoundPartner(f.tenantId(), f.partnerId(), f.companyName(), f.country(), f.createdAt(),
                    f.programs().stream().map(p -> new HeldProgram(p.program(), p.status(), p.since())).toList());
        }
    }

    /** One page; {@code total} counts every partner the filter matches. */
    public record PartnerSearchPage(List<FoundPartner> items, int page, int size, int total) {
    }

    @GET
    @Path("/partners")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "searchPartners", summary = "Search the partners",
            description = "Every registered partner, filtered by a part of its company name (any case), its PartnerID (MPN id, exact), "
                    + "its country, and a program it holds (optionally in a status: program=DIRECT_BILL&status=RESTRICTED). "
                    + "Unset filters match all. Accept: text/csv (or format=csv) exports every matching partner, unpaged; "
                    + "the programs column reads PROGRAM:STATUS:since separated by spaces.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching partners", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerSearchPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "tenantId,partnerId,companyName,country,createdAt,programs\r\n"
                            + "9ab6671b-3bd1-491a-8f74-dbfc455adfc0,4234567,Fabrikam AB,SE,2026-11-19T10:00:00Z,DIRECT_BILL:RESTRICTED:2017-03-01\r\n"))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown program, status, sort, order or format; page or size out of range; a filter too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response partners(@Parameter(description = "A part of the company name, any case") @QueryParam("name") @Size(min = 1, max = 200) String name,
                             @Parameter(description = "The PartnerID (MPN id), exact") @QueryParam("partnerId") @Pattern(regexp = "[0-9]{1,10}") String partnerId,
                             @Parameter(description = "ISO 3166 alpha-2") @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country,
                             @QueryParam("program") @Pattern(regexp = "DIRECT_BILL|INDIRECT_RESELLER|INDIRECT_PROVIDER") String program,
                             @Parameter(description = "The status of the program (or of any program, without program)")
                             @QueryParam("status") @Pattern(regexp = "ACTIVE|RESTRICTED|SUSPENDED|REVOKED") String status,
                             @Parameter(description = "companyName (default), partnerId, country or createdAt")
                             @QueryParam("sort") @DefaultValue("companyName") @Pattern(regexp = "companyName|partnerId|country|createdAt") String sort,
                             @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc") String order,
                             @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                             @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                             @Context HttpHeaders headers) {
        var criteria = new PartnerSearch.Criteria(name, partnerId, country, program, status);
        var by = PartnerSearch.Sort.valueOf(constant(sort));
        boolean descending = "desc".equals(order);
        if (CsvExport.wanted(format, headers)) {
            List<List<?>> rows = search.page(criteria, by, descending, 0, Integer.MAX_VALUE).items().stream()
                    .<List<?>>map(f -> List.of(f.tenantId(), f.partnerId(), f.companyName(), f.country(), f.createdAt(),
                            f.programs().stream().map(p -> p.program() + ":" + p.status() + ":" + p.since()).collect(Collectors.joining(" "))))
                    .toList();
            return CsvExport.of("partners", PARTNER_CSV, rows);
        }
        var result = search.page(criteria, by, descending, page, size);
        return Response.ok(new PartnerSearchPage(result.items().stream().map(FoundPartner::of).toList(), page, size, result.total()),
                MediaType.APPLICATION_JSON).build();
    }

    /** One restricted direct-bill program; {@code suspendsOn} / {@code revokesOn} are null when that escalation is not configured. */
    public record RestrictedPartner(UUID tenantId, String partnerId, String companyName, String country, String status,
                                    LocalDate restrictedOn, LocalDate suspendsOn, LocalDate revokesOn) {
        static RestrictedPartner of(RestrictedPartners.Item i) {
            return new RestrictedPartner(i.tenantId(), i.partnerId(), i.companyName(), i.country(), i.status(), i.restrictedOn(),
                    i.suspendsOn(), i.revokesOn());
        }
    }

    public record RestrictedPartnerPage(List<RestrictedPartner> items, int page, int size, int total) {
    }

    @GET
    @Path("/restricted-partners")
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listRestrictedPartners", summary = "Restricted partners with their escalation dates",
            description = "E5: every RESTRICTED or SUSPENDED direct-bill program, the day its restriction began, and the days the "
                    + "configured escalation (eligibility.escalation.suspend-after-days / revoke-after-days, counted from that day) "
                    + "would suspend and revoke it at the next capability review on or after that day; a date is absent when that "
                    + "escalation is not configured. Accept: text/csv (or format=csv) exports every matching item, unpaged.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching items", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RestrictedPartnerPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "tenantId,partnerId,companyName,country,status,restrictedOn,suspendsOn,revokesOn\r\n"
                            + "9ab6671b-3bd1-491a-8f74-dbfc455adfc0,4234567,Fabrikam AB,SE,RESTRICTED,2026-11-01,2026-12-01,2027-01-30\r\n"))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown status, sort, order or format; page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response restricted(@Parameter(description = "RESTRICTED or SUSPENDED; unset = both")
                               @QueryParam("status") @Pattern(regexp = "RESTRICTED|SUSPENDED") String status,
                               @Parameter(description = "restrictedOn (default), suspendsOn, revokesOn, partnerId or companyName")
                               @QueryParam("sort") @DefaultValue("restrictedOn")
                               @Pattern(regexp = "restrictedOn|suspendsOn|revokesOn|partnerId|companyName") String sort,
                               @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc") String order,
                               @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                               @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                               @Context HttpHeaders headers) {
        RestrictedPartners.Sort by = RestrictedPartners.Sort.valueOf(constant(sort));
        boolean descending = "desc".equals(order);
        if (CsvExport.wanted(format, headers)) {
            List<List<?>> rows = restricted.page(status, by, descending, 0, Integer.MAX_VALUE).items().stream()
                    .<List<?>>map(i -> java.util.Arrays.asList(i.tenantId(), i.partnerId(), i.companyName(), i.country(), i.status(),
                            i.restrictedOn(), i.suspendsOn(), i.revokesOn()))
                    .toList();
            return CsvExport.of("restricted-partners", RESTRICTED_CSV, rows);
        }
        RestrictedPartners.Page result = restricted.page(status, by, descending, page, size);
        return Response.ok(new RestrictedPartnerPage(result.items().stream().map(RestrictedPartner::of).toList(),
                result.page(), result.size(), result.total()), MediaType.APPLICATION_JSON).build();
    }

    /** {@code companyName} → {@code COMPANY_NAME}. */
    private static String constant(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
