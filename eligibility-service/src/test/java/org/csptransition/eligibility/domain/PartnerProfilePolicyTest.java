package org.csptransition.eligibility.domain;

import org.csptransition.kernel.Refusal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("E1 partner profile")
class PartnerProfilePolicyTest {

    static PartnerProfile aProfile() {
        return new PartnerProfile("4234567", "Fabrikam AB", "SE", "sv-SE",
                new PartnerProfile.Contact("Eva", "Lind", "eva@fabrikam.se"), true, "mpn@fabrikam.se",
                new PartnerProfile.Address("Storgatan 1", null, "Malmö", "211 20", null, "SE"), true, true, "1234",
                List.of(new PartnerProfile.ProgramHolding(Program.DIRECT_BILL, ProgramStatus.ACTIVE, LocalDate.of(2017, 3, 1))), null);
    }

    static PartnerProfile with(String partnerId, String country, String locale, String email) {
        PartnerProfile p = aProfile();
        return new PartnerProfile(partnerId, p.companyName(), country, locale,
                new PartnerProfile.Contact("Eva", "Lind", email), p.mpnMembershipActive(), p.mpnAccountEmail(),
                p.businessAddress(), true, true, p.bankAccountLast4(), p.programs(), null);
    }

    static List<String> codes(PartnerProfile profile) {
        return PartnerProfilePolicy.check(profile).refusals().stream().map(Refusal::code).toList();
    }

    @Test
    @DisplayName("a complete profile with a work e-mail is accepted")
    void validProfile() {
        assertThat(PartnerProfilePolicy.check(aProfile()).isAllowed()).isTrue();
    }

    @Nested
    @DisplayName("E1 refuses")
    class Refuses {

        @ParameterizedTest(name = "PartnerID \"{0}\"")
        @ValueSource(strings = {"", "12a4567", "MPN4234567", "12345678901"})
        void partnerIdThatIsNotDigits(String partnerId) {
            assertThat(codes(with(partnerId, "SE", "sv-SE", "eva@fabrikam.se"))).containsExactly("PARTNER_ID_NOT_DIGITS");
        }

        @ParameterizedTest(name = "country \"{0}\"")
        @ValueSource(strings = {"se", "SWE", "XX", ""})
        void countryThatIsNotIso3166Alpha2(String country) {
            assertThat(codes(with("4234567", country, "sv-SE", "eva@fabrikam.se"))).containsExactly("COUNTRY_NOT_ISO_3166");
        }

        @ParameterizedTest(name = "locale \"{0}\"")
        @ValueSource(strings = {"swedish", "sv_SE", "", "123"})
        void localeThatIsNotBcp47(String locale) {
            assertThat(codes(with("4234567", "SE", locale, "eva@fabrikam.se"))).containsExactly("LOCALE_NOT_BCP47");
        }

        @ParameterizedTest(name = "contact e-mail at {0}")
        @ValueSource(strings = {"eva@gmail.com", "eva@Hotmail.com", "eva@outlook.com", "eva@yahoo.fr", "eva@proton.me"})
        void freeWebMailForThePrimaryContact(String email) {
            assertThat(codes(with("4234567", "SE", "sv-SE", email))).containsExactly("CONTACT_EMAIL_NOT_WORK_EMAIL");
        }

        @Test
        @DisplayName("an e-mail that is not an address")
        void malformedEmail() {
            assertThat(codes(with("4234567", "SE", "sv-SE", "eva.fabrikam.se"))).containsExactly("EMAIL_INVALID");
        }

        @Test
        @DisplayName("more than the last four digits of a bank account")
        void fullBankAccountNumber() {
            PartnerProfile p = aProfile();
            PartnerProfile withFullNumber = new PartnerProfile(p.partnerId(), p.companyName(), p.country(), p.preferredLocale(),
                    p.primaryContact(), true, null, null, true, true, "SE4550000000058398257466", p.programs(), null);
            assertThat(codes(withFullNumber)).containsExactly("BANK_ACCOUNT_NOT_LAST_FOUR");
        }

        @Test
        @DisplayName("every problem at once, so they can all be fixed in one go")
        void everyProblemAtOnce() {
            assertThat(codes(with("x", "XX", "??", "a@gmail.com")))
                    .containsExactly("PARTNER_ID_NOT_DIGITS", "COUNTRY_NOT_ISO_3166", "LOCALE_NOT_BCP47", "CONTACT_EMAIL_NOT_WORK_EMAIL");
        }
    }

    @ParameterizedTest(name = "locale {0} is BCP 47")
    @ValueSource(strings = {"en-US", "sv-SE", "nl-NL", "fr-FR", "fr", "zh-Hant-TW"})
    void acceptsLanguageTags(String tag) {
        assertThat(PartnerProfilePolicy.isLanguageTag(tag)).isTrue();
    }
}
