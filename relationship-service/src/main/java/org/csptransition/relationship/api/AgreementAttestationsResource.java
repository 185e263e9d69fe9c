package org.csptransition.relationship.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Bulk;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.Idempotency;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.RefusalMapper;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.http.SingleLine;
import org.csptransition.relationship.application.CustomerAgreements;
import org.csptransition.relationship.domain.AgreementAttestation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * R5 in bulk: a direct-bill partner or a provider attests the Microsoft Customer Agreement for many customers in one
 * request (what Partner Center ships a separate command-line tool for), as JSON or as CSV. Every line gets the outcome a
 * single {@code POST /v1/customers/{c}/agreements} would have had: attested, or refused with that operation's status and
 * code.
 */
@Path("/v1/agreement-attestations")
@Tag(name = "Microsoft Customer Agreement", description = "R5 the customer's own acceptance, partners' attestations, and the status for a provider")
@Produces(MediaType.APPLICATION_JSON)
@Bulk
public class AgreementAttestationsResource {

    static final int MAX_ITEMS = AgreementCsv.MAX_LINES;
    private static final String PER_LINE = "Each line is judged on its own by the rules of attestCustomerAgreement (R5), in the order given, "
            + "and a line sees the lines before it: outcome ATTESTED (status 201, with the attestation) or REFUSED with the status and "
            + "code that operation would answer — 404 NOT_FOUND (unknown customer, or the caller is no party to it), 409 "
            + "DUPLICATE_ATTESTATION, 422 ATTESTATION_NOT_ALLOWED, AGREEMENT_DATE_IN_FUTURE, AGREEMENT_TEMPLATE_NOT_CURRENT (with the "
            + "current id) — and its text in the caller's language. A refused line changes nothing and does not stop the others. Each "
            + "attestation publishes what a single one does (customer.agreement.status.changed.v1 for each provider whose status "
            + "changes). Accepts Idempotency-Key: the same key and body replay the first answer.";

    private final CustomerAgreements agreements;
    private final Idempotency idempotency;
    private final Caller caller;
    private final Messages messages;
    private final Validator validator;

