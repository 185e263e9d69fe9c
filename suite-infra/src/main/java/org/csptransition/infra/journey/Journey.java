package org.csptransition.infra.journey;

import com.fasterxml.jackson.databind.JsonNode;
import org.csptransition.infra.Jwts;
import org.csptransition.infra.MailServer.CapturedMail;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.csptransition.infra.journey.Api.get;
import static org.csptransition.infra.journey.Api.patch;
import static org.csptransition.infra.journey.Api.post;
import static org.csptransition.infra.journey.Api.put;

/**
 * The whole transition through the public REST APIs only: a direct-bill partner below the revenue bar is restricted,
 * becomes an indirect reseller, partners with a provider, moves its customer to it, and transfers the customer's
 * subscriptions in four steps; one group fails because its source was suspended meanwhile. Every run uses new ids.
 * {@code ./suite demo} prints it; the journey test runs it against the four services as separate processes.
 */
public final class Journey {

    /** Where the four services answer. */
    public record Urls(String eligibility, String relationship, String transfer, String notification) {
    }

    /** What the journey made, for the summary and for tests that go on from there. */
    public record Outcome(UUID partner, UUID provider, UUID customer, UUID transfer, String transferStatus, String transferStage,
                          List<CapturedMail> mails) {
    }

    /** A fact reaches another service through the broker within this, when nothing is away. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    /** An e-mail passes two services, the broker and the SMTP server; after a fault their retries back off further. */
    private static final Duration MAIL_EVENTUALLY = Duration.ofSeconds(150);

    private final Urls urls;
    private final Api api;
    /** How long a step waits for a fact: behind an outage the client rides out (its retry budget), a fact waits too. */
    private final Duration eventually;
    private final Narrator narrator;
    private final Supplier<List<CapturedMail>> mailbox;
    private final List<CapturedMail> mailsSeen = new ArrayList<>();
    private int step;

    final UUID partner = UUID.randomUUID();
    final UUID provider = UUID.randomUUID();
    final UUID customer = UUID.randomUUID();
    final String partnerId = digits();
    final String providerPartnerId = digits();
    final String operatorToken;
    final String partnerToken;
    final String providerToken;

    public Journey(Urls urls, Jwts jwts, Narrator narrator, Supplier<List<CapturedMail>> mailbox) {
        this(urls, jwts, narrator, mailbox, new Api(narrator));
    }

    /** The journey through a given client: the chaos test's retries on 503 and fail-over between replicas. */
    public Journey(Urls urls, Jwts jwts, Narrator narrator, Supplier<List<CapturedMail>> mailbox, Api api) {
        this.urls = urls;
        this.api = api;
        this.eventually = api.retries() == null ? EVENTUALLY : EVENTUALLY.plus(api.retries().budget);
        this.narrator = narrator;
        this.mailbox = mailbox;
        this.operatorToken = jwts.token(Jwts.OPERATOR_TENANT, List.of("ProgramOperator"), "operator@csp-program.example", Duration.ofHours(1));
        this.partnerToken = jwts.token(partner, List.of("GlobalAdmin", "AdminAgent", "SalesAgent"), "eva.lind@fabrikam.example", Duration.ofHours(1));
        this.providerToken = jwts.token(provider, List.of("GlobalAdmin", "AdminAgent", "SalesAgent"), "lars.holm@northwind.example", Duration.ofHours(1));
    }

    public Api api() {
        return api;
    }

    public String operatorToken() {
        return operatorToken;
    }

    public String partnerToken() {
        return partnerToken;
    }

    public UUID partner() {
        return partner;
    }

    public UUID provider() {
        return provider;
    }

    public UUID customer() {
        return customer;
    }

    public String providerToken() {
        return providerToken;
    }

