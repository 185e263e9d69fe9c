package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.relationship.application.Partnerships;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/v1/relationships")
@Tag(name = "Partnerships", description = "R1 a provider invites a reseller; the reseller's GlobalAdmin accepts")
@Produces(MediaType.APPLICATION_JSON)
public class RelationshipResource {

    private final Partnerships partnerships;
    private final Pages pages;
    private final Caller caller;

    RelationshipResource(Partnerships partnerships, Pages pages, Caller caller) {
        this.partnerships = partnerships;
        this.pages = pages;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listRelationships", summary = "List the caller's partners by relationship type",
            description = "As in Partner Center: IsIndirectResellerOf lists the providers the caller resells for; "
                    + "IsIndirectCloudSolutionProviderOf lists the resellers the caller, a provider, serves. Active partnerships only (R1).")
    @APIResponse(responseCode = "200", description = "A page of relationships", content = @Content(schema = @Schema(implementation = RelationshipPage.class)))
    @APIResponse(responseCode = "400", description = "RELATIONSHIP_TYPE_UNKNOWN, PAGE_SIZE_INVALID, CONTINUATION_TOKEN_INVALID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RelationshipPage list(@Parameter(description = "IsIndirectResellerOf or IsIndirectCloudSolutionProviderOf", required = true)
                                 @QueryParam("relationship_type") String relationshipType,
                                 @Parameter(description = "Page size, 1 to relationship.paging.max-size") @QueryParam("size") String size, @QueryParam("continuationToken") String continuationToken) {
        var page = partnerships.related(caller.tenantId(), relationshipType, pages.request(size, continuationToken));
        return new RelationshipPage(page.items().stream().map(r -> RelationshipResponse.of(r, relationshipType)).toList(),
                page.continuationToken());
    }

    /** The other partner of an active partnership, named as Partner Center names it. */
    public record RelationshipResponse(UUID id, String name, String relationshipType, String state, String mpnId, String location,
                                       UUID partnershipId, Instant since) {
        static RelationshipResponse of(Partnerships.Related related, String relationshipType) {
            var partner = related.partner();
            return new RelationshipResponse(partner.tenantId(), partner.displayName(), relationshipType, "Active",
                    partner.partnerId(), partner.country(), related.partnership().id(), related.partnership().acceptedAt());
        }
    }

    public record RelationshipPage(List<RelationshipResponse> items, String continuationToken) {
    }
}
