package org.csptransition.notification.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("N1 recipient facts fit their columns and stay on one line, whatever the producer sent")
class RecipientFactsTest {

    private static final UUID TENANT = UUID.randomUUID();

    @Test
    @DisplayName("N1 eligibility's widest values (company 200, names 100 each, e-mail 254, locale 35) are kept as they are")
    void widestAcceptedValuesFit() {
        String email = "a".repeat(64) + "@" + "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + ".exampl";
        String locale = "sv-SE-x-" + "abcdefg-".repeat(3) + "abc";
        assertThat(email).hasSize(254);
        assertThat(locale).hasSize(35);
        RecipientFacts facts = RecipientFacts.of(TENANT, "C".repeat(200), "F".repeat(100), "L".repeat(100), email, locale, email);
        assertThat(facts.displayName()).hasSize(200);
        assertThat(facts.contactName()).isEqualTo("F".repeat(100) + " " + "L".repeat(100));
        assertThat(facts.email()).isEqualTo(email);
        assertThat(facts.mpnAccountEmail()).isEqualTo(email);
        assertThat(facts.locale()).isEqualTo(locale);
        assertThat(facts.adjustments()).isEmpty();
    }

    @Test
    @DisplayName("N1 longer names are cut to the column, a 36-character or odd locale becomes en-US, each with an adjustment to log")
    void tooLongValuesAreCut() {
        RecipientFacts facts = RecipientFacts.of(TENANT, "C".repeat(300), "F".repeat(300), "L", "eva@fabrikam.example",
                "sv-SE-x-" + "abcdefg-".repeat(3) + "abcx", null);
        assertThat(facts.displayName()).hasSize(RecipientFacts.DISPLAY_NAME);
        assertThat(facts.contactName()).hasSize(RecipientFacts.CONTACT_NAME);
        assertThat(facts.locale()).isEqualTo("en-US");
        assertThat(facts.adjustments()).hasSize(3);
        assertThat(RecipientFacts.of(TENANT, "C", "F", "L", "e@x.example", "sv_SE\r\n", null).locale()).isEqualTo("en-US");
    }

    @Test
    @DisplayName("N1 a line break, NUL or Unicode line separator in a name becomes a space; a missing company name shows the tenant id")
    void namesBecomeOneLine() {
        RecipientFacts facts = RecipientFacts.of(TENANT, "Fabrikam\r\nBcc: evil@example.com\r\n\r\nINJECTED", "Eva\u0000\u2028",
                "Lind\u0085x", "eva@fabrikam.example", "en-US", null);
        assertThat(facts.displayName()).isEqualTo("Fabrikam Bcc: evil@example.com INJECTED");
        assertThat(facts.contactName()).isEqualTo("Eva Lind x");
        assertThat(RecipientFacts.of(TENANT, null, null, null, null, null, null).displayName()).isEqualTo(TENANT.toString());
        assertThat(RecipientFacts.of(TENANT, "\n", null, null, null, null, null).contactName()).isNull();
    }

    @Test
    @DisplayName("N1 an address that is not one plain mailbox is dropped, never repaired: a header line, a list, a display name, 255 characters")
    void addressesThatAreNotOneMailbox() {
        for (String bad : new String[] {"eva@fabrikam.example\r\nBcc: evil@example.com", "eva@fabrikam.example, evil@example.com",
                "Eva <eva@fabrikam.example>", "eva@fabrikam.example;evil@example.com", "no-at-sign", "a@b@c",
                "a".repeat(250) + "@x.se"}) {
            RecipientFacts facts = RecipientFacts.of(TENANT, "Fabrikam", "Eva", "Lind", bad, "en-US", bad);
            assertThat(facts.email()).as(bad).isNull();
            assertThat(facts.mpnAccountEmail()).as(bad).isNull();
        }
        assertThat(HeaderText.fit("ab\uD83D\uDE00", 3)).isEqualTo("ab");
    }
}
