package org.csptransition.transfer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Caller;
import org.csptransition.platform.http.Csv;
import org.csptransition.platform.http.Messages;
import org.csptransition.platform.http.Problem;
import org.csptransition.platform.http.Roles;
import org.csptransition.transfer.application.TransitionReadiness;
import org.csptransition.transfer.application.TransitionReadiness.CustomerReadiness;
import org.csptransition.transfer.domain.TransitionReadinessPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** T12 The whole move at a glance: every customer of the calling partner, how ready it is for one provider, and what next. */
@Path("/v1/transition-readiness")
@Tag(name = "Transition", description = "T12-T15 moving every customer: readiness, transition waves, bulk steps, handover statements")
public class TransitionReadinessResource {

    static final List<String> CSV_HEADER = List.of("customerTenantId", "companyName", "status", "reasonCode", "nextAction", "actor",
            "providerPartnerOfRecord", "providerVia", "mcaStatus", "subscriptions", "eligibleSubscriptions", "activeTransferIds");

    private final TransitionReadiness readiness;
    private final Messages messages;
    private final Caller caller;

    TransitionReadinessResource(TransitionReadiness readiness, Messages messages, Caller caller) {
        this.readiness = readiness;
        this.messages = messages;
        this.caller = caller;
    }

    @Schema(name = "TransferReadinessSubscription", description = "One of the partner's subscriptions of the customer and its T2 eligibility")
    public record SubscriptionItem(UUID subscriptionId, String offerName, String productType, int quantity, String status,
                                   @Schema(description = "Whether it can move now (E6 is the customer's reasonCode, not the line's)") boolean isEligible,
                                   String reasonCode, @Schema(description = "In the caller's language") String reason,
                                   @Schema(description = "The active transfer that holds it, when that is the reason") UUID transferId) {
    }

    @Schema(name = "TransferReadinessActiveTransfer", description = "A transfer of the partner's for this customer not over yet, to any provider")
    public record ActiveTransferItem(UUID transferId, UUID targetPartnerTenantId, String status, String stage) {
    }

    @Schema(name = "TransferReadinessProviderTie", description = "How the provider is a partner of record of the customer (R3 EXTENSION, R4 INVITATION)")
    public record ProviderTieItem(String via, boolean delegatedAdmin) {
    }

    @Schema(name = "TransferReadinessCustomer", description = "One customer's readiness for the provider and its single next action")
    public record CustomerItem(UUID customerTenantId, String companyName,
                               @Schema(description = "READY, BLOCKED, IN_PROGRESS, DONE") String status,
                               @Schema(description = "Why it is blocked: T3's code (INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED, PROVIDER_NOT_PARTNER_OF_RECORD, "
                                       + "MCA_NOT_ACCEPTED, NOT_YET_KNOWN) or a subscription's (PRODUCT_TYPE_NOT_TRANSFERABLE, "
                                       + "TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER); new codes may appear") String reasonCode,
                               @Schema(description = "In the caller's language") String reason,
                               @Schema(description = "CREATE_TRANSFER, COMPLETE_INDIRECT_RESELLER_ENROLLMENT, EXTEND_RELATIONSHIP_OR_INVITE, ATTEST_MCA, "
                                       + "CANCEL_AND_BUY_THROUGH_PROVIDER, END_OTHER_TRANSFER, ACCEPT_OR_REJECT_TRANSFER, VERIFY_AS_PROVIDER, "
                                       + "VERIFY_AS_PARTNER, WAIT, NONE") String nextAction,
                               @Schema(description = "Who takes it: PARTNER, PROVIDER, CUSTOMER, or NONE") String actor,
                               @Schema(description = "Absent when the provider is not a partner of record of the customer") ProviderTieItem providerPartnerOfRecord,
                               @Schema(description = "R5 for this provider: ACCEPTED, ACCEPTANCE_REQUIRED; absent when not learnt yet") String mcaStatus,
                               String mcaBasis, List<SubscriptionItem> subscriptions, List<ActiveTransferItem> activeTransfers) {
    }

    @Schema(name = "TransferReadinessTotals", description = "Over every customer of the partner, whatever the filter")
    public record TotalsItem(int customers, int ready, int blocked, int inProgress, int done, Map<String, Integer> blockedByReason) {
    }