    AgreementAttestationsResource(CustomerAgreements agreements, Idempotency idempotency, Caller caller, Messages messages,
                                  Validator validator) {
        this.agreements = agreements;
        this.idempotency = idempotency;
        this.caller = caller;
        this.messages = messages;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "attestCustomerAgreements", summary = "Attest the Microsoft Customer Agreement for many customers at once",
            description = "R5 in bulk: 1–" + MAX_ITEMS + " customers, each with the fields of attestCustomerAgreement (without type: "
                    + "these are Microsoft Customer Agreements). " + PER_LINE)
    @APIResponse(responseCode = "200", description = "The outcome of every line, in the order sent", content = @Content(schema = @Schema(implementation = BulkAttestationResult.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (no items, more than " + MAX_ITEMS + ", a missing or malformed field: nothing is attested), UNKNOWN_FIELD", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin or AdminAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attestAll(@NotNull @Valid BulkAttestation request, @HeaderParam(Idempotency.HEADER) String key,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<Numbered> lines = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            lines.add(new Numbered(i + 1, null, request.items().get(i)));
        }
        return run("agreements.bulk", request, key, lines, acceptLanguage);
    }

    @POST
    @Path("/csv")
    @Consumes(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    @Operation(operationId = "attestCustomerAgreementsCsv", summary = "Attest the Microsoft Customer Agreement for many customers from CSV",
            description = "The same as attestCustomerAgreements, as CSV: a header line naming the columns in any order (" + AgreementCsv.HEADER
                    + "; phoneNumber may be left out or empty), then one customer a line, at most " + MAX_ITEMS + "; fields may be "
                    + "quoted (RFC 4180, no line break inside a field). A malformed or invalid cell anywhere refuses the whole file, "
                    + "naming its line and column; each outcome names its line. " + PER_LINE)
    @RequestBody(required = true, content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = 400_000),
            examples = @ExampleObject(name = "attestations", value = AgreementCsv.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The outcome of every line, in the order of the file", content = @Content(schema = @Schema(implementation = BulkAttestationResult.class)))
    @APIResponse(responseCode = "400", description = "AGREEMENT_CSV_INVALID: a missing or malformed header, column or cell, naming its line and column (errors[].field is \"line 3.email\"); nothing is attested", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin or AdminAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "IDEMPOTENCY_REQUEST_IN_PROGRESS", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response attestAllCsv(String csv, @HeaderParam(Idempotency.HEADER) String key,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        List<Numbered> lines = new ArrayList<>();
        for (AgreementCsv.Line line : AgreementCsv.parse(csv, validator)) {
            lines.add(new Numbered(lines.size() + 1, line.number(), line.item()));
        }
        // hashed as the lines it holds, so the same file sent again with the same key replays (whatever its line ends)
        return run("agreements.bulk-csv", lines, key, lines, acceptLanguage);
    }

    private Response run(String operation, Object request, String key, List<Numbered> lines, String acceptLanguage) {
        UUID partner = caller.tenantId();
        Locale locale = messages.resolve(acceptLanguage);
        return idempotency.run(partner, operation, key, request, () -> {
            List<CustomerAgreements.BulkOutcome> outcomes = agreements.attestAll(partner, caller.userId(),
                    lines.stream().map(Numbered::toItem).toList());
            return new Idempotency.Created(200, BulkAttestationResult.of(lines, outcomes, messages, locale), null);
        });
    }

    /** A line with its place: its position in the list (from 1) and, from CSV, its line in the file. */
    public record Numbered(int position, Integer line, BulkAttestationItem item) {

        CustomerAgreements.BulkItem toItem() {
            var c = item.primaryContact();
            return new CustomerAgreements.BulkItem(item.customerTenantId(), new AgreementAttestation.Attested(item.templateId(),
                    item.dateAgreed(), new AgreementAttestation.Contact(c.firstName(), c.lastName(), c.email(), c.phoneNumber())));
        }
    }

    public record BulkAttestation(@NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull @Valid BulkAttestationItem> items) {
    }

    @Schema(description = "One customer's attestation: the fields of attestCustomerAgreement with the customer's tenant id, without type")
    public record BulkAttestationItem(@NotNull UUID customerTenantId,
                                      @NotBlank @Size(max = 100) @SingleLine @Schema(example = "117a15d1-0000-4000-8000-000000000001") String templateId,
                                      @NotNull LocalDate dateAgreed,
                                      @NotNull @Valid CustomerAgreementResource.Contact primaryContact) {
    }

    /** Whether a line was attested or refused. */
    public enum BulkAttestationOutcome { ATTESTED, REFUSED }

    public record BulkAttestationResult(@Schema(description = "How many lines were attested") int attested,
                                        @Schema(description = "How many lines were refused") int refused,
                                        List<BulkAttestationLine> items) {

        static BulkAttestationResult of(List<Numbered> lines, List<CustomerAgreements.BulkOutcome> outcomes, Messages messages,
                                        Locale locale) {
            List<BulkAttestationLine> items = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                items.add(BulkAttestationLine.of(lines.get(i), outcomes.get(i), messages, locale));
            }
            int attested = (int) outcomes.stream().filter(CustomerAgreements.BulkOutcome::attested).count();
            return new BulkAttestationResult(attested, outcomes.size() - attested, items);
        }
    }

    @Schema(description = "The outcome of one line: the attestation, or the refusal attestCustomerAgreement would have answered")
    public record BulkAttestationLine(@Schema(description = "The line's position in the request, from 1") int position,
                                      @Schema(description = "From CSV: the line of the file (the header is line 1)") Integer line,
                                      UUID customerTenantId, BulkAttestationOutcome outcome,
                                      @Schema(description = "The status attestCustomerAgreement would have answered: 201, or the refusal's") int status,
                                      @Schema(description = "ATTESTED: the attestation made") CustomerAgreementResource.AgreementResponse attestation,
                                      @Schema(description = "REFUSED: the deciding refusal's code") String code,
                                      @Schema(description = "REFUSED: every reason, in the caller's language") String detail,
                                      @Schema(description = "REFUSED: the reasons that name a field") List<Problem.FieldError> errors,
                                      @Schema(description = "REFUSED: the facts of the case (for AGREEMENT_TEMPLATE_NOT_CURRENT, currentTemplateId)") Map<String, Object> context) {

        static BulkAttestationLine of(Numbered line, CustomerAgreements.BulkOutcome outcome, Messages messages, Locale locale) {
            UUID customer = line.item().customerTenantId();
            if (outcome.attested()) {
                return new BulkAttestationLine(line.position(), line.line(), customer, BulkAttestationOutcome.ATTESTED, 201,
                        CustomerAgreementResource.AgreementResponse.of(outcome.attestation()), null, null, null, null);
            }
            // the same choice of the deciding refusal, the same texts and the same fields as RefusalMapper's problem
            Refusal decisive = new RefusedException(outcome.refusals()).decisive();
            List<Problem.FieldError> errors = outcome.refusals().stream().filter(r -> r.field() != null)
                    .map(r -> new Problem.FieldError(r.field(), text(messages, locale, r), r.code())).toList();
            Map<String, Object> context = new LinkedHashMap<>();
            outcome.refusals().forEach(r -> r.context().forEach(context::putIfAbsent));
            String detail = String.join("; ", outcome.refusals().stream().map(r -> text(messages, locale, r)).distinct().toList());
            return new BulkAttestationLine(line.position(), line.line(), customer, BulkAttestationOutcome.REFUSED,
                    RefusalMapper.status(decisive.kind()), null, decisive.code(), detail, errors.isEmpty() ? null : errors,
                    context.isEmpty() ? null : context);
        }

        private static String text(Messages messages, Locale locale, Refusal refusal) {
            return messages.format(locale, refusal.code(), refusal.context(), refusal.message());
        }
    }
}
