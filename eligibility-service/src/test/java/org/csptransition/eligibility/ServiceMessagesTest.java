package org.csptransition.eligibility;

import org.csptransition.eligibility.domain.CreditCheckStatus;
import org.csptransition.eligibility.domain.DirectBillApplicationPolicy;
import org.csptransition.eligibility.domain.DirectBillEnrollment;
import org.csptransition.eligibility.domain.IndirectResellerApplicationPolicy;
import org.csptransition.eligibility.domain.IndirectResellerEnrollment;
import org.csptransition.eligibility.domain.InvoiceStatus;
import org.csptransition.eligibility.domain.Partner;
import org.csptransition.eligibility.domain.PartnerProfile;
import org.csptransition.eligibility.domain.NoCspToCspResalePolicy;
import org.csptransition.eligibility.domain.PartnerProfilePolicy;
import org.csptransition.eligibility.domain.SelfRegistrationPolicy;
import org.csptransition.eligibility.domain.Program;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.domain.RevenueCategory;
import org.csptransition.eligibility.domain.RevenueRecord;
import org.csptransition.eligibility.domain.RevenueRole;
import org.csptransition.eligibility.domain.policy.DirectBillPolicy;
import org.csptransition.eligibility.domain.policy.EligibilityEvaluation;
import org.csptransition.eligibility.domain.policy.EligibilityFacts;
import org.csptransition.eligibility.domain.policy.PolicyVersion;
import org.csptransition.eligibility.domain.policy.RequirementCode;
import org.csptransition.eligibility.domain.policy.RequirementKind;
import org.csptransition.eligibility.domain.policy.Thresholds;
import org.csptransition.kernel.Refusal;
import org.csptransition.platform.http.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts of {@code messages/service*.properties}, which platform-http's {@code Messages} looks up by code: every
 * refusal code and every requirement reason code this service answers with has a text in English, Swedish, Dutch and
 * French, each language with the same placeholders, and the refusals fill every placeholder of their text.
 */
@DisplayName("Every refusal and requirement text of the service, in en, sv, nl and fr")
class ServiceMessagesTest {

