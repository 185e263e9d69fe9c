package org.csptransition.transfer.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.aProcessedTransfer;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;

@DisplayName("T15 the handover statement of a transfer and its billing cut-over date")
class HandoverStatementTest {

    @Test
    @DisplayName("the cut-over is the calendar day after the provider took over, in UTC, whatever the hour")
    void cutOver() {
        assertThat(HandoverStatement.billingCutOver(Instant.parse("2026-11-27T00:00:00Z"))).isEqualTo(LocalDate.parse("2026-11-28"));
        assertThat(HandoverStatement.billingCutOver(Instant.parse("2026-11-27T23:59:59.999Z"))).isEqualTo(LocalDate.parse("2026-11-28"));
        assertThat(HandoverStatement.billingCutOver(Instant.parse("2026-12-31T12:00:00Z"))).isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    @DisplayName("a request not accepted yet has none: HANDOVER_NOT_READY, naming its status")
    void notReady() {
        var outcome = HandoverStatement.mayIssue(aTransfer());
        assertThat(outcome.refusedWith(HandoverStatement.HANDOVER_NOT_READY)).isTrue();
        assertThat(outcome.refusals().get(0).context()).containsEntry("status", "Active");
    }

    @Test
    @DisplayName("a processed request: one line per moved subscription, old and new id, offer, quantity, take-over instant and cut-over")
    void lines() {
        var processed = aProcessedTransfer();
        assertThat(HandoverStatement.mayIssue(processed.transfer()).isAllowed()).isTrue();

        List<HandoverStatement.Line> lines = HandoverStatement.lines(processed.transfer(), processed.successors());

        assertThat(lines).extracting(HandoverStatement.Line::oldSubscriptionId).containsExactly(processed.license().id(), processed.azure().id());
        assertThat(lines).extracting(HandoverStatement.Line::newSubscriptionId).containsExactly(processed.newLicense().id(), processed.newAzure().id());
        HandoverStatement.Line license = lines.get(0);
        assertThat(license.quantity()).isEqualTo(25);
        assertThat(license.offerName()).isEqualTo("Office 365 E3");
        assertThat(license.providerTookOverAt()).isEqualTo(NOW);
        assertThat(license.billingCutOverDate()).isEqualTo(LocalDate.parse("2026-11-28"));
    }
}
