package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.ReadModels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/v1/known-customers")
@Tag(name = "Read models", description = "What this service has learnt from other services' events")
@Produces(MediaType.APPLICATION_JSON)
public class KnownCustomerResource {

    private final ReadModels readModels;
    private final Caller caller;

    KnownCustomerResource(ReadModels readModels, Caller caller) {
        this.readModels = readModels;
        this.caller = caller;
    }

    @GET
    @Path("/{customerTenantId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getKnownCustomer", summary = "What this service knows of a customer",
            description = "The read model fed by relationship.events that the transfer preconditions (T3) read: the customer, its partners of "
                    + "record (R2-R4) and its MCA status per provider (R5). The operator or a partner of record of the customer; 404 until "
                    + "the customer's events have arrived.")
    @APIResponse(responseCode = "200", description = "Known", content = @Content(schema = @Schema(implementation = KnownCustomerResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent, SalesAgent or the operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not known (yet), or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KnownCustomerResponse get(@PathParam("customerTenantId") UUID customerTenantId) {
        return KnownCustomerResponse.of(readModels.customer(customerTenantId, caller.tenantId(), caller.isOperator()));
    }

    public record KnownCustomerResponse(UUID customerTenantId, String companyName, String domain, String country, boolean registered,
                                        List<PartnerOfRecordView> partnersOfRecord, List<AgreementView> agreements,
                                        OffsetDateTime asOfEventTime) {

        public record PartnerOfRecordView(UUID partnerTenantId, String partnerName, String role, boolean delegatedAdmin,
                                          Instant since, String via) {
        }

        public record AgreementView(UUID providerTenantId, String status, String basis, Instant changedAt) {
        }

        static KnownCustomerResponse of(ReadModels.CustomerView view) {
            var c = view.customer();
            return new KnownCustomerResponse(c.customerTenantId(), c.companyName(), c.domain(), c.country(), c.registered(),
                    view.partnersOfRecord().stream().map(p -> new PartnerOfRecordView(p.partnerTenantId(), p.partnerName(), p.role(),
                            p.delegatedAdmin(), p.since(), p.via())).toList(),
                    view.agreements().stream().map(a -> new AgreementView(a.providerTenantId(), a.status(), a.basis(),
                            a.changedAt())).toList(),
                    c.lastEventTime());
        }
    }
}
