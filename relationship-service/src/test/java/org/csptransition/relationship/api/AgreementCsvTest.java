package org.csptransition.relationship.api;

import org.csptransition.kernel.RefusedException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("R5 bulk attestation CSV: how a line is split into its fields")
class AgreementCsvTest {

    @Test
    @DisplayName("plain fields are trimmed; quoted ones keep commas, doubled quotes and their spaces")
    void quotedFields() {
        assertThat(AgreementCsv.cells(" a , b,c", 2)).containsExactly("a", "b", "c");
        assertThat(AgreementCsv.cells("\"Berg, Jr.\",\"Per \"\"P\"\"\",\" x \"", 2)).containsExactly("Berg, Jr.", "Per \"P\"", " x ");
        assertThat(AgreementCsv.cells("a,,", 2)).containsExactly("a", "", "");
    }

    @Test
    @DisplayName("a field the suite's export protected with ' before = + - @ is read without it; any other ' stays")
    void exportedFormulaGuard() {
        assertThat(AgreementCsv.cells("'+46 40 123,'=1,O'Brien,'x", 2)).containsExactly("+46 40 123", "=1", "O'Brien", "'x");
    }

    @Test
    @DisplayName("an unclosed quote, or text after a closing quote, is AGREEMENT_CSV_INVALID naming the line and column")
    void malformedQuotes() {
        assertThatThrownBy(() -> AgreementCsv.cells("a,\"open", 7)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusals().get(0).field()).isEqualTo("line 7.column 2"));
        assertThatThrownBy(() -> AgreementCsv.cells("\"a\"b,c", 3)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.refusals().get(0).code()).isEqualTo(AgreementCsv.CODE));
    }
}
