package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.relationship.application.CustomerAgreements;
import org.csptransition.relationship.domain.AgreementTemplatePolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/agreements")
@Tag(name = "Microsoft Customer Agreement", description = "R5 the customer's own acceptance, partners' attestations, and the status for a provider")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementMetadataResource {

    private final CustomerAgreements agreements;

    AgreementMetadataResource(CustomerAgreements agreements) {
        this.agreements = agreements;
    }

    @GET
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR})
    @Operation(operationId = "getAgreementMetadata", summary = "The agreement in force and its template id",
            description = "R5: the metadata of the Microsoft Customer Agreement in force, as Partner Center serves it: templateId "
                    + "(what an attestation must name, else AGREEMENT_TEMPLATE_NOT_CURRENT), agreementType, agreementLink, versionRank.")
    @APIResponse(responseCode = "200", description = "The agreements (one: the Microsoft Customer Agreement in force)",
            content = @Content(schema = @Schema(implementation = AgreementMetadataList.class), examples = @ExampleObject(name = "mca",
                    value = "{\"totalCount\":1,\"items\":[{\"templateId\":\"117a15d1-0000-4000-8000-000000000001\","
                            + "\"agreementType\":\"MicrosoftCustomerAgreement\",\"agreementLink\":\"https://aka.ms/customeragreement\","
                            + "\"versionRank\":0}]}")))
    @APIResponse(responseCode = "400", description = "AGREEMENT_TYPE_UNKNOWN", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a partner user or the operator", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementMetadataList metadata(@Parameter(description = "MicrosoftCustomerAgreement (the only type)")
                                          @QueryParam("agreementType") String agreementType) {
        List<AgreementMetadata> items = agreements.metadata(agreementType).stream().map(AgreementMetadata::of).toList();
        return new AgreementMetadataList(items.size(), items);
    }

    public record AgreementMetadata(@Schema(example = "117a15d1-0000-4000-8000-000000000001") String templateId,
                                    @Schema(example = "MicrosoftCustomerAgreement") String agreementType,
                                    @Schema(example = "https://aka.ms/customeragreement") String agreementLink,
                                    @Schema(example = "0") int versionRank) {
        static AgreementMetadata of(AgreementTemplatePolicy.Metadata m) {
            return new AgreementMetadata(m.templateId(), m.agreementType(), m.agreementLink(), m.versionRank());
        }
    }

    public record AgreementMetadataList(int totalCount, List<AgreementMetadata> items) {
    }
}
