package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.platform.http.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.transfer.domain.Fixtures.CUSTOMER;
import static org.csptransition.transfer.domain.Fixtures.NOW;
import static org.csptransition.transfer.domain.Fixtures.SOURCE;
import static org.csptransition.transfer.domain.Fixtures.TARGET;
import static org.csptransition.transfer.domain.Fixtures.a;
import static org.csptransition.transfer.domain.Fixtures.aDirectBillPartner;
import static org.csptransition.transfer.domain.Fixtures.aPartner;
import static org.csptransition.transfer.domain.Fixtures.aTransfer;
import static org.csptransition.transfer.domain.Fixtures.anActiveSubscription;
import static org.csptransition.transfer.domain.Fixtures.anAddOnOf;
import static org.csptransition.transfer.domain.Fixtures.anOffice365;

/**
 * An English answer reads as the rule wrote it: the English text of each code, filled from the refusal's context, is the
 * refusal's own message. So every value a text names is in the context, and the translations have what they need.
 */
@DisplayName("The English text of every domain refusal, filled from its context, is the rule's own message")
class EnglishRefusalTextsTest {

    final Messages messages = new Messages();

    @Test
    @DisplayName("T1-T9: subscriptions, eligibility, requests, decisions, expiry and verifications")
    void everyRefusal() {
        List<Refusal> refusals = new ArrayList<>();
        refusals.addAll(subscriptionRefusals());
        refusals.addAll(requestRefusals());
        refusals.addAll(transferRefusals());

        assertThat(refusals).extracting(Refusal::code).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(30);
        for (Refusal refusal : refusals) {
            assertThat(messages.format(Messages.ENGLISH, refusal.code(), refusal.context(), null)).as(refusal.code())
                    .isEqualTo(refusal.message());
        }
    }

    @Test
    @DisplayName("T12-T15: readiness, waves and handover statements")
    void transitionRefusals() {
        List<Refusal> refusals = new ArrayList<>();
        Subscription subscription = anActiveSubscription();
        var eligible = List.of(TransferEligibilityPolicy.of(subscription, Optional.empty(), true));
        for (var facts : List.of(
                new TransitionReadinessPolicy.Facts("Northwind", false, true, true, Optional.of("ACCEPTED"), List.of(subscription), eligible, Optional.empty()),
                new TransitionReadinessPolicy.Facts("Northwind", true, true, false, Optional.of("ACCEPTED"), List.of(subscription), eligible, Optional.empty()),
                new TransitionReadinessPolicy.Facts("Northwind", true, true, true, Optional.of("ACCEPTANCE_REQUIRED"), List.of(subscription), eligible,
                        Optional.empty()))) {
            refusals.add(TransitionReadinessPolicy.of(facts).reason());
        }
        refusals.add(only(TransitionWavePolicy.check(Fixtures.CUSTOMER, List.of())));
        refusals.add(only(HandoverStatement.mayIssue(Fixtures.aTransfer())));

        for (Refusal refusal : refusals) {
            assertThat(messages.format(Messages.ENGLISH, refusal.code(), refusal.context(), null)).as(refusal.code())
                    .isEqualTo(refusal.message());
        }
    }

    static List<Refusal> subscriptionRefusals() {
        List<Refusal> refusals = new ArrayList<>();
        var owner = new SubscriptionPolicy.OwnerFacts(Optional.of(aDirectBillPartner()), true, Set.of(PartnerOfRecord.DIRECT_BILL_PARTNER));
        refusals.addAll(SubscriptionPolicy.checkNew(new NewSubscription("MS-AZR-0017P", "Azure", ProductType.AZURE_PAYG, 1,
                "monthly", null, null), Optional.empty(), owner, true).refusals());
        refusals.addAll(SubscriptionPolicy.checkNew(new NewSubscription("O365", "Office", ProductType.OFFICE365_LICENSE, 1,
                "monthly", UUID.randomUUID(), "az-1"), Optional.empty(), owner, true).refusals());
        Subscription addOn = anAddOnOf(anActiveSubscription());
        refusals.add(only(SubscriptionPolicy.checkNew(Fixtures.anAddOnOf(addOn.id()), Optional.of(addOn), owner, true)));
        Subscription suspendedBase = anActiveSubscription();
        suspendedBase.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        refusals.add(only(SubscriptionPolicy.checkNew(Fixtures.anAddOnOf(suspendedBase.id()), Optional.of(suspendedBase), owner, true)));
        refusals.add(only(SubscriptionPolicy.checkNew(anOffice365(1), Optional.empty(),
                new SubscriptionPolicy.OwnerFacts(owner.owner(), true, Set.of(PartnerOfRecord.INDIRECT_RESELLER)), true)));
        refusals.add(only(SubscriptionPolicy.checkNew(anOffice365(1), Optional.empty(),
                new SubscriptionPolicy.OwnerFacts(owner.owner(), true, Set.of()), true)));
        for (String directBill : new String[] {"RESTRICTED", null, "SUSPENDED"}) {
            var partner = directBill == null ? aPartner(SOURCE) : aPartner(SOURCE, "DIRECT_BILL", directBill);
            refusals.add(only(SubscriptionPolicy.checkNew(anOffice365(1), Optional.empty(),
                    new SubscriptionPolicy.OwnerFacts(Optional.of(partner), true, Set.of(PartnerOfRecord.DIRECT_BILL_PARTNER)), true)));
        }
        refusals.add(only(PurchasePolicy.check(PurchaseKind.ADD_ON, aPartner(Fixtures.TARGET, "INDIRECT_PROVIDER", "SUSPENDED"),
                Set.of(PartnerOfRecord.INDIRECT_PROVIDER))));
        refusals.add(only(SubscriptionPolicy.checkNew(new NewSubscription("O365", "Office", ProductType.OFFICE365_LICENSE, 1,
                "one_time", null, null), Optional.empty(), owner, true)));
        refusals.add(only(ResellerManagementPolicy.checkChange(true)));
        Subscription subscription = anActiveSubscription();
        refusals.add(only(subscription.mayChangeQuantity(0)));
        subscription.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        refusals.add(only(subscription.mayChangeQuantity(5)));
        subscription.changeStatus(SubscriptionStatus.DELETED, NOW);
        refusals.add(only(subscription.mayChangeStatus(SubscriptionStatus.ACTIVE)));
        Fixtures.ProcessedTransfer processed = Fixtures.aProcessedTransfer();
        refusals.add(only(processed.license().mayChangeQuantity(5)));
        return refusals;
    }

