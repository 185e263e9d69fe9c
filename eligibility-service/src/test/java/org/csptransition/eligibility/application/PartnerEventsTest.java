package org.csptransition.eligibility.application;

import org.csptransition.eligibility.EventShapes;
import org.csptransition.eligibility.domain.Attestations;
import org.csptransition.eligibility.domain.PartnerEvent;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramChange;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.SupportPlan;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventJson;
import org.csptransition.platform.events.EventPayload;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.events.partner.PartnerRegistered;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("What happened to a partner, on the wire: one mapping for every event of partner.events")
class PartnerEventsTest {

    static final UUID TENANT = UUID.randomUUID();
    static final UUID ENROLLMENT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-21T09:15:30.123Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final PartnerProfile.Contact EVA = new PartnerProfile.Contact("Eva", "Lind", "eva@fabrikam.se");
    static final List<PartnerProfile.ProgramHolding> BOTH = List.of(
            new PartnerProfile.ProgramHolding(Program.DIRECT_BILL, ProgramStatus.ACTIVE, LocalDate.of(2017, 3, 1)),
            new PartnerProfile.ProgramHolding(Program.INDIRECT_RESELLER, ProgramStatus.ACTIVE, LocalDate.of(2015, 1, 1)));

    /** One of each kind of event an aggregate of this service reports. */
    static final List<PartnerEvent> ONE_OF_EACH = List.of(
            new PartnerEvent.Registered(TENANT, "4234567", "Fabrikam AB", "SE", "sv-SE", EVA, "mpn@fabrikam.se", BOTH, NOW),
            new PartnerEvent.ProfileUpdated(TENANT, "Fabrikam AB", "sv-SE", EVA, null, new Attestations(true, true, true, 1, "eva", NOW)),
            new PartnerEvent.ProgramChanged(TENANT, new ProgramChange(Program.DIRECT_BILL, ProgramStatus.ACTIVE, ProgramStatus.RESTRICTED,
                    TODAY, List.of("REVENUE")), UUID.randomUUID()),
            new PartnerEvent.SupportPlanRecorded(TENANT, ENROLLMENT, SupportPlan.ASFP),
            new PartnerEvent.DirectBillSubmitted(TENANT, ENROLLMENT, "2021-04-15", NOW),
            new PartnerEvent.CreditCheckPassed(TENANT, ENROLLMENT, NOW),
            new PartnerEvent.CreditCheckFailed(TENANT, ENROLLMENT, "Outstanding debts", NOW),
            new PartnerEvent.DirectBillRejected(TENANT, ENROLLMENT, "CREDIT_CHECK_FAILED", "Outstanding debts"),
            new PartnerEvent.DirectBillApproved(TENANT, ENROLLMENT, NOW),
            new PartnerEvent.IndirectResellerSubmitted(TENANT, ENROLLMENT, TODAY.plusDays(7)),
            new PartnerEvent.IndirectResellerApproved(TENANT, ENROLLMENT),
            new PartnerEvent.IndirectResellerRejected(TENANT, ENROLLMENT, "PartnerID does not match"),
            new PartnerEvent.TransitionCompleted(TENANT, ENROLLMENT, NOW, BOTH),
            new PartnerEvent.IncentivesInvitationDue(TENANT, ENROLLMENT, TODAY.plusDays(30), "mpn@fabrikam.se", "eva@fabrikam.se", "sv-SE"));

    @Test
    @DisplayName("every event type of partner.events has its domain event, and each is shaped like its golden sample, about its tenant")
    void everyTypeShapedLikeItsSample() {
        List<EventType> partnerTypes = Arrays.stream(EventType.values()).filter(t -> t.topic().equals(Topics.PARTNER_EVENTS)).toList();
        List<EventPayload> payloads = ONE_OF_EACH.stream().map(PartnerEvents::payload).toList();
        assertThat(payloads.stream().map(p -> EventType.of(p.getClass())).toList()).containsExactlyInAnyOrderElementsOf(partnerTypes);
        for (EventPayload payload : payloads) {
            EventType type = EventType.of(payload.getClass());
            EventEnvelope event = EventEnvelope.wrap(UUID.randomUUID(), "/eligibility-service", OffsetDateTime.now(ZoneOffset.UTC),
                    "corr", payload);
            assertThat(EventShapes.fieldNames(event)).as(type.wireName()).isEqualTo(EventShapes.fieldNames(EventJson.sample(type)));
            assertThat(payload.subject()).isEqualTo(TENANT.toString());
        }
    }

    @Test
    @DisplayName("enum-like values travel as strings; E6 transitionCompletedAt as it was decided")
    void values() {
        PartnerRegistered registered = (PartnerRegistered) PartnerEvents.payload(ONE_OF_EACH.get(0));
        assertThat(registered.programs()).containsExactly(new PartnerRegistered.Program("DIRECT_BILL", "ACTIVE", LocalDate.of(2017, 3, 1)),
                new PartnerRegistered.Program("INDIRECT_RESELLER", "ACTIVE", LocalDate.of(2015, 1, 1)));
        assertThat(registered.transitionCompletedAt()).isEqualTo(NOW);
        PartnerProgramChanged changed = (PartnerProgramChanged) PartnerEvents.payload(new PartnerEvent.ProgramChanged(TENANT,
                new ProgramChange(Program.INDIRECT_RESELLER, null, ProgramStatus.ACTIVE, TODAY, List.of(ProgramChange.TRANSITION_COMPLETED)), null));
        assertThat(changed.program()).isEqualTo("INDIRECT_RESELLER");
        assertThat(changed.previousStatus()).isNull();
        assertThat(changed.status()).isEqualTo("ACTIVE");
        assertThat(changed.capabilityReviewId()).isNull();
    }
}
