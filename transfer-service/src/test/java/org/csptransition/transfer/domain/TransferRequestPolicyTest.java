package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.partners.KnownPartner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.CUSTOMER;
import static org.csptransition.transfer.domain.Fixtures.FACT_TIME;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.TARGET;
import static org.csptransition.transfer.domain.Fixtures.a;
import static org.csptransition.transfer.domain.Fixtures.aDirectBillPartner;
import static org.csptransition.transfer.domain.Fixtures.aProvider;
import static org.csptransition.transfer.domain.Fixtures.aTransitionedPartner;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;

@DisplayName("T3 step 1: the preconditions of a transfer request, each with its own code")
class TransferRequestPolicyTest {

    static KnownCustomer aCustomer() {
        KnownCustomer customer = KnownCustomer.first(CUSTOMER);
        customer.applyRegistration(FACT_TIME, "Contoso", "contoso.onmicrosoft.com", "SE", NOW);
        return customer;
    }

    static Optional<CustomerAgreement> mca(String status) {
        CustomerAgreement agreement = CustomerAgreement.first(CUSTOMER, TARGET);
        agreement.apply(FACT_TIME, status, "PROVIDER_ATTESTATION", NOW, NOW);
        return Optional.of(agreement);
    }

    /** Everything in order: a transitioned partner, an extended provider with the MCA accepted, eligible lines. */
    static TransferRequestPolicy.Facts facts(Subscription... subscriptions) {
        return new TransferRequestPolicy.Facts(CUSTOMER, Optional.of(aTransitionedPartner()), TARGET, Optional.of(aProvider()),
                Optional.of(aCustomer()), Set.of(PartnerOfRecord.INDIRECT_PROVIDER), mca("ACCEPTED"), lines(subscriptions));
    }

    static List<TransferRequestPolicy.RequestedLine> lines(Subscription... subscriptions) {
        return java.util.Arrays.stream(subscriptions)
                .map(s -> new TransferRequestPolicy.RequestedLine(s.id(), Optional.of(s), Optional.empty())).toList();
    }

    static Outcome refused(TransferRequestPolicy.Facts facts) {
        Outcome outcome = TransferRequestPolicy.check(facts);
        assertThat(outcome.isRefused()).as("refused").isTrue();
        return outcome;
    }

    static TransferRequestPolicy.Facts with(TransferRequestPolicy.Facts f, Optional<KnownPartner> source, Optional<KnownPartner> target,
                                            Optional<KnownCustomer> customer, Set<String> roles, Optional<CustomerAgreement> agreement) {
        return new TransferRequestPolicy.Facts(f.customerTenantId(), source, f.targetTenantId(), target, customer, roles, agreement, f.lines());
    }

    @Test
    @DisplayName("every precondition met: the request may be made")
    void allMet() {
        assertThat(TransferRequestPolicy.check(facts(anActiveSubscription())).isAllowed()).isTrue();
    }

    @Nested
    @DisplayName("T3 refusals")
    class Refusals {

        @Test
        @DisplayName("E6 not complete: 409 INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED")
        void enrollment() {
            var f = facts(anActiveSubscription());
            Outcome e = refused(with(f, Optional.of(aDirectBillPartner()), f.target(), f.customer(), f.targetRolesOnCustomer(), f.agreement()));
            assertThat(e.refusals().get(0)).extracting(Refusal::code, Refusal::kind)
                    .containsExactly("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED", Refusal.Kind.CONFLICT);
        }

