package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E7 no CSP-to-CSP resale")
class NoCspToCspResalePolicyTest {

    @Test
    @DisplayName("a CSP partner tenant cannot be a customer: CUSTOMER_IS_CSP_PARTNER_TENANT on the field given")
    void cspTenantRefused() {
        assertThat(NoCspToCspResalePolicy.check(UUID.randomUUID(), true, "tenantId").refusals())
                .extracting(Refusal::code, Refusal::field, Refusal::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CUSTOMER_IS_CSP_PARTNER_TENANT", "tenantId", Refusal.Kind.INVALID));
    }

    @Test
    @DisplayName("a tenant that is not a CSP partner tenant can, whatever company it belongs to")
    void otherTenantAllowed() {
        assertThat(NoCspToCspResalePolicy.check(UUID.randomUUID(), false, "tenantId").refusals()).isEmpty();
    }
}
