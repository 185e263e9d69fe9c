package org.csptransition.relationship.domain;

import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.domain.DomainFixtures.aPartner;
import static org.csptransition.relationship.domain.DomainFixtures.aProvider;

@DisplayName("R0 finding a provider")
class ProviderDirectoryPolicyTest {

    @Test
    @DisplayName("an active provider is listed in its own market only")
    void activeProviderInItsMarket() {
        KnownPartner provider = aProvider();

        assertThat(ProviderDirectoryPolicy.isListed(provider, "SE")).isTrue();
        assertThat(ProviderDirectoryPolicy.isListed(provider, "NL")).isFalse();
    }

    @Test
    @DisplayName("a suspended provider and a reseller are not listed, and may not publish an offer: PROVIDER_PROGRAM_NOT_ACTIVE")
    void notActiveProvider() {
        KnownPartner suspended = aPartner("Suspended Distribution AB", KnownPartner.INDIRECT_PROVIDER, "SUSPENDED");
        KnownPartner reseller = DomainFixtures.aTransitionedPartner();

        assertThat(ProviderDirectoryPolicy.isListed(suspended, "SE")).isFalse();
        assertThat(ProviderDirectoryPolicy.isListed(reseller, "SE")).isFalse();
        assertThat(ProviderDirectoryPolicy.checkPublisher(suspended).refusals()).extracting(Refusal::code)
                .containsExactly("PROVIDER_PROGRAM_NOT_ACTIVE");
        assertThat(ProviderDirectoryPolicy.checkPublisher(reseller).refusals()).extracting(Refusal::code)
                .containsExactly("PROVIDER_PROGRAM_NOT_ACTIVE");
        assertThat(ProviderDirectoryPolicy.checkPublisher(aProvider()).refusals()).isEmpty();
    }
}