    @Schema(name = "TransferReadinessPage", description = "One page; total counts the customers the filter matches")
    public record ReadinessPage(List<CustomerItem> items, int page, int size, int total, TotalsItem totals) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    @Operation(operationId = "getTransitionReadiness", summary = "Readiness of every customer for a move to one provider",
            description = "T12: every customer of the calling partner (its direct-bill customers and those it owns subscriptions of): whether "
                    + "the provider is a partner of record (and how), the MCA status for it (R5), each subscription's eligibility with its "
                    + "reason code (T2), the transfers not over yet, the status (READY, BLOCKED with a reason code, IN_PROGRESS, DONE: "
                    + "nothing of the partner's left to move) and the single next action with who takes it. totals count every customer. "
                    + "Accept: text/csv (or format=csv) exports every matching customer, unpaged.")
    @APIResponse(responseCode = "200", description = "One page, or the CSV of all matching customers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReadinessPage.class)),
            @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "csv", value =
                    "customerTenantId,companyName,status,reasonCode,nextAction,actor,providerPartnerOfRecord,providerVia,mcaStatus,"
                            + "subscriptions,eligibleSubscriptions,activeTransferIds\r\n"
                            + "9a1e4b7c-2d3f-4a5b-8c6d-7e8f9a0b1c2d,Contoso,BLOCKED,MCA_NOT_ACCEPTED,ATTEST_MCA,PROVIDER,true,EXTENSION,"
                            + "ACCEPTANCE_REQUIRED,2,2,\r\n"))},
            headers = @Header(name = HttpHeaders.CONTENT_LANGUAGE, description = "The language of the reasons", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: no providerTenantId; unknown status, sort, order or format; page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a GlobalAdmin, AdminAgent or SalesAgent", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "TARGET_NOT_INDIRECT_PROVIDER", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "NOT_YET_KNOWN: the partner or the provider has not reached this service yet; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "The provider the customers would move to", required = true)
                        @QueryParam("providerTenantId") @NotNull UUID provider,
                        @Parameter(description = "ready, blocked, in_progress or done (any case); unset = all")
                        @QueryParam("status") @Pattern(regexp = "(?i)ready|blocked|in_progress|done") String status,
                        @Parameter(description = "Only the customers blocked with this reason code") @QueryParam("reason")
                        @Pattern(regexp = "[A-Z_]{1,64}") String reason,
                        @Parameter(description = "companyName (default), customerTenantId or status")
                        @QueryParam("sort") @DefaultValue("companyName") @Pattern(regexp = "companyName|customerTenantId|status") String sort,
                        @QueryParam("order") @DefaultValue("asc") @Pattern(regexp = "asc|desc") String order,
                        @Parameter(description = "0-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
                        @Parameter(description = "csv: the same as Accept: text/csv") @QueryParam("format") @Pattern(regexp = "json|csv") String format,
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context HttpHeaders headers) {
        Locale locale = messages.resolve(acceptLanguage);
        TransitionReadiness.Sort by = TransitionReadiness.Sort.valueOf(sort.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
        TransitionReadinessPolicy.Status wanted = status == null ? null : TransitionReadinessPolicy.Status.valueOf(status.toUpperCase(Locale.ROOT));
        boolean csv = wantsCsv(format, headers);
        TransitionReadiness.Page result = readiness.page(caller.tenantId(), provider, new TransitionReadiness.Query(wanted, reason, by,
                "desc".equals(order), csv ? 0 : page, csv ? Integer.MAX_VALUE : size));
        if (csv) {
            List<List<?>> rows = result.items().stream().<List<?>>map(c -> java.util.Arrays.asList(c.customerTenantId(), c.companyName(),
                    c.readiness().status(), c.readiness().reasonCode(), c.readiness().next().action(), c.readiness().next().actor(),
                    c.providerTie().isPresent(), c.providerTie().map(p -> p.via()).orElse(null),
                    c.agreement().map(a -> a.status()).orElse(null), c.subscriptions().size(),
                    c.subscriptions().stream().filter(s -> s.eligibility().eligible()).count(),
                    String.join(" ", c.activeTransfers().stream().map(t -> t.transferId().toString()).toList()))).toList();
            return Response.ok(Csv.of(CSV_HEADER, rows), Csv.MEDIA_TYPE + ";charset=UTF-8").language(locale)
                    .header("Content-Disposition", "attachment; filename=\"transition-readiness.csv\"").build();
        }
        TransitionReadiness.Totals t = result.totals();
        return Response.ok(new ReadinessPage(result.items().stream().map(c -> item(c, locale)).toList(), result.page(), result.size(),
                        result.total(), new TotalsItem(t.customers(), t.ready(), t.blocked(), t.inProgress(), t.done(), t.blockedByReason())),
                MediaType.APPLICATION_JSON).language(locale).build();
    }

    private CustomerItem item(CustomerReadiness c, Locale locale) {
        var r = c.readiness();
        String reason = r.reason() == null ? null : messages.format(locale, r.reasonCode(), r.reason().context(), r.reason().message());
        return new CustomerItem(c.customerTenantId(), c.companyName(), r.status().name(), r.reasonCode(), reason, r.next().action().name(),
                r.next().actor().name(), c.providerTie().map(p -> new ProviderTieItem(p.via(), p.delegatedAdmin())).orElse(null),
                c.agreement().map(a -> a.status()).orElse(null), c.agreement().map(a -> a.basis()).orElse(null),
                c.subscriptions().stream().map(s -> {
                    var e = s.eligibility();
                    String why = e.eligible() ? null : messages.format(locale, e.reasonCode(), e.refusal().context(), e.reason());
                    return new SubscriptionItem(s.subscription().id(), s.subscription().offerName(), s.subscription().productType().name(),
                            s.subscription().quantity(), s.subscription().status().name(), e.eligible(), e.reasonCode(), why, e.transferId());
                }).toList(),
                c.activeTransfers().stream().map(t -> new ActiveTransferItem(t.transferId(), t.targetPartnerTenantId(), t.status(), t.stage()))
                        .toList());
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format != null) {
            return "csv".equals(format);
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !accepted.get(0).isWildcardType();
    }
}
