package org.csptransition.platform.http;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("CSV export: RFC 4180 quoting, CRLF, no formula injection")
class CsvTest {

    @Test
    @DisplayName("A header row, CRLF line ends, quotes around commas and quotes, empty for null")
    void quoting() {
        List<List<?>> rows = List.of(List.of("Fabrikam, AB", "say \"hi\"", 3), java.util.Arrays.asList("plain", null, true));
        assertThat(Csv.of(List.of("a", "b", "c"), rows))
                .isEqualTo("a,b,c\r\n\"Fabrikam, AB\",\"say \"\"hi\"\"\",3\r\nplain,,true\r\n");
    }

    @Test
    @DisplayName("A text a spreadsheet would run as a formula is prefixed with an apostrophe")
    void noFormulas() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("+1")).isEqualTo("'+1");
        assertThat(Csv.field("@SUM")).isEqualTo("'@SUM");
        assertThat(Csv.field("Contoso")).isEqualTo("Contoso");
    }
}
