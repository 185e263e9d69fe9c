package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.ArrayList;
import java.util.List;

/**
 * E6 what a partner new to CSP must have given before its indirect-reseller enrollment: a business address
 * ({@code BUSINESS_ADDRESS_REQUIRED}; complete, as E1 checks whenever one is given) and bank information
 * ({@code BANK_INFORMATION_REQUIRED}). A direct-bill partner transitioning was checked when it enrolled for direct bill.
 */
public final class NewPartnerProfilePolicy {

    private NewPartnerProfilePolicy() {
    }

    public static Outcome check(PartnerProfile.Address businessAddress, boolean bankInformationProvided) {
        List<Refusal> refusals = new ArrayList<>();
        if (businessAddress == null) {
            refusals.add(Refusal.invalid("BUSINESS_ADDRESS_REQUIRED", "businessAddress",
                    "A partner new to CSP gives its business address: street, postal code, city and country"));
        }
        if (!bankInformationProvided) {
            refusals.add(Refusal.invalid("BANK_INFORMATION_REQUIRED", "bankInformation",
                    "A partner new to CSP gives its bank information (the suite keeps only that it was given and the last four digits)"));
        }
        return Outcome.of(refusals);
    }
}