        @Test
        @DisplayName("E6 is the fact eligibility published, never inferred: a partner holding INDIRECT_RESELLER ACTIVE without it has not completed E6")
        void e6IsPublishedNotInferred() {
            var f = facts(anActiveSubscription());
            KnownPartner holdsBoth = Fixtures.aPartner(Fixtures.SOURCE, "DIRECT_BILL", "ACTIVE", "INDIRECT_RESELLER", "ACTIVE");
            assertThat(refused(with(f, Optional.of(holdsBoth), f.target(), f.customer(), f.targetRolesOnCustomer(), f.agreement()))
                    .refusals().get(0).code()).isEqualTo("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED");

            holdsBoth.applyTransitionCompleted(FACT_TIME, NOW, java.util.Map.of("DIRECT_BILL", "ACTIVE", "INDIRECT_RESELLER", "ACTIVE"), NOW);
            assertThat(TransferRequestPolicy.check(with(f, Optional.of(holdsBoth), f.target(), f.customer(), f.targetRolesOnCustomer(),
                    f.agreement())).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("a target that is no active indirect provider: 422 TARGET_NOT_INDIRECT_PROVIDER")
        void notAProvider() {
            var f = facts(anActiveSubscription());
            KnownPartner reseller = Fixtures.aPartner(TARGET, "INDIRECT_RESELLER", "ACTIVE");
            assertThat(refused(with(f, f.source(), Optional.of(reseller), f.customer(), f.targetRolesOnCustomer(), f.agreement()))
                    .refusals().get(0).code()).isEqualTo("TARGET_NOT_INDIRECT_PROVIDER");
        }

        @Test
        @DisplayName("the provider is not a partner of record of the customer: 409 PROVIDER_NOT_PARTNER_OF_RECORD")
        void notPartnerOfRecord() {
            var f = facts(anActiveSubscription());
            assertThat(refused(with(f, f.source(), f.target(), f.customer(), Set.of("INDIRECT_RESELLER"), f.agreement()))
                    .refusals().get(0).code()).isEqualTo("PROVIDER_NOT_PARTNER_OF_RECORD");
        }

        @Test
        @DisplayName("the MCA is not accepted for the provider: 409 MCA_NOT_ACCEPTED with the status")
        void mcaNotAccepted() {
            var f = facts(anActiveSubscription());
            Refusal refusal = refused(with(f, f.source(), f.target(), f.customer(), f.targetRolesOnCustomer(), mca("ACCEPTANCE_REQUIRED")))
                    .refusals().get(0);
            assertThat(refusal.code()).isEqualTo("MCA_NOT_ACCEPTED");
            assertThat(refusal.context()).containsEntry("mcaStatus", "ACCEPTANCE_REQUIRED");
        }

        @Test
        @DisplayName("subscriptions not the partner's, of another customer or ineligible: one refusal per line, each with its code and field")
        void lines() {
            Subscription software = anActiveSubscription(a(ProductType.SOFTWARE));
            Subscription otherCustomers = Subscription.create(UUID.randomUUID(), UUID.randomUUID(), Fixtures.SOURCE,
                    Fixtures.anOffice365(3), SubscriptionOrigin.IMPORT, "op", NOW);
            UUID unknown = UUID.randomUUID();
            Subscription held = anActiveSubscription();
            UUID holder = UUID.randomUUID();
            var f = facts();
            var lines = List.of(
                    new TransferRequestPolicy.RequestedLine(unknown, Optional.empty(), Optional.empty()),
                    new TransferRequestPolicy.RequestedLine(otherCustomers.id(), Optional.of(otherCustomers), Optional.empty()),
                    new TransferRequestPolicy.RequestedLine(software.id(), Optional.of(software), Optional.empty()),
                    new TransferRequestPolicy.RequestedLine(held.id(), Optional.of(held), Optional.of(holder)));

            Outcome e = refused(new TransferRequestPolicy.Facts(CUSTOMER, f.source(), TARGET, f.target(), f.customer(),
                    f.targetRolesOnCustomer(), f.agreement(), lines));

            assertThat(e.refusals()).extracting(Refusal::code).containsExactly("SUBSCRIPTION_NOT_FOUND",
                    "SUBSCRIPTION_OF_ANOTHER_CUSTOMER", "PRODUCT_TYPE_NOT_TRANSFERABLE", "TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER");
            assertThat(e.refusals()).extracting(Refusal::field).containsExactly("lineItems[0].subscriptionId",
                    "lineItems[1].subscriptionId", "lineItems[2].subscriptionId", "lineItems[3].subscriptionId");
            assertThat(e.refusals().get(3).context()).containsEntry("transferId", holder);
        }

        @Test
        @DisplayName("an add-on alone is refused (ADDON_TRAVELS_WITH_BASE); beside its base it is fine")
        void addOns() {
            Subscription base = anActiveSubscription();
            Subscription addOn = anAddOnOf(base);
            assertThat(refused(facts(addOn)).refusals().get(0).code()).isEqualTo("ADDON_TRAVELS_WITH_BASE");
            assertThat(TransferRequestPolicy.check(facts(base, addOn)).isAllowed()).isTrue();
        }
    }

    @Nested
    @DisplayName("a fact not learnt yet is a retryable refusal, never a wrong yes")
    class NotYetKnown {

        /** The fact a refusal as not yet known names (503, retryable); fails when the outcome is anything else. */
        static Object factOf(TransferRequestPolicy.Facts facts) {
            Outcome outcome = TransferRequestPolicy.check(facts);
            assertThat(outcome.refusals()).singleElement().extracting(Refusal::kind, Refusal::code)
                    .containsExactly(Refusal.Kind.NOT_YET_KNOWN, "NOT_YET_KNOWN");
            return outcome.refusals().get(0).context().get("fact");
        }

        @Test
        @DisplayName("unknown partner or provider, unknown customer, no MCA status for the pair")
        void eachFact() {
            var f = facts(anActiveSubscription());
            assertThat(factOf(with(f, Optional.empty(), f.target(), f.customer(), f.targetRolesOnCustomer(), f.agreement()))).isEqualTo("partner");
            assertThat(factOf(with(f, f.source(), Optional.empty(), f.customer(), f.targetRolesOnCustomer(), f.agreement()))).isEqualTo("partner");
            assertThat(factOf(with(f, f.source(), f.target(), Optional.empty(), f.targetRolesOnCustomer(), f.agreement()))).isEqualTo("customer");
            assertThat(factOf(with(f, f.source(), f.target(), f.customer(), f.targetRolesOnCustomer(), Optional.empty()))).isEqualTo("agreement-status");
        }

        @Test
        @DisplayName("a provider learnt only from a program change (no registration yet) is not known yet")
        void partialProvider() {
            var f = facts(anActiveSubscription());
            KnownPartner partial = KnownPartner.first(TARGET);
            partial.applyProgramChange(FACT_TIME, "INDIRECT_PROVIDER", "ACTIVE", NOW);
            assertThat(factOf(with(f, f.source(), Optional.of(partial), f.customer(), f.targetRolesOnCustomer(), f.agreement()))).isEqualTo("partner");
        }
    }
}
