package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.relationship.application.RelationshipExtensions;
import org.csptransition.relationship.domain.CustomerConsent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

@Path("/v1/customers/{customerTenantId}/relationship-extensions")
@Tag(name = "Relationship extensions", description = "R3 a transitioned partner extends its direct-bill customer to its provider")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipExtensionResource {

    private final RelationshipExtensions extensions;
    private final Idempotency idempotency;
    private final Caller caller;

    RelationshipExtensionResource(RelationshipExtensions extensions, Idempotency idempotency, Caller caller) {
        this.extensions = extensions;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN_AGENT)
    @Operation(operationId = "extendRelationship", summary = "Extend a direct-bill customer to an indirect provider",
            description = "R3: an AdminAgent of a partner that completed the indirect-reseller enrollment (E6) extends one of its "
                    + "direct-bill customers to a provider it has an active partnership with, attesting the customer's consent "
                    + "(who, when). The provider becomes a partner of record without delegated admin and the customer's billing "
                    + "profile is shared with it. Accepts Idempotency-Key. Publishes customer.relationship.extended.v1 (with the "
                    + "billing profile), customer.partner-of-record.added.v1 and customer.agreement.status.changed.v1.")
    @APIResponse(responseCode = "201", description = "Extended", content = @Content(schema = @Schema(implementation = ExtensionResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown customer, or not the caller's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "PROVIDER_ALREADY_PARTNER_OF_RECORD, IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "422", description = "INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETE, NOT_A_DIRECT_BILL_CUSTOMER, PARTNERSHIP_NOT_ACTIVE, "
            + "CUSTOMER_CONSENT_REQUIRED, CUSTOMER_CONSENT_IN_FUTURE, IDEMPOTENCY_KEY_REUSED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response extend(@PathParam("customerTenantId") UUID customerTenantId, @NotNull @Valid ExtendRelationship request,
                           @HeaderParam(Idempotency.HEADER) String key) {
        UUID reseller = caller.tenantId();
        return idempotency.run(reseller, "relationship-extensions.create:" + customerTenantId, key, request, () -> {
            var view = extensions.extend(customerTenantId, reseller, caller.userId(), request.indirectProviderTenantId(),
                    request.customerConsent() == null ? null : request.customerConsent().toDomain());
            return new Idempotency.Created(201, ExtensionResponse.of(view),
                    URI.create("/v1/customers/" + customerTenantId + "/relationship-extensions/" + view.extension().id()));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.CUSTOMER_ADMIN})
    @Operation(operationId = "getRelationshipExtension", summary = "Read a relationship extension", description = "R3: the customer's parties only, with the consent that was attested.")
    @APIResponse(responseCode = "200", description = "The extension", content = @Content(schema = @Schema(implementation = ExtensionResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown, or the caller is no party to the customer", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtensionResponse get(@PathParam("customerTenantId") UUID customerTenantId, @PathParam("id") UUID id) {
        return ExtensionResponse.of(extensions.find(customerTenantId, id, caller.tenantId()));
    }

    /** The consent is checked by the rule itself, so that its absence is refused with its own code (CUSTOMER_CONSENT_REQUIRED). */
    public record ExtendRelationship(@NotNull UUID indirectProviderTenantId, @Valid Consent customerConsent) {
    }

    public record Consent(@Size(max = 200) @SingleLine @Schema(example = "Anna Berg, IT manager at Contoso") String attestedBy, Instant attestedAt) {
        CustomerConsent toDomain() {
            return new CustomerConsent(attestedBy, attestedAt);
        }
    }

    public record ExtensionResponse(UUID id, UUID customerTenantId, String customerName, UUID resellerTenantId,
                                    UUID indirectProviderTenantId, String providerName, Consent customerConsent, Instant extendedAt,
                                    boolean delegatedAdmin) {
        static ExtensionResponse of(RelationshipExtensions.View view) {
            var e = view.extension();
            return new ExtensionResponse(e.id(), e.customerTenantId(), view.customerName(), e.resellerTenantId(), e.providerTenantId(),
                    view.providerName(), new Consent(e.consent().attestedBy(), e.consent().attestedAt()), e.extendedAt(), false);
        }
    }
}
