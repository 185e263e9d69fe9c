package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E6 a partner new to CSP registers itself")
class SelfRegistrationPolicyTest {

    static final UUID TENANT = UUID.randomUUID();

    static PartnerProfile aNewPartner(PartnerProfile.Address address, boolean bank, List<PartnerProfile.ProgramHolding> programs) {
        return new PartnerProfile("5234567", "Litware AB", "SE", "sv-SE", new PartnerProfile.Contact("Ola", "Berg", "ola@litware.se"),
                true, null, address, bank, false, bank ? "1234" : null, programs, null);
    }

    static final PartnerProfile.Address ADDRESS = new PartnerProfile.Address("Storgatan 1", null, "Uppsala", "753 20", null, "SE");

    static List<String> codes(Outcome outcome) {
        return outcome.refusals().stream().map(Refusal::code).toList();
    }

    @Test
    @DisplayName("E6: its own tenant, no program, with an address and bank information: allowed")
    void allowed() {
        assertThat(SelfRegistrationPolicy.check(TENANT, TENANT, aNewPartner(ADDRESS, true, List.of()), null).isRefused()).isFalse();
    }

    @Test
    @DisplayName("E6: another tenant is NOT_YOUR_TENANT (forbidden), whatever else")
    void anotherTenant() {
        Outcome outcome = SelfRegistrationPolicy.check(UUID.randomUUID(), TENANT, aNewPartner(null, false, List.of()), null);
        assertThat(codes(outcome)).containsExactly("NOT_YOUR_TENANT");
        assertThat(outcome.refusals().get(0).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    @DisplayName("E6: a program or a support plan is PROGRAMS_COME_FROM_ENROLLMENT; without address and bank information both reasons at once")
    void everyReasonAtOnce() {
        List<PartnerProfile.ProgramHolding> directBill = List.of(new PartnerProfile.ProgramHolding(Program.DIRECT_BILL,
                ProgramStatus.ACTIVE, java.time.LocalDate.of(2017, 3, 1)));
        assertThat(codes(SelfRegistrationPolicy.check(TENANT, TENANT, aNewPartner(null, false, directBill), null)))
                .containsExactly("PROGRAMS_COME_FROM_ENROLLMENT", "BUSINESS_ADDRESS_REQUIRED", "BANK_INFORMATION_REQUIRED");
        assertThat(codes(SelfRegistrationPolicy.check(TENANT, TENANT, aNewPartner(ADDRESS, true, List.of()), SupportPlan.ASFP)))
                .containsExactly("PROGRAMS_COME_FROM_ENROLLMENT");
    }
}