    static List<Refusal> requestRefusals() {
        List<Refusal> refusals = new ArrayList<>();
        var f = TransferRequestPolicyTest.facts(anActiveSubscription());
        refusals.add(only(TransferRequestPolicy.check(TransferRequestPolicyTest.with(f, Optional.of(aDirectBillPartner()), f.target(),
                f.customer(), f.targetRolesOnCustomer(), f.agreement()))));
        refusals.add(only(TransferRequestPolicy.check(TransferRequestPolicyTest.with(f, f.source(),
                Optional.of(aPartner(TARGET, "INDIRECT_RESELLER", "ACTIVE")), f.customer(), f.targetRolesOnCustomer(), f.agreement()))));
        refusals.add(only(TransferRequestPolicy.check(TransferRequestPolicyTest.with(f, f.source(), f.target(), f.customer(),
                Set.of(), f.agreement()))));
        refusals.add(only(TransferRequestPolicy.check(TransferRequestPolicyTest.with(f, f.source(), f.target(), f.customer(),
                f.targetRolesOnCustomer(), TransferRequestPolicyTest.mca("ACCEPTANCE_REQUIRED")))));
        Subscription software = anActiveSubscription(a(ProductType.SOFTWARE));
        Subscription otherCustomers = Subscription.create(UUID.randomUUID(), UUID.randomUUID(), SOURCE, anOffice365(3),
                SubscriptionOrigin.IMPORT, "op", NOW);
        Subscription held = anActiveSubscription();
        Subscription suspended = anActiveSubscription();
        suspended.changeStatus(SubscriptionStatus.SUSPENDED, NOW);
        Subscription addOn = anAddOnOf(anActiveSubscription());
        refusals.addAll(TransferRequestPolicy.check(new TransferRequestPolicy.Facts(CUSTOMER, f.source(), TARGET, f.target(),
                f.customer(), f.targetRolesOnCustomer(), f.agreement(), List.of(
                new TransferRequestPolicy.RequestedLine(UUID.randomUUID(), Optional.empty(), Optional.empty()),
                new TransferRequestPolicy.RequestedLine(otherCustomers.id(), Optional.of(otherCustomers), Optional.empty()),
                new TransferRequestPolicy.RequestedLine(software.id(), Optional.of(software), Optional.empty()),
                new TransferRequestPolicy.RequestedLine(held.id(), Optional.of(held), Optional.of(UUID.randomUUID())),
                new TransferRequestPolicy.RequestedLine(addOn.id(), Optional.of(addOn), Optional.empty())))).refusals());
        // SUBSCRIPTION_NOT_ACTIVE is the seat change's refusal too: the eligibility's one says the same
        assertThat(TransferEligibilityPolicy.of(suspended, Optional.empty(), true).refusal())
                .isEqualTo(Subscription.notActive(SubscriptionStatus.SUSPENDED).with("subscriptionId", suspended.id()));
        return refusals;
    }

    static List<Refusal> transferRefusals() {
        List<Refusal> refusals = new ArrayList<>();
        Transfer transfer = aTransfer();
        refusals.add(only(transfer.mayWithdraw(TARGET, NOW)));
        refusals.add(only(transfer.mayDecide(SOURCE, NOW)));
        refusals.add(only(transfer.mayDecide(TARGET, transfer.expirationTime())));
        refusals.add(only(transfer.mayExpire(NOW)));
        refusals.add(only(transfer.mayVerifyByProvider(new VerificationReport(VerificationReport.PROVIDER, List.of()))));
        transfer.withdraw(SOURCE, "anna", NOW);
        refusals.add(only(transfer.mayWithdraw(SOURCE, NOW)));
        Fixtures.ProcessedTransfer processed = Fixtures.aProcessedTransfer();
        refusals.add(only(processed.transfer().mayVerifyByProvider(ProviderVerificationPolicy.check(processed.transfer(), Map.of()))));
        return refusals;
    }

    static Refusal only(Outcome outcome) {
        assertThat(outcome.refusals()).as(outcome.toString()).hasSize(1);
        return outcome.refusals().get(0);
    }
}
