package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.relationship.application.CustomerRegistration;
import org.csptransition.relationship.application.Customers;
import org.csptransition.relationship.api.CustomerBodies.CustomerPage;
import org.csptransition.relationship.api.CustomerBodies.CustomerResponse;
import org.csptransition.relationship.api.CustomerBodies.PartnerOfRecordResponse;
import org.csptransition.relationship.api.CustomerBodies.PartnersOfRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

@Path("/v1/customers")
@Tag(name = "Customers", description = "R2, E7 customers, their partners of record and what each caller may do for them")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final CustomerRegistration registration;
    private final Customers customers;
    private final Idempotency idempotency;
    private final Pages pages;
    private final Caller caller;

    CustomerResource(CustomerRegistration registration, Customers customers, Idempotency idempotency, Pages pages, Caller caller) {
        this.registration = registration;
        this.customers = customers;
        this.idempotency = idempotency;
        this.pages = pages;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "createCustomer", summary = "Create a customer",
            description = "R2: a direct-bill partner creates a new customer (its direct-bill customer, the partner its "
                    + "DIRECT_BILL_PARTNER of record); a provider creates a customer for a reseller it has an active partnership "
                    + "with by naming the reseller's associatedPartnerId (both become partners of record with delegated admin). "
                    + "The suite assigns the new customer's tenantId (in the answer and Location); a request naming one is refused "
                    + "(422 CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE), so that no partner can claim an existing tenant: an existing "
                    + "customer joins a partner through an invitation its admin accepts (R4), or is imported by the program "
                    + "operator (POST /v1/customer-imports). Accepts Idempotency-Key (a retry with the same key gets the same "
                    + "customer). Publishes customer.registered.v1, customer.partner-of-record.added.v1 and, for a provider, "
                    + "customer.agreement.status.changed.v1.")
    @APIResponse(responseCode = "201", description = "Created, with the tenantId the suite assigned", content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "422", description = "CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE, DIRECT_BILL_RESTRICTED, DIRECT_BILL_PROGRAM_NOT_ACTIVE, "
            + "RESELLER_CANNOT_CREATE_CUSTOMERS, PROVIDER_PROGRAM_NOT_ACTIVE, RESELLER_PARTNER_ID_UNKNOWN, PARTNERSHIP_NOT_ACTIVE, IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid CustomerBodies.RegisterCustomer request, @HeaderParam(Idempotency.HEADER) String key) {
        UUID tenant = caller.tenantId();
        return idempotency.run(tenant, "customers.register", key, request, () -> {
            var view = registration.register(tenant, request.toNewCustomer(), request.associatedPartnerId());
            return new Idempotency.Created(201, CustomerResponse.of(view), URI.create("/v1/customers/" + view.customer().tenantId()));
        });
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "listCustomers", summary = "List the caller's customers", description = "R2: the customers the caller is a partner of record of (or, for a customer, itself), by name, each with what the caller may do for it.")
    @APIResponse(responseCode = "200", description = "A page of customers", content = @Content(schema = @Schema(implementation = CustomerPage.class)))
    @APIResponse(responseCode = "400", description = "PAGE_SIZE_INVALID, CONTINUATION_TOKEN_INVALID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerPage list(@Parameter(description = "Page size, 1 to relationship.paging.max-size") @QueryParam("size") String size, @QueryParam("continuationToken") String continuationToken) {
        var page = customers.ofCaller(caller.tenantId(), pages.request(size, continuationToken));
        return new CustomerPage(page.items().stream().map(CustomerResponse::of).toList(), page.continuationToken());
    }

    @GET
    @Path("/{customerTenantId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getCustomer", summary = "Read a customer", description = "R2: its partners of record and the customer itself only; capabilities says what the caller may do for it (direct-bill customer or indirect-reseller customer).")
    @APIResponse(responseCode = "200", description = "The customer", content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or the caller is no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("customerTenantId") UUID customerTenantId) {
        var view = customers.find(customerTenantId, caller.tenantId());
        return Response.ok(CustomerResponse.of(view)).header("ETag", ETags.of(view.customer().version())).build();
    }

    @GET
    @Path("/{customerTenantId}/relationships")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "listPartnersOfRecord", summary = "List a customer's partners of record", description = "R2: each partner with its role, whether it holds delegated admin, since when and how (DIRECT, EXTENSION, INVITATION).")
    @APIResponse(responseCode = "200", description = "The partners of record", content = @Content(schema = @Schema(implementation = PartnersOfRecord.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or the caller is no party to it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PartnersOfRecord partnersOfRecord(@PathParam("customerTenantId") UUID customerTenantId) {
        return new PartnersOfRecord(customers.partnersOfRecord(customerTenantId, caller.tenantId()).stream()
                .map(PartnerOfRecordResponse::of).toList());
    }

    @GET
    @Path("/{customerTenantId}/billing-profile")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getBillingProfile", summary = "Read a customer's billing profile",
            description = "R3: the customer, its direct-bill partner, and a provider that is its partner of record (extended, invited, or having created it) read it; an indirect reseller alone and anyone else get 404.")
    @APIResponse(responseCode = "200", description = "The billing profile", content = @Content(schema = @Schema(implementation = CustomerBodies.BillingProfile.class)))
    @APIResponse(responseCode = "404", description = "Unknown, not shared with the caller, or none recorded", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerBodies.BillingProfile billingProfile(@PathParam("customerTenantId") UUID customerTenantId) {
        return CustomerBodies.BillingProfile.of(customers.billingProfile(customerTenantId, caller.tenantId()));
    }
}
