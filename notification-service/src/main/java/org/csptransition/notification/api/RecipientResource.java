package org.csptransition.notification.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.notification.application.Recipients;
import org.csptransition.notification.domain.Recipient;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/v1/recipients")
@Tag(name = "Recipients", description = "Who receives a tenant's e-mails, learnt from events (N1)")
@Produces(MediaType.APPLICATION_JSON)
public class RecipientResource {

    private final Recipients recipients;
    private final Caller caller;

    RecipientResource(Recipients recipients, Caller caller) {
        this.recipients = recipients;
        this.caller = caller;
    }

    @GET
    @Path("/{tenantId}")
    // the partner or provider tenant itself, or the operator; a customer tenant has no recipient here
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getRecipient", summary = "A tenant's recipient", description = "The tenant itself or the operator. 404 until the tenant's events have arrived.")
    @APIResponse(responseCode = "200", description = "Known", content = @Content(schema = @Schema(implementation = RecipientResponse.class)))
    @APIResponse(responseCode = "404", description = "Not known (yet), or not yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecipientResponse get(@PathParam("tenantId") UUID tenantId) {
        return RecipientResponse.of(recipients.get(tenantId, Viewers.of(caller)));
    }

    public record RecipientResponse(UUID tenantId, String displayName, String contactName, String email, String locale,
                                    String mpnAccountEmail, OffsetDateTime asOfEventTime) {
        static RecipientResponse of(Recipient r) {
            return new RecipientResponse(r.tenantId(), r.displayName(), r.contactName(), r.email(), r.locale(),
                    r.mpnAccountEmail(), r.lastEventTime());
        }
    }
}