    public Outcome run() {
        mailsSeen.addAll(mailbox.get());
        int firstMail = mailsSeen.size();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        step("The operator registers a direct-bill partner (Fabrikam, Swedish) and an indirect provider (Northwind)", 0, () -> {
            api.expect(201, post(urls.eligibility() + "/v1/partners", operatorToken, partnerProfile(partner, partnerId, "Fabrikam AB " + partnerId,
                    "sv-SE", "eva.lind@fabrikam.example", "DIRECT_BILL", "2017-03-01")));
            api.expect(201, post(urls.eligibility() + "/v1/partners", operatorToken, partnerProfile(provider, providerPartnerId,
                    "Northwind Distribution " + providerPartnerId, "en-US", "lars.holm@northwind.example", "INDIRECT_PROVIDER", "2015-06-01")));
        });

        step("The operator loads twelve months of revenue: 20,000 USD paid cloud a month, plus software and unpaid invoices that never count", 0, () -> {
            List<Map<String, Object>> records = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                String month = YearMonth.from(today).minusMonths(i).toString();
                records.add(Map.of("month", month, "amountUsd", "20000.00", "category", "CLOUD", "invoiceStatus", "PAID", "role", "DIRECT_BILL"));
            }
            records.add(Map.of("month", YearMonth.from(today).minusMonths(2).toString(), "amountUsd", "100000.00",
                    "category", "PERPETUAL_SOFTWARE", "invoiceStatus", "PAID", "role", "DIRECT_BILL"));
            records.add(Map.of("month", YearMonth.from(today).minusMonths(3).toString(), "amountUsd", "50000.00",
                    "category", "CLOUD", "invoiceStatus", "UNPAID", "role", "INDIRECT_RESELLER"));
            api.expect(200, post(urls.eligibility() + "/v1/partners/" + partner + "/revenue-records", operatorToken, Map.of("records", records)));
            api.expect(200, get(urls.eligibility() + "/v1/partners/" + partner + "/revenue/trailing-twelve-months?asOf=" + today, partnerToken));
        });

        step("The partner's GlobalAdmin attests what only it can: endorsement authority, first-level support, accounts receivable", 0, () ->
                api.expect(200, patch(urls.eligibility() + "/v1/partners/" + partner, partnerToken, Map.of("attestations", Map.of(
                        "endorsementAuthority", true, "firstLevelSupport", true, "accountsReceivable", true, "managedServices", 2)))));

        step("The operator imports the partner's existing customer Contoso: a partner can never claim a tenant itself (relationship-service learns the partner through Kafka)", 0, () ->
                api.await(post(urls.relationship() + "/v1/customer-imports", operatorToken, Map.of(
                                "tenantId", customer, "directBillPartnerTenantId", partner,
                                "companyName", "Contoso " + partnerId, "domain", "contoso" + partnerId + ".onmicrosoft.com",
                                "country", "SE", "billingProfile", Map.of("email", "billing@contoso.example", "address",
                                        Map.of("line1", "Stortorget 1", "city", "Malmö", "postalCode", "211 20", "country", "SE"))))
                                .with("Idempotency-Key", "customer-" + customer),
                        a -> a.status() == 201, eventually));

        Map<String, String> subscriptions = new LinkedHashMap<>();
        step("The operator imports Contoso's direct-bill subscriptions: Office 365 E3 with an add-on, Azure PAYG and an Azure reservation", 0, () -> {
            subscriptions.put("office", importSubscription("031C9E47-4802-4248-838E-778FB1D2CC05", "Office 365 E3", "OFFICE365_LICENSE", 25, null, null));
            subscriptions.put("addon", importSubscription("0C0D4B1A-7F1E-4E6A-9B8C-2D3E4F5A6B7C", "Microsoft 365 Audio Conferencing",
                    "OFFICE365_LICENSE", 25, subscriptions.get("office"), null));
            subscriptions.put("azure", importSubscription("MS-AZR-0145P", "Microsoft Azure", "AZURE_PAYG", 1, null, UUID.randomUUID().toString()));
            subscriptions.put("reservation", importSubscription("DZH318Z0BQ4L", "Azure Reserved VM Instance", "AZURE_RESERVATION", 1, null, null));
        });

        step("The partner asks whether it still qualifies for direct bill (in Swedish): the revenue is below the bar", 0, () -> {
            Api.Answer report = api.expect(200, get(urls.eligibility() + "/v1/partners/" + partner + "/direct-bill-eligibility?asOf=" + today,
                    partnerToken).with("Accept-Language", "sv-SE"));
            if (report.body().path("eligible").asBoolean(true)) {
                throw new Api.JourneyFailed("a partner with 240,000 USD of revenue should not be eligible: " + report.body());
            }
        });

        step("The operator runs a capability review: the partner is restricted and told why", 1, () ->
                api.expect(200, post(urls.eligibility() + "/v1/capability-reviews", operatorToken, Map.of("asOf", today.toString()))));

