package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * E6 a partner new to CSP registers itself: its GlobalAdmin registers its own tenant only (any other is
 * {@code NOT_YOUR_TENANT}), with no program and no support plan — programs come from the operator's import of existing
 * partners or from an enrollment ({@code PROGRAMS_COME_FROM_ENROLLMENT}) — and with what the indirect-reseller
 * enrollment of a new partner needs, since the profile's address and bank information cannot be changed later:
 * a business address ({@code BUSINESS_ADDRESS_REQUIRED}) and bank information ({@code BANK_INFORMATION_REQUIRED}). The
 * admin's work e-mail and the PartnerID are the profile's own rules (E1). Every reason at once.
 */
public final class SelfRegistrationPolicy {

    private SelfRegistrationPolicy() {
    }

    public static Outcome check(UUID callerTenant, UUID tenantId, PartnerProfile profile, SupportPlan supportPlan) {
        if (!callerTenant.equals(tenantId)) {
            return Refusal.forbidden("NOT_YOUR_TENANT", "A GlobalAdmin registers its own tenant only; the operator imports others")
                    .outcome();
        }
        List<Refusal> refusals = new ArrayList<>();
        if (!profile.programs().isEmpty() || supportPlan != null) {
            refusals.add(Refusal.invalid("PROGRAMS_COME_FROM_ENROLLMENT", "programs",
                    "A partner registering itself holds no program yet: it enrolls (indirect reseller) after registering"));
        }
        refusals.addAll(NewPartnerProfilePolicy.check(profile.businessAddress(), profile.bankInformationProvided()).refusals());
        return Outcome.of(refusals);
    }
}
