package org.csptransition.transfer.domain;

import org.csptransition.kernel.Outcome;
import org.csptransition.partners.KnownPartner;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test fixtures of the domain: partners, subscriptions and transfers in the states the rules talk about. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-27T09:10:11.123Z");
    static final OffsetDateTime FACT_TIME = NOW.atOffset(ZoneOffset.UTC);
    static final UUID CUSTOMER = UUID.fromString("9a1e4b7c-2d3f-4a5b-8c6d-7e8f9a0b1c2d");
    static final UUID SOURCE = UUID.fromString("5f0c2a9e-8d3b-4c1e-9f7a-2b6d4e8c1a10");
    static final UUID TARGET = UUID.fromString("77aa1c3e-5b2d-4f6a-9c8e-1d2f3a4b5c6d");

    private Fixtures() {
    }

    /** A registered partner holding the programs given as (program, status) pairs; not transitioned (E6 not published). */
    static KnownPartner aPartner(UUID tenant, String... programStatusPairs) {
        return aRegisteredPartner(tenant, null, programStatusPairs);
    }

    /** @param transitionCompletedAt E6 as partner.registered.v1 publishes it: set for a partner registered after its transition */
    static KnownPartner aRegisteredPartner(UUID tenant, Instant transitionCompletedAt, String... programStatusPairs) {
        Map<String, String> programs = new HashMap<>();
        for (int i = 0; i < programStatusPairs.length; i += 2) {
            programs.put(programStatusPairs[i], programStatusPairs[i + 1]);
        }
        KnownPartner partner = KnownPartner.first(tenant);
        partner.applyRegistration(FACT_TIME, "4234567", "Fabrikam AB", "SE", "sv-SE", programs, transitionCompletedAt, NOW);
        return partner;
    }

    static KnownPartner aDirectBillPartner() {
        return aPartner(SOURCE, "DIRECT_BILL", "ACTIVE");
    }

    /** E6 complete, as eligibility-service published it (registered after the transition, holding both programs). */
    static KnownPartner aTransitionedPartner() {
        return aRegisteredPartner(SOURCE, NOW, "DIRECT_BILL", "ACTIVE", "INDIRECT_RESELLER", "ACTIVE");
    }

    static KnownPartner aProvider() {
        return aPartner(TARGET, "INDIRECT_PROVIDER", "ACTIVE");
    }

    static NewSubscription anOffice365(int quantity) {
        return new NewSubscription("031C9E47-4802-4248-838E-778FB1D2CC05", "Office 365 E3", ProductType.OFFICE365_LICENSE, quantity,
                "monthly", null, null);
    }

    static NewSubscription anAddOnOf(UUID base) {
        return new NewSubscription("0BF5A0F4-1A2B-4C3D-9E8F-7A6B5C4D3E2F", "Microsoft 365 Audio Conferencing",
                ProductType.OFFICE365_LICENSE, 25, "monthly", base, null);
    }

    static NewSubscription anAzurePayg() {
        return new NewSubscription(ProductType.AZURE_PAYG_OFFER_ID, "Microsoft Azure", ProductType.AZURE_PAYG, 1, "monthly", null,
                "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");
    }

    static NewSubscription a(ProductType type) {
        return new NewSubscription("OFFER-" + type, "An offer of " + type, type, 5, "annual", null,
                type.isAzure() ? "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9" : null);
    }

    static Subscription anActiveSubscription() {
        return anActiveSubscription(anOffice365(25));
    }

    static Subscription anActiveSubscription(NewSubscription spec) {
        return Subscription.create(UUID.randomUUID(), CUSTOMER, SOURCE, spec, SubscriptionOrigin.IMPORT, "operator", NOW);
    }

    static Subscription anAddOnOf(Subscription base) {
        return anActiveSubscription(anAddOnOf(base.id()));
    }

    static final java.time.Duration THIRTY_DAYS = java.time.Duration.ofDays(30);

    static Transfer.Parties parties() {
        return new Transfer.Parties(CUSTOMER, "Contoso", SOURCE, "Fabrikam AB", TARGET, "Northwind Distribution AB");
    }

    /** An Active transfer of the given subscriptions (each its own group, add-ons with their base), made at NOW. */
    static Transfer aTransfer(Subscription... subscriptions) {
        java.util.List<Subscription> all = java.util.List.of(subscriptions);
        return Transfer.open(UUID.randomUUID(), parties(), "4234567",
                TransferGroups.of(all.stream().filter(s -> !s.isAddOn()).toList(), all), "anna", NOW, THIRTY_DAYS).transfer();
    }

    static Transfer aTransfer() {
        return aTransfer(anActiveSubscription());
    }

    /** The code of the first refusal of an outcome; fails the test when it is allowed. */
    static String codeOf(Outcome outcome) {
        if (outcome.isAllowed()) {
            throw new AssertionError("not refused");
        }
        return outcome.refusals().get(0).code();
    }

    /** A license and an Azure PAYG subscription in one transfer, accepted and moved as step 2 does (T6). */
    record ProcessedTransfer(Subscription license, Subscription azure, Transfer transfer, Subscription newLicense,
                             Subscription newAzure) {

        java.util.Map<UUID, Subscription> successors() {
            return java.util.Map.of(newLicense.id(), newLicense, newAzure.id(), newAzure);
        }

        java.util.Map<UUID, Subscription> originals() {
            return java.util.Map.of(license.id(), license, azure.id(), azure);
        }
    }

    static ProcessedTransfer aProcessedTransfer() {
        Subscription license = anActiveSubscription();
        Subscription azure = anActiveSubscription(anAzurePayg());
        Transfer transfer = aTransfer(license, azure);
        transfer.accept(TARGET, "lars", NOW);
        Subscription newLicense = license.successor(UUID.randomUUID(), TARGET, 25, null, transfer.id(), "lars", NOW);
        Subscription newAzure = azure.successor(UUID.randomUUID(), TARGET, 1, null, transfer.id(), "lars", NOW);
        license.transferredTo(newLicense, transfer.id(), NOW);
        azure.transferredTo(newAzure, transfer.id(), NOW);
        transfer.completeGroup(license.id(), java.util.Map.of(license.id(), newLicense.id()), NOW);
        transfer.completeGroup(azure.id(), java.util.Map.of(azure.id(), newAzure.id()), NOW);
        transfer.finishProcessing(NOW);
        return new ProcessedTransfer(license, azure, transfer, newLicense, newAzure);
    }
}
