package org.csptransition.relationship.api;

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
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.CsvExport;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.relationship.application.CustomerSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The operator's desk: every customer of every partner, searched, paged, sorted, or exported as CSV. */
@Path("/v1/operator/customers")
@Tag(name = "Operator's desk", description = "What the program operator sees across all parties")
@RolesAllowed(Roles.PROGRAM_OPERATOR)
public class OperatorCustomerResource {

    private static final List<String> CSV_HEADER = List.of("tenantId", "companyName", "domain", "country", "registeredAt", "partnersOfRecord");
    private static final String UUID_SHAPE = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final CustomerSearch search;

    OperatorCustomerResource(CustomerSearch search) {
        this.search = search;
    }

    public record CustomerPartner(UUID partnerTenantId, String role) {
    }

    public record FoundCustomer(UUID tenantId, String companyName, String domain, String country, Instant registeredAt,
                                List<CustomerPartner> partnersOfRecord) {
        static FoundCustomer of(CustomerSearch.Found f) {
            return new FoundCustomer(f.tenantId(), f.companyName(), f.domain(), f.country(), f.registeredAt(),
                    f.partnersOfRecord().stream().map(p -> new CustomerPartner(p.partnerTenantId(), p.role())).toList());
        }
    }

    /** One page; {@code total} counts every customer the filter matches. */
    public record CustomerSearchPage(List<FoundCustomer> items, int page, int size, int total) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "searchCustomers", summary = "Search every customer",
            description = "R2: every customer, filtered by a part of its company name or domain (any case), its country, and a "
                    + "partner of record (partner, optionally role; or role alone). Unset filters match all. Accept: text/csv "
                    + "(or format=csv) exports every matching customer, unpaged; its partnersOfRecord column reads "
                    + "partnerTenantId:ROLE separated by spaces.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching customers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerSearchPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "tenantId,companyName,domain,country,registeredAt,partnersOfRecord\r\n"
                            + "0d6b2f5e-8c1a-4a57-9d3e-2f1c0b9a8e7d,Contoso AB,contoso.onmicrosoft.com,SE,2026-11-19T10:00:00Z,"
                            + "9ab6671b-3bd1-491a-8f74-dbfc455adfc0:DIRECT_BILL_PARTNER\r\n"))})
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: a partner that is no UUID, unknown role, sort, order or format; "
            + "page or size out of range; a filter too long", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@Parameter(description = "A part of the company name, any case") @QueryParam("name") @Size(min = 1, max = 200) String name,
                           @Parameter(description = "A part of the domain, any case") @QueryParam("domain") @Size(min = 1, max = 255) String domain,
                           @Parameter(description = "ISO 3166 alpha-2") @QueryParam("country") @Pattern(regexp = "[A-Za-z]{2}") String country,
                           @Parameter(description = "A partner of record's tenant") @QueryParam("partner") @Pattern(regexp = UUID_SHAPE) String partner,
                           @Parameter(description = "The partner of record's role")
                           @QueryParam("role") @Pattern(regexp = "DIRECT_BILL_PARTNER|INDIRECT_RESELLER|INDIRECT_PROVIDER") String role,
                           @Parameter(description = "companyName (default), domain, country or registeredAt")
                           @QueryParam("sort") @DefaultValue("companyName") @Pattern(regexp = "companyName|domain|country|registeredAt") String sort,
                           @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc") String order,
                           @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                           @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                           @Context HttpHeaders headers) {
        var criteria = new CustomerSearch.Criteria(name, domain, country, partner == null ? null : UUID.fromString(partner), role);
        var by = CustomerSearch.Sort.valueOf(sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        boolean descending = "desc".equals(order);
        if (CsvExport.wanted(format, headers)) {
            List<List<?>> rows = search.page(criteria, by, descending, 0, Integer.MAX_VALUE).items().stream()
                    .<List<?>>map(f -> List.of(f.tenantId(), f.companyName(), f.domain(), f.country(), f.registeredAt(),
                            f.partnersOfRecord().stream().map(p -> p.partnerTenantId() + ":" + p.role()).collect(Collectors.joining(" "))))
                    .toList();
            return CsvExport.of("customers", CSV_HEADER, rows);
        }
        var result = search.page(criteria, by, descending, page, size);
        return Response.ok(new CustomerSearchPage(result.items().stream().map(FoundCustomer::of).toList(), page, size, result.total()),
                MediaType.APPLICATION_JSON).build();
    }
}