    static final List<String> LANGUAGES = List.of("en", "sv", "nl", "fr");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    static final Path MAIN = Path.of("src/main/java");
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    static Properties texts(String language) throws IOException {
        String name = "messages/service" + (language.equals("en") ? "" : "_" + language) + ".properties";
        try (InputStream in = ServiceMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }

    static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @DisplayName("each language has exactly the codes of English, each text non-empty with the same placeholders")
    void sameCodesAndPlaceholders() throws IOException {
        Properties english = texts("en");
        for (String language : LANGUAGES) {
            Properties texts = texts(language);
            assertThat(texts.stringPropertyNames()).as(language).isEqualTo(english.stringPropertyNames());
            for (String code : english.stringPropertyNames()) {
                assertThat(texts.getProperty(code)).as(language + " " + code).isNotBlank();
                assertThat(placeholders(texts.getProperty(code))).as(language + " " + code + " placeholders")
                        .isEqualTo(placeholders(english.getProperty(code)));
            }
        }
    }

    @Test
    @DisplayName("every code the main code refuses or evaluates with has a text (found in the sources, so a new code cannot be forgotten)")
    void everyCodeHasAText() throws IOException {
        Set<String> codes = codesInTheSources();
        assertThat(codes).as("the scan finds the codes").contains("NOT_FOUND", "NOT_ELIGIBLE_FOR_DIRECT_BILL",
                "INDIRECT_RESELLER_TRANSITION_IRREVERSIBLE", "SUPPORT_PLAN_MISSING", "CONTACT_EMAIL_NOT_WORK_EMAIL").hasSizeGreaterThan(40);
        assertThat(texts("en").stringPropertyNames()).containsAll(codes);
    }

    @Test
    @DisplayName("the rules' refusals carry every fact their text names, so no language shows a gap")
    void refusalsFillTheirPlaceholders() throws IOException {
        Properties english = texts("en");
        Messages messages = new Messages();
        for (Refusal refusal : aRefusalOfEachRule()) {
            String text = english.getProperty(refusal.code());
            assertThat(text).as(refusal.code()).isNotNull();
            assertThat(refusal.context().keySet()).as(refusal.code() + " context").containsAll(placeholders(text));
            for (String language : LANGUAGES) {
                String filled = messages.format(Locale.forLanguageTag(language), refusal.code(), refusal.context());
                assertThat(filled).as(language + " " + refusal.code()).doesNotContain("{").doesNotContain("–");
            }
        }
    }

    /** The refusals the domain rules give, one scenario each (the application's own refusals are proved over HTTP). */
    static List<Refusal> aRefusalOfEachRule() {
        List<Refusal> refusals = new ArrayList<>();
        PartnerProfile bad = profile("MPN-1", "XX", "swedish", "eva@gmail.com", false, "SE4550000000058398257466",
                Program.DIRECT_BILL, Program.DIRECT_BILL);
        refusals.addAll(PartnerProfilePolicy.check(bad).refusals());
        refusals.addAll(PartnerProfilePolicy.checkEmail("eva", "mpnAccountEmail").refusals());
        UUID self = UUID.randomUUID();
        refusals.addAll(SelfRegistrationPolicy.check(UUID.randomUUID(), self, bad, null).refusals());
        refusals.addAll(SelfRegistrationPolicy.check(self, self, bad, null).refusals());
        refusals.addAll(NoCspToCspResalePolicy.check(self, true).refusals());
        RevenueRecord future = new RevenueRecord(YearMonth.of(2030, 1), new BigDecimal("-1"), RevenueCategory.CLOUD, InvoiceStatus.PAID,
                RevenueRole.INDIRECT_RESELLER);
        refusals.addAll(RevenueRecord.check(List.of(future, future), LocalDate.of(2026, 11, 2)).refusals());
        RevenueRecord paidLater = new RevenueRecord("INV-1", YearMonth.of(2026, 10), BigDecimal.ONE, RevenueCategory.CLOUD,
                InvoiceStatus.UNPAID, RevenueRole.INDIRECT_RESELLER, LocalDate.of(2026, 12, 1));
        refusals.addAll(RevenueRecord.check(List.of(paidLater), LocalDate.of(2026, 11, 2)).refusals());
        refusals.addAll(org.csptransition.eligibility.domain.policy.NewPolicyVersionPolicy.check(
                new org.csptransition.eligibility.domain.policy.PolicyVersion("2020-10-27", LocalDate.of(2020, 10, 27), List.of(
                        new org.csptransition.eligibility.domain.policy.PolicyVersion.Item(org.csptransition.eligibility.domain.policy.RequirementCode.REVENUE,
                                org.csptransition.eligibility.domain.policy.RequirementKind.RECOMMENDATION),
                        new org.csptransition.eligibility.domain.policy.PolicyVersion.Item(org.csptransition.eligibility.domain.policy.RequirementCode.REVENUE,
                                org.csptransition.eligibility.domain.policy.RequirementKind.RECOMMENDATION))),
                List.of(new org.csptransition.eligibility.domain.policy.PolicyVersion("2020-10-27", LocalDate.of(2020, 10, 27), List.of())),
                LocalDate.of(2026, 11, 2)).refusals());

        DirectBillEnrollment direct = DirectBillEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "2021-04-15", "eva", NOW).enrollment();
        refusals.addAll(direct.mayDecideCreditCheck(false, null).refusals());
        refusals.addAll(direct.mayApproveWithSupportPlan().refusals());
        direct.decideCreditCheck(true, null, "operator", NOW);
        refusals.addAll(direct.mayDecideCreditCheck(true, null).refusals());
        refusals.add(DirectBillEnrollment.creditCheckNotPassed(CreditCheckStatus.FAILED));

        IndirectResellerEnrollment pending = IndirectResellerEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "eva", NOW, TODAY)
                .enrollment();
        refusals.addAll(pending.mayAcceptAgreement().refusals());
        refusals.addAll(pending.mayReject(" ").refusals());
        IndirectResellerEnrollment rejected = IndirectResellerEnrollment.submit(UUID.randomUUID(), UUID.randomUUID(), "eva", NOW, TODAY)
                .enrollment();
        rejected.reject("PartnerID does not match", "operator", NOW);
        refusals.addAll(rejected.mayApprove().refusals());
        refusals.addAll(rejected.mayWithdraw().refusals());
        refusals.add(IndirectResellerEnrollment.irreversible());

