package org.csptransition.transfer.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.csptransition.platform.http.Csv;
import org.csptransition.transfer.application.HandoverStatements;
import org.csptransition.transfer.domain.HandoverStatement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** T15 A handover statement on the wire, as JSON or (Accept: text/csv) one CSV row per line. */
@Schema(name = "TransferHandoverStatement", description = "What moved, for both parties' billing systems")
public record HandoverResponse(UUID partnerTenantId, UUID providerTenantId,
                               @Schema(description = "How billingCutOverDate is set") String billingCutOverRule,
                               List<Line> lines,
                               @Schema(description = "A wave's transfers not processed yet (not accepted, or still processing): no lines yet")
                               List<UUID> notProcessedTransferIds) {

    static final String RULE = "The partner bills up to and including the day the provider took over; the provider bills from the "
            + "next calendar day (UTC)";
    static final List<String> CSV_HEADER = List.of("transferId", "customerTenantId", "oldSubscriptionId", "newSubscriptionId", "offerId",
            "offerName", "productType", "quantity", "billingCycle", "providerTookOverAt", "billingCutOverDate");

    @Schema(name = "TransferHandoverLine", description = "One moved subscription")
    public record Line(UUID transferId, UUID customerTenantId, UUID oldSubscriptionId, UUID newSubscriptionId, String offerId,
                       String offerName, String productType, int quantity, String billingCycle,
                       @Schema(description = "When the provider's new subscription was created") Instant providerTookOverAt,
                       @Schema(description = "The first day the provider bills (the partner's last is the day before)") LocalDate billingCutOverDate) {
    }

    static Response answer(HandoverStatements.Statement statement, boolean csv, String filename) {
        if (csv) {
            List<List<?>> rows = statement.lines().stream().<List<?>>map(l -> List.of(l.transferId(), l.customerTenantId(),
                    l.oldSubscriptionId(), l.newSubscriptionId(), l.offerId(), l.offerName(), l.productType().name(), l.quantity(),
                    l.billingCycle(), l.providerTookOverAt(), l.billingCutOverDate())).toList();
            return Response.ok(Csv.of(CSV_HEADER, rows), Csv.MEDIA_TYPE + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
        return Response.ok(new HandoverResponse(statement.partnerTenantId(), statement.providerTenantId(), RULE,
                statement.lines().stream().map(HandoverResponse::line).toList(), statement.notProcessed()), MediaType.APPLICATION_JSON).build();
    }

    private static Line line(HandoverStatement.Line l) {
        return new Line(l.transferId(), l.customerTenantId(), l.oldSubscriptionId(), l.newSubscriptionId(), l.offerId(), l.offerName(),
                l.productType().name(), l.quantity(), l.billingCycle(), l.providerTookOverAt(), l.billingCutOverDate());
    }

    static boolean wantsCsv(String format, HttpHeaders headers) {
        return TransitionReadinessResource.wantsCsv(format, headers);
    }
}
