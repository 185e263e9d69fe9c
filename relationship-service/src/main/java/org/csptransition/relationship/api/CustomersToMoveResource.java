package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.relationship.application.Customers;
import org.csptransition.relationship.domain.CustomersToMove;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/v1/partners/{tenantId}/customers-to-move")
@Tag(name = "Customers", description = "R2 customers and their partners of record")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersToMoveResource {

    private final Customers customers;
    private final Caller caller;

    CustomersToMoveResource(Customers customers, Caller caller) {
        this.customers = customers;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getCustomersToMove", summary = "How many of a partner's direct-bill customers still have to move to a provider",
            description = "E5: the partner's direct-bill customers (it is their DIRECT_BILL_PARTNER of record), how many already have an "
                    + "indirect provider as partner of record (R3 extension or R4 invitation: moved) and how many still do not. The "
                    + "figure beside the transition deadline (eligibility-service, GET /v1/partners/{tenantId}/transition-deadline), "
                    + "counted here because this service holds the partners of record. The tenant itself or the operator.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CustomersToMoveResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a partner role (GlobalAdmin, AdminAgent, SalesAgent) nor the program operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Another tenant's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomersToMoveResponse get(@PathParam("tenantId") UUID tenantId) {
        if (!caller.isTenantOrOperator(tenantId)) {
            throw new RefusedException(Refusal.notFound("Partner", tenantId));
        }
        return CustomersToMoveResponse.of(tenantId, customers.toMove(tenantId));
    }

    public record CustomersToMoveResponse(UUID partnerTenantId,
                                          @Schema(description = "Customers whose DIRECT_BILL_PARTNER of record the partner is") int directBillCustomers,
                                          @Schema(description = "Of those, the ones with an indirect provider as partner of record") int moved,
                                          @Schema(description = "Of those, the ones without one yet") int stillToMove) {
        static CustomersToMoveResponse of(UUID partner, CustomersToMove counts) {
            return new CustomersToMoveResponse(partner, counts.directBillCustomers(), counts.moved(), counts.stillToMove());
        }
    }
}