        Partner inactiveDirectBill = register(profile("4234567", "SE", "sv-SE", "eva@fabrikam.se", false, null, Program.DIRECT_BILL));
        refusals.addAll(IndirectResellerApplicationPolicy.check(inactiveDirectBill, Optional.empty(), Set.of(Month.SEPTEMBER)).refusals());
        refusals.addAll(IndirectResellerApplicationPolicy.check(inactiveDirectBill, Optional.of(pending), Set.of()).refusals());
        Partner reseller = register(profile("4234568", "NL", "nl-NL", "anna@contoso.nl", false, null, Program.INDIRECT_RESELLER));
        refusals.addAll(IndirectResellerApplicationPolicy.check(reseller, Optional.empty(), Set.of()).refusals());
        refusals.addAll(DirectBillApplicationPolicy.check(inactiveDirectBill, Optional.empty(), notEligible()).refusals());
        refusals.addAll(DirectBillApplicationPolicy.check(reseller, Optional.empty(), notEligible()).refusals());
        assertThat(refusals).extracting(Refusal::code).contains("PROGRAM_LISTED_TWICE", "REVENUE_RECORD_LISTED_TWICE",
                "CREDIT_CHECK_ALREADY_DECIDED", "ENROLLMENT_CLOSED", "ENROLLMENT_ALREADY_DECIDED", "TRANSITION_WINDOW_CLOSED",
                "MPN_MEMBERSHIP_INACTIVE", "ENROLLMENT_ALREADY_SUBMITTED", "INDIRECT_RESELLER_ALREADY_HELD", "DIRECT_BILL_ALREADY_HELD",
                "NOT_ELIGIBLE_FOR_DIRECT_BILL", "REVENUE_BELOW_THRESHOLD", "NOT_AN_INDIRECT_RESELLER", "FIRST_LEVEL_SUPPORT_NOT_ATTESTED");
        return refusals;
    }

    static PartnerProfile profile(String partnerId, String country, String locale, String email, boolean mpnActive, String bankLast4,
                                  Program... programs) {
        return new PartnerProfile(partnerId, "Fabrikam AB", country, locale, new PartnerProfile.Contact("Eva", "Lind", email), mpnActive,
                null, null, bankLast4 != null, false, bankLast4, java.util.Arrays.stream(programs)
                .map(p -> new PartnerProfile.ProgramHolding(p, ProgramStatus.ACTIVE, LocalDate.of(2017, 3, 1))).toList(), null);
    }

    static Partner register(PartnerProfile profile) {
        return Partner.register(UUID.randomUUID(), profile, null, NOW).partner();
    }

    /** Under policy 2021-04-15, a partner that attested nothing, earned nothing and never was an indirect reseller. */
    static EligibilityEvaluation notEligible() {
        List<PolicyVersion.Item> items = java.util.Arrays.stream(RequirementCode.values())
                .map(code -> new PolicyVersion.Item(code, code == RequirementCode.MANAGED_SERVICE ? RequirementKind.RECOMMENDATION
                        : RequirementKind.MINIMUM)).toList();
        EligibilityFacts nothing = new EligibilityFacts(TODAY, "4234567", "SE", "SE", false, false, false, null, false, 0, BigDecimal.ZERO,
                YearMonth.of(2025, 11), YearMonth.of(2026, 10), null);
        return DirectBillPolicy.evaluate(new PolicyVersion("2021-04-15", LocalDate.of(2021, 4, 15), items), nothing,
                new Thresholds(new BigDecimal("300000.00"), 12));
    }

    /**
     * The codes of the main sources: the first argument of each {@code Refusal} factory and each requirement outcome,
     * a string or a constant (resolved from its declaration), and NOT_FOUND for {@code Refusal.notFound}.
     */
    static Set<String> codesInTheSources() throws IOException {
        Map<String, String> constants = new HashMap<>();
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                sources.add(source);
                Matcher constant = Pattern.compile("static final String ([A-Z_]+) = \"([A-Z_]+)\"").matcher(source);
                while (constant.find()) {
                    constants.put(constant.group(1), constant.group(2));
                }
            }
        }
        Pattern factory = Pattern.compile("(?:Refusal\\.(?:invalid|conflict|forbidden)|RequirementOutcome\\.(?:met|unmet))\\(\\s*"
                + "(?:\"([A-Z_]+)\"|([A-Z_]+)\\b)");
        Set<String> codes = new TreeSet<>();
        for (String source : sources) {
            Matcher call = factory.matcher(source);
            while (call.find()) {
                codes.add(call.group(1) != null ? call.group(1) : constants.get(call.group(2)));
            }
            if (source.contains("Refusal.notFound(")) {
                codes.add(Refusal.NOT_FOUND);
            }
        }
        assertThat(codes).as("every constant resolved").doesNotContainNull();
        return codes;
    }
}
