package org.csptransition.relationship.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("R5 the agreement template in force")
class AgreementTemplatePolicyTest {

    static final AgreementTemplatePolicy.Metadata CURRENT =
            AgreementTemplatePolicy.current("117a15d1-0000-4000-8000-000000000001", "https://aka.ms/customeragreement");

    @Test
    @DisplayName("R5: the metadata is Partner Center's: template id, MicrosoftCustomerAgreement, its link, version rank 0")
    void metadata() {
        assertThat(CURRENT).isEqualTo(new AgreementTemplatePolicy.Metadata("117a15d1-0000-4000-8000-000000000001",
                "MicrosoftCustomerAgreement", "https://aka.ms/customeragreement", 0));
    }

    @Test
    @DisplayName("R5: an attestation names the template in force (any case); another id is AGREEMENT_TEMPLATE_NOT_CURRENT with the current id")
    void attestationNamesTheCurrentTemplate() {
        assertThat(AgreementTemplatePolicy.check("117A15D1-0000-4000-8000-000000000001", CURRENT).isAllowed()).isTrue();
        var refused = AgreementTemplatePolicy.check("117a9d88-7b2b-4f9f-9e7e-0d5d2f8f1b2c", CURRENT);
        assertThat(refused.refusals()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("AGREEMENT_TEMPLATE_NOT_CURRENT");
            assertThat(r.field()).isEqualTo("templateId");
            assertThat(r.context()).containsEntry("currentTemplateId", "117a15d1-0000-4000-8000-000000000001");
        });
    }
}