        step("The partner applies as indirect reseller on the same tenant: pending approval within 5 business days", 0, () ->
                api.expect(201, post(urls.eligibility() + "/v1/partners/" + partner + "/indirect-reseller-enrollment", partnerToken, null)));
        step("The operator approves the enrollment", 1, () ->
                api.expect(200, post(urls.eligibility() + "/v1/partners/" + partner + "/indirect-reseller-enrollment/decision", operatorToken,
                        Map.of("decision", "APPROVE", "reason", "Profile, PartnerID and bank information verified"))));
        step("The partner accepts the indirect reseller agreement: the tenant now holds both programs, irreversibly", 0, () ->
                api.expect(200, post(urls.eligibility() + "/v1/partners/" + partner + "/indirect-reseller-enrollment/agreement-acceptance",
                        partnerToken, null)));

        step("The provider describes its offer; the partner lists the providers of its market (R0)", 0, () -> {
            api.await(put(urls.relationship() + "/v1/indirect-providers/" + provider + "/offer", providerToken, Map.of(
                    "summary", "Nordic distributor for CSP", "training", "Monthly onboarding webinars", "marketingHelp", "Co-funded campaigns",
                    "financing", "Net 60 for resellers with a history", "creditTerms", "Credit line up to 250,000 SEK")), a -> a.status() == 200, eventually);
            api.await(get(urls.relationship() + "/v1/indirect-providers?country=SE", partnerToken),
                    a -> a.body().toString().contains(provider.toString()), eventually);
        });

        String[] invitation = new String[1];
        step("The provider invites the partner by PartnerID (R1)", 1, () -> invitation[0] = api.expect(201,
                post(urls.relationship() + "/v1/partnership-invitations", providerToken, Map.of("resellerPartnerId", partnerId))).text("id"));
        step("The partner's GlobalAdmin accepts: the partnership is active (once relationship-service knows the enrollment is complete)", 1, () ->
                api.await(post(urls.relationship() + "/v1/partnership-invitations/" + invitation[0] + "/acceptance", partnerToken, null),
                        a -> a.status() == 200, eventually));

        step("The partner extends Contoso to the provider, with the customer's consent (R3): billing information is shared, and both learn the MCA must be accepted for the provider", 3, () ->
                api.await(post(urls.relationship() + "/v1/customers/" + customer + "/relationship-extensions", partnerToken, Map.of(
                                "indirectProviderTenantId", provider,
                                "customerConsent", Map.of("attestedBy", "Anna Berg, IT manager at Contoso", "attestedAt", Instant.now().minusSeconds(3600).toString())))
                                .with("Idempotency-Key", "extension-" + customer),
                        a -> a.status() == 201, eventually));

        step("The partner reads the template id of the Microsoft Customer Agreement in force, then attests Contoso's acceptance of it (R5): it does not carry over to the provider", 0, () -> {
            String templateId = api.expect(200, get(urls.relationship() + "/v1/agreements?agreementType=MicrosoftCustomerAgreement", partnerToken))
                    .body().path("items").path(0).path("templateId").asText();
            api.expect(201, post(urls.relationship() + "/v1/customers/" + customer + "/agreements", partnerToken, Map.of(
                    "type", "MicrosoftCustomerAgreement", "templateId", templateId, "dateAgreed", today.minusDays(400).toString(),
                    "primaryContact", Map.of("firstName", "Anna", "lastName", "Berg", "email", "anna.berg@contoso.example"))));
            api.await(get(urls.relationship() + "/v1/customers/" + customer + "/agreement-status?indirectProviderTenantId=" + provider, partnerToken),
                    a -> "ACCEPTANCE_REQUIRED".equals(a.text("status")), eventually);
        });
        step("Contoso's admin follows the link the partner forwards from its MCA e-mail, signs in and accepts the MCA itself on the page: that carries over, so it is ACCEPTED for the provider", 0, () -> {
            String link = customerAcceptanceLink();
            CustomerBrowser browser = new CustomerBrowser(narrator, api.retries());
            expectPage(200, browser.get(link), browser);
            expectPage(200, browser.get(urls.relationship() + "/customer/sign-in"), browser);
            expectPage(200, browser.post(urls.relationship() + "/customer/sign-in",
                    Map.of("tenantId", customer.toString(), "user", "Anna Berg")), browser);
            expectPage(200, browser.post(urls.relationship() + "/customer/request/accept", Map.of()), browser);
            api.await(get(urls.relationship() + "/v1/customers/" + customer + "/agreement-status?indirectProviderTenantId=" + provider, partnerToken),
                    a -> "ACCEPTED".equals(a.text("status")), eventually);
            expectPage(409, new CustomerBrowser(narrator, api.retries()).get(link), null);
        });

