package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.NOW;
import static org.csptransition.relationship.domain.DomainFixtures.aDirectBillPartner;
import static org.csptransition.relationship.domain.DomainFixtures.aProvider;
import static org.csptransition.relationship.domain.DomainFixtures.aTransitionedPartner;
import static org.csptransition.relationship.domain.DomainFixtures.anIndirectReseller;

@DisplayName("R1 provider–reseller partnership")
class PartnershipPolicyTest {

    static Partnership aPendingPartnership(KnownPartner provider, KnownPartner reseller) {
        return Partnership.invite(UUID.randomUUID(), provider.tenantId(), reseller.tenantId(), "user", NOW).partnership();
    }

    @Nested
    @DisplayName("inviting")
    class Inviting {

        @Test
        @DisplayName("an active provider invites a known reseller by PartnerID")
        void allowed() {
            assertThat(PartnershipPolicy.checkInvitation(aProvider(), "4234567", Optional.of(aTransitionedPartner()), Optional.empty()).refusals())
                    .isEmpty();
        }

        @Test
        @DisplayName("a partner without an active provider program: PROVIDER_PROGRAM_NOT_ACTIVE")
        void notAProvider() {
            assertThat(PartnershipPolicy.checkInvitation(aDirectBillPartner(), "4234567", Optional.of(aTransitionedPartner()),
                    Optional.empty()).refusals()).extracting(Refusal::code).containsExactly("PROVIDER_PROGRAM_NOT_ACTIVE");
        }

        @Test
        @DisplayName("a PartnerID no known partner has: RESELLER_PARTNER_ID_UNKNOWN, naming the field")
        void unknownPartnerId() {
            assertThat(PartnershipPolicy.checkInvitation(aProvider(), "999", Optional.empty(), Optional.empty()).refusals())
                    .extracting(Refusal::code, Refusal::field).containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "RESELLER_PARTNER_ID_UNKNOWN", "resellerPartnerId"));
        }

        @Test
        @DisplayName("its own tenant: CANNOT_PARTNER_WITH_ITSELF")
        void itself() {
            KnownPartner provider = aProvider();
            assertThat(PartnershipPolicy.checkInvitation(provider, "4234567", Optional.of(provider), Optional.empty()).refusals())
                    .extracting(Refusal::code).containsExactly("CANNOT_PARTNER_WITH_ITSELF");
        }

        @Test
        @DisplayName("a reseller already invited or partnered: PARTNERSHIP_ALREADY_EXISTS, a conflict")
        void twice() {
            KnownPartner provider = aProvider();
            KnownPartner reseller = aTransitionedPartner();
            assertThat(PartnershipPolicy.checkInvitation(provider, "4234567", Optional.of(reseller),
                    Optional.of(aPendingPartnership(provider, reseller))).refusals())
                    .extracting(Refusal::code, Refusal::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PARTNERSHIP_ALREADY_EXISTS", Refusal.Kind.CONFLICT));
        }
    }

    @Nested
    @DisplayName("accepting")
    class Accepting {

        @Test
        @DisplayName("a tenant holding an active indirect-reseller program accepts, whether it transitioned or never billed directly")
        void activeReseller() {
            KnownPartner provider = aProvider();
            for (KnownPartner reseller : new KnownPartner[] {aTransitionedPartner(), anIndirectReseller()}) {
                assertThat(PartnershipPolicy.checkAcceptance(aPendingPartnership(provider, reseller), reseller, provider).refusals()).isEmpty();
            }
        }

        @Test
        @DisplayName("a direct-bill partner that has not completed its enrollment: RESELLER_PROGRAM_NOT_ACTIVE")
        void notAReseller() {
            KnownPartner provider = aProvider();
            KnownPartner partner = aDirectBillPartner();
            assertThat(PartnershipPolicy.checkAcceptance(aPendingPartnership(provider, partner), partner, provider).refusals())
                    .extracting(Refusal::code).containsExactly("RESELLER_PROGRAM_NOT_ACTIVE");
        }

        @Test
        @DisplayName("a second time: PARTNERSHIP_ALREADY_ACTIVE")
        void twice() {
            KnownPartner provider = aProvider();
            KnownPartner reseller = aTransitionedPartner();
            Partnership partnership = aPendingPartnership(provider, reseller);
            partnership.accept("user", NOW);

            assertThat(PartnershipPolicy.checkAcceptance(partnership, reseller, provider).refusals())
                    .extracting(Refusal::code).containsExactly("PARTNERSHIP_ALREADY_ACTIVE");
        }

        @Test
        @DisplayName("an extension or invitation needs the partnership active: PARTNERSHIP_NOT_ACTIVE while it is pending or missing")
        void activeNeeded() {
            KnownPartner provider = aProvider();
            KnownPartner reseller = aTransitionedPartner();
            Partnership partnership = aPendingPartnership(provider, reseller);

            assertThat(PartnershipPolicy.checkActive(Optional.empty(), provider).refusals()).extracting(Refusal::code)
                    .containsExactly("PARTNERSHIP_NOT_ACTIVE");
            assertThat(PartnershipPolicy.checkActive(Optional.of(partnership), provider).refusals()).extracting(Refusal::code)
                    .containsExactly("PARTNERSHIP_NOT_ACTIVE");
            partnership.accept("user", NOW);
            assertThat(PartnershipPolicy.checkActive(Optional.of(partnership), provider).refusals()).isEmpty();
        }
    }
}
