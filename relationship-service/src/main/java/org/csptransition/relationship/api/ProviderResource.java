package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.ETags;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.relationship.application.ProviderDirectory;
import org.csptransition.relationship.domain.ProviderOffer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/v1/indirect-providers")
@Tag(name = "Indirect providers", description = "R0 the active providers of a market and what each offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    private final ProviderDirectory directory;
    private final Pages pages;
    private final Caller caller;

    ProviderResource(ProviderDirectory directory, Pages pages, Caller caller) {
        this.directory = directory;
        this.pages = pages;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "listIndirectProviders", summary = "List the indirect providers of a market",
            description = "R0: the partners whose indirect provider program is active in the country, by name, each with the "
                    + "training, marketing help, financing and credit terms it offers (offer null: not published yet). "
                    + "Without country, the caller's own market.")
    @APIResponse(responseCode = "200", description = "A page of providers", content = @Content(schema = @Schema(implementation = ProviderPage.class)))
    @APIResponse(responseCode = "400", description = "COUNTRY_REQUIRED (no country given and the caller's market is not known), VALIDATION_FAILED (country not ISO 3166 alpha-2), PAGE_SIZE_INVALID, CONTINUATION_TOKEN_INVALID", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProviderPage list(@Parameter(description = "ISO 3166 alpha-2, e.g. SE") @QueryParam("country") @Pattern(regexp = "[A-Z]{2}") String country,
                             @Parameter(description = "Page size, 1 to relationship.paging.max-size") @QueryParam("size") String size, @QueryParam("continuationToken") String continuationToken) {
        var page = directory.providersOf(country, caller.tenantId(), pages.request(size, continuationToken));
        return new ProviderPage(page.items().stream().map(ProviderResponse::of).toList(), page.continuationToken());
    }

    @GET
    @Path("/{tenantId}")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getIndirectProvider", summary = "Read an indirect provider and its offer", description = "R0: 404 unless the tenant's indirect provider program is active.")
    @APIResponse(responseCode = "200", description = "The provider", content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "404", description = "Not an active indirect provider", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProviderResponse get(@PathParam("tenantId") UUID tenantId) {
        return ProviderResponse.of(directory.provider(tenantId));
    }

    @GET
    @Path("/{tenantId}/offer")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getProviderOffer", summary = "Read a provider's offer",
            description = "R0: the offer alone, with its version as ETag: the If-Match of the next publication. 404 unless the tenant's "
                    + "indirect provider program is active and it has published an offer.")
    @APIResponse(responseCode = "200", description = "The offer", headers = @Header(name = HttpHeaders.ETAG, description = "Its version"),
            content = @Content(schema = @Schema(implementation = Offer.class)))
    @APIResponse(responseCode = "404", description = "Not an active indirect provider, or no offer published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response offer(@PathParam("tenantId") UUID tenantId) {
        ProviderOffer offer = directory.offer(tenantId);
        return Response.ok(Offer.of(offer)).header(HttpHeaders.ETAG, ETags.of(offer.version())).build();
    }

    @PUT
    @Path("/{tenantId}/offer")
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "publishProviderOffer", summary = "Publish the provider's offer",
            description = "R0: a provider's GlobalAdmin or AdminAgent says what it offers resellers; the whole offer is replaced. "
                    + "Only for the caller's own tenant, and only while its indirect provider program is active. "
                    + "If-Match: the offer's ETag (GET /v1/indirect-providers/{tenantId}/offer, or this answer's); the first "
                    + "publication has none to match.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = HttpHeaders.ETAG, description = "The offer's new version"),
            content = @Content(schema = @Schema(implementation = ProviderResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not the caller's tenant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "PRECONDITION_FAILED: If-Match is not the offer's current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner's events have not reached this service yet; retry after Retry-After")
    @APIResponse(responseCode = "422", description = "PROVIDER_PROGRAM_NOT_ACTIVE", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishOffer(@PathParam("tenantId") UUID tenantId, @NotNull @Valid OfferRequest request,
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ProviderDirectory.Listing listing = directory.publishOffer(caller.tenantId(), tenantId, caller.userId(), request.toTerms(), ifMatch);
        return Response.ok(ProviderResponse.of(listing)).header(HttpHeaders.ETAG, ETags.of(listing.offer().version())).build();
    }

    /** R0: what the provider offers; a field left out is not offered. */
    public record OfferRequest(@Size(max = 2000) @Schema(example = "Nordic distributor for CSP") String summary,
                               @Size(max = 2000) @Schema(example = "Monthly onboarding webinars") String training,
                               @Size(max = 2000) @Schema(example = "Co-funded campaigns") String marketingHelp,
                               @Size(max = 2000) @Schema(example = "Net 60 for resellers with a history") String financing,
                               @Size(max = 2000) @Schema(example = "Credit line up to 250,000 SEK") String creditTerms,
                               @Size(max = 500) @SingleLine @Schema(example = "https://northwind.example/csp") String website) {
        ProviderOffer.Terms toTerms() {
            return new ProviderOffer.Terms(summary, training, marketingHelp, financing, creditTerms, website);
        }
    }

    public record Offer(String summary, String training, String marketingHelp, String financing, String creditTerms,
                        String website, Instant updatedAt) {
        static Offer of(ProviderOffer o) {
            return new Offer(o.terms().summary(), o.terms().training(), o.terms().marketingHelp(), o.terms().financing(),
                    o.terms().creditTerms(), o.terms().website(), o.updatedAt());
        }
    }

    public record ProviderResponse(UUID tenantId, String partnerId, String companyName, String country, Offer offer) {
        static ProviderResponse of(ProviderDirectory.Listing listing) {
            var p = listing.provider();
            var o = listing.offer();
            return new ProviderResponse(p.tenantId(), p.partnerId(), p.companyName(), p.country(), o == null ? null : Offer.of(o));
        }
    }

    public record ProviderPage(List<ProviderResponse> items, String continuationToken) {
    }
}