        step("The partner asks which subscriptions can move (T2): the reservation cannot, and the answer says why", 0, () ->
                api.await(get(urls.transfer() + "/v1/customers/" + customer + "/transferseligibility?transferType=directtoindirect&targetPartnerTenantId="
                        + provider, partnerToken), a -> eligible(a, subscriptions.get("office")) && !eligible(a, subscriptions.get("reservation")), eventually));

        String[] transfer = new String[1];
        String[] etag = new String[1];
        step("Step 1: the partner requests the transfer of Office 365 and Azure to the provider; the add-on joins its base (T3)", 1, () -> {
            Api.Answer created = api.await(post(urls.transfer() + "/v1/customers/" + customer + "/transfers", partnerToken, Map.of(
                                    "targetPartnerTenantId", provider,
                                    "lineItems", List.of(Map.of("subscriptionId", subscriptions.get("office")), Map.of("subscriptionId", subscriptions.get("azure")))))
                            .with("Idempotency-Key", "transfer-" + customer),
                    a -> a.status() == 201, eventually);
            transfer[0] = created.text("id");
        });

        step("Meanwhile the partner suspends the Azure subscription at the source", 0, () ->
                api.expect(200, patch(urls.transfer() + "/v1/customers/" + customer + "/subscriptions/" + subscriptions.get("azure"), partnerToken,
                        Map.of("status", "SUSPENDED"))));

        String[] status = new String[2];
        step("Step 2: the provider accepts; Office 365 moves with its add-on, the Azure group fails alone: partially complete (T6)", 2, () -> {
            etag[0] = api.expect(200, get(urls.transfer() + "/v1/customers/" + customer + "/transfers/" + transfer[0], providerToken)).header("ETag");
            Api.Call accept = post(urls.transfer() + "/v1/customers/" + customer + "/transfers/" + transfer[0] + "/accept", providerToken, null)
                    .with("Idempotency-Key", "accept-" + transfer[0]);
            Api.Answer accepted = api.send(accept.with("If-Match", etag[0]));
            if (accepted.status() == 412) {
                // the transfer changed since it was read (its lines learn the suspension through Kafka): read it again
                // and retry, as the problem says
                etag[0] = api.expect(200, get(urls.transfer() + "/v1/customers/" + customer + "/transfers/" + transfer[0], providerToken)).header("ETag");
                accepted = api.send(accept.with("If-Match", etag[0]));
            }
            if (accepted.status() != 200) {
                throw new Api.JourneyFailed("accept answered " + accepted.status() + ": " + accepted.body());
            }
            status[0] = accepted.body().path("transfer").path("status").asText();
        });
        step("Step 3: the provider verifies the new subscriptions are listed under it (T8)", 1, () ->
                api.expect(200, post(urls.transfer() + "/v1/customers/" + customer + "/transfers/" + transfer[0] + "/verifications", providerToken, null)));
        step("Step 4: the partner verifies its originals are no longer active; the request is closed (T9)", 1, () -> {
            api.expect(200, post(urls.transfer() + "/v1/customers/" + customer + "/transfers/" + transfer[0] + "/verifications", partnerToken, null));
            status[1] = api.expect(200, get(urls.transfer() + "/v1/customers/" + customer + "/transfers/" + transfer[0], partnerToken)).text("stage");
        });

