package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.relationship.api.CustomerBodies.CustomerResponse;
import org.csptransition.relationship.application.CustomerRegistration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/**
 * R2 The program operator brings an existing customer tenant into the suite with its id. Only the operator: a partner naming
 * a tenant id could claim another company's customer (see {@code CustomerRegistrationPolicy}).
 */
@Path("/v1/customer-imports")
@Tag(name = "Customers", description = "R2, E7 customers, their partners of record and what each caller may do for them")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerImportResource {

    private final CustomerRegistration registration;
    private final Idempotency idempotency;
    private final Caller caller;

    CustomerImportResource(CustomerRegistration registration, Idempotency idempotency, Caller caller) {
        this.registration = registration;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    @Operation(operationId = "importCustomer", summary = "Import an existing customer tenant",
            description = "R2: the program operator imports a partner's existing direct-bill customer with its tenant id; the "
                    + "partner named by directBillPartnerTenantId becomes its DIRECT_BILL_PARTNER of record with delegated admin "
                    + "(a restricted partner too: it keeps its existing customers, E5). E7: never a CSP partner tenant. Accepts "
                    + "Idempotency-Key. Publishes customer.registered.v1 and customer.partner-of-record.added.v1.")
    @APIResponse(responseCode = "201", description = "Imported", content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD, MALFORMED_JSON", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "CUSTOMER_ALREADY_REGISTERED, IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "422", description = "CUSTOMER_IS_CSP_PARTNER_TENANT (E7), DIRECT_BILL_PROGRAM_NOT_ACTIVE, IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importCustomer(@NotNull @Valid CustomerBodies.ImportCustomer request, @HeaderParam(Idempotency.HEADER) String key) {
        UUID operator = caller.tenantId();
        return idempotency.run(operator, "customers.import", key, request, () -> {
            var view = registration.importCustomer(operator, request.toImported());
            return new Idempotency.Created(201, CustomerResponse.of(view), URI.create("/v1/customers/" + view.customer().tenantId()));
        });
    }
}
