package org.csptransition.relationship.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

/**
 * R5 The agreement template in force: the suite publishes the metadata of the current Microsoft Customer Agreement
 * (template id, type, link, version rank, as Partner Center serves it at {@code GET /v1/agreements}), and an attestation
 * must name that template id ({@code AGREEMENT_TEMPLATE_NOT_CURRENT} otherwise, with the current id in the answer), so a
 * partner that copied an old or made-up id learns the right one instead of having it recorded.
 */
public final class AgreementTemplatePolicy {

    public static final String AGREEMENT_TEMPLATE_NOT_CURRENT = "AGREEMENT_TEMPLATE_NOT_CURRENT";

    private AgreementTemplatePolicy() {
    }

    /** The metadata of an agreement: what a partner needs to attest it. */
    public record Metadata(String templateId, String agreementType, String agreementLink, int versionRank) {
    }

    /** The Microsoft Customer Agreement in force, whose template id is {@code currentTemplateId}. */
    public static Metadata current(String currentTemplateId, String agreementLink) {
        return new Metadata(currentTemplateId, AgreementAttestation.MICROSOFT_CUSTOMER_AGREEMENT, agreementLink, 0);
    }

    /** An attestation names the template in force (compared without regard to case, as ids are). */
    public static Outcome check(String templateId, Metadata current) {
        return Outcome.refusedIf(templateId == null || !templateId.equalsIgnoreCase(current.templateId()),
                Refusal.invalid(AGREEMENT_TEMPLATE_NOT_CURRENT, "templateId", "The template id " + templateId + " is not the "
                                + "Microsoft Customer Agreement in force; attest with " + current.templateId()
                                + " (GET /v1/agreements?agreementType=MicrosoftCustomerAgreement)")
                        .with("currentTemplateId", current.templateId()));
    }
}