        List<CapturedMail> mails = List.copyOf(mailsSeen.subList(firstMail, mailsSeen.size()));
        Map<String, Long> byLanguage = new TreeMap<>(mails.stream().collect(Collectors.groupingBy(
                m -> m.language() == null ? "?" : m.language(), Collectors.counting())));
        narrator.summary(List.of(
                "partner " + partner + " (PartnerID " + partnerId + "): restricted, then indirect reseller holding both programs",
                "provider " + provider + " (PartnerID " + providerPartnerId + "): partnership active, partner of record of the customer",
                "customer " + customer + ": extended to the provider, MCA accepted for it",
                "transfer " + transfer[0] + ": " + status[0] + ", stage " + status[1],
                mails.size() + " e-mails: " + byLanguage));
        return new Outcome(partner, provider, customer, UUID.fromString(transfer[0]), status[0], status[1], mails);
    }

    /**
     * R5: the customer's acceptance link, from the MCA e-mail the partner got when the provider became a partner of record
     * (at the relationship-service this journey talks to: a demo's services may listen on other ports than the link names).
     */
    private String customerAcceptanceLink() {
        Pattern link = Pattern.compile("https?://\\S+?(/customer/links/[A-Za-z0-9_-]{43})");
        // the e-mail follows the extension through Kafka: the mails an earlier step waited for may be other journeys'
        Instant deadline = Instant.now().plus(MAIL_EVENTUALLY);
        while (true) {
            // every journey's partner contact has the same address: the customer's name (unique per journey) picks this one's
            Optional<String> found = mailsSeen.stream().filter(m -> m.body() != null && m.to().contains("eva.lind@fabrikam.example")
                            && m.body().contains("Contoso " + partnerId))
                    .map(m -> link.matcher(m.body())).filter(Matcher::find).map(m -> urls.relationship() + m.group(1))
                    .reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new Api.JourneyFailed("no MCA e-mail with a link to the customer's acceptance page reached the partner within " + MAIL_EVENTUALLY);
            }
            sleep();
            newMailsSince(mailsSeen.size(), 0);
        }
    }

    /** A page answered as expected, or the journey fails with what the page said. */
    private static void expectPage(int expected, int status, CustomerBrowser browser) {
        if (status != expected) {
            throw new Api.JourneyFailed("expected a page with " + expected + " but got " + status
                    + (browser == null ? "" : ": " + browser.page()));
        }
    }

    private String importSubscription(String offerId, String offerName, String productType, int quantity, String base, String azureId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ownerPartnerTenantId", partner);
        body.put("offerId", offerId);
        body.put("offerName", offerName);
        body.put("productType", productType);
        body.put("quantity", quantity);
        body.put("billingCycle", "monthly");
        body.put("baseSubscriptionId", base);
        body.put("azureSubscriptionId", azureId);
        return api.await(post(urls.transfer() + "/v1/customers/" + customer + "/subscriptions", operatorToken, body)
                        .with("Idempotency-Key", "subscription-" + customer + "-" + offerId),
                a -> a.status() == 201, eventually).text("id");
    }

    private static boolean eligible(Api.Answer answer, String subscriptionId) {
        JsonNode items = answer.body().isArray() ? answer.body() : answer.body().path("items");
        for (JsonNode item : items) {
            if (subscriptionId.equals(item.path("id").asText())) {
                return item.path("isEligible").asBoolean(false);
            }
        }
        return false;
    }

    /** A partner profile as the operator registers it in eligibility-service. */
    public static Map<String, Object> partnerProfile(UUID tenant, String partnerId, String company, String locale, String email,
                                                      String program, String since) {
        String[] name = email.substring(0, email.indexOf('@')).split("\\.");
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("tenantId", tenant);
        profile.put("partnerId", partnerId);
        profile.put("companyName", company);
        profile.put("country", "SE");
        profile.put("preferredLocale", locale);
        profile.put("primaryContact", Map.of("firstName", capitalise(name[0]), "lastName", capitalise(name[1]), "email", email));
        profile.put("mpnMembershipActive", true);
        profile.put("mpnAccountEmail", "mpn@" + email.substring(email.indexOf('@') + 1));
        profile.put("businessAddress", Map.of("line1", "Kungsgatan 10", "city", "Stockholm", "postalCode", "111 43", "country", "SE"));
        profile.put("bankInformation", Map.of("provided", true, "verified", true, "accountLast4", "4321"));
        profile.put("programs", List.of(Map.of("program", program, "status", "ACTIVE", "since", since)));
        return profile;
    }

    /** One numbered step: what it does, then the e-mails it caused (waiting for the ones it is known to cause). */
    private void step(String title, int expectedMails, Runnable action) {
        narrator.step(++step, title);
        int before = mailsSeen.size();
        action.run();
        narrator.mails(newMailsSince(before, expectedMails));
    }

    private List<CapturedMail> newMailsSince(int before, int expected) {
        Instant deadline = Instant.now().plusSeconds(expected == 0 ? 1 : 30);
        List<CapturedMail> all = mailbox.get();
        while (all.size() - mailsSeen.size() < expected && Instant.now().isBefore(deadline)) {
            sleep();
            all = mailbox.get();
        }
        List<CapturedMail> fresh = all.stream().filter(m -> mailsSeen.stream().noneMatch(s -> same(s, m))).toList();
        mailsSeen.addAll(fresh);
        return List.copyOf(mailsSeen.subList(before, mailsSeen.size()));
    }

    private static boolean same(CapturedMail a, CapturedMail b) {
        return a.messageId() != null ? a.messageId().equals(b.messageId()) : a.equals(b);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String digits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
