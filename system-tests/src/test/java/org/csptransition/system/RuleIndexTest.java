package org.csptransition.system;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md maps every rule id of docs/specification.md to its code, tests and docs; this keeps it true. */
@DisplayName("The rule index")
class RuleIndexTest {

    static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    static final Pattern RULE = Pattern.compile("- \\*\\*([ERTN]\\d+)[ *]");
    static final Pattern ROW = Pattern.compile("^\\| \\*\\*([ERTN]\\d+)[^|]*\\*\\* \\|([^|]*)\\|([^|]*)\\|([^|]*)\\|$", Pattern.MULTILINE);
    static final Pattern LINK = Pattern.compile("\\]\\(\\.\\./([^)]+)\\)");

    @Test
    @DisplayName("lists every rule of the specification with at least one class and one test, and every listed file names its rule")
    void everyRuleHasCodeTestsAndDocs() throws IOException {
        Path spec = ROOT.resolve("docs/specification.md");
        String index = Files.readString(ROOT.resolve("docs/rules.md"));
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(index);
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2), row.group(3), row.group(4)});
        }

        List<String> rules = RULE.matcher(Files.readString(spec)).results().map(m -> m.group(1)).distinct().toList();
        // every id of the specification: E1-E7, R0-R5, T1-T15, N1-N4
        assertThat(rules).as("rule ids of docs/specification.md").hasSize(7 + 6 + 15 + 4);
        for (String rule : rules) {
            assertThat(rows).as("docs/rules.md has a row for %s", rule).containsKey(rule);
            String[] cells = rows.get(rule);
            assertThat(links(cells[0])).as("%s code", rule).isNotEmpty();
            assertThat(links(cells[1])).as("%s tests", rule).isNotEmpty();
            Pattern mention = Pattern.compile("(?<![A-Za-z0-9_])" + rule + "(?![0-9])");
            for (String cell : cells) {
                for (String file : links(cell)) {
                    Path path = ROOT.resolve(file);
                    assertThat(path).as("%s lists %s", rule, file).exists();
                    assertThat(mention.matcher(Files.readString(path)).find()).as("%s names %s", file, rule).isTrue();
                }
            }
        }
    }

    private static List<String> links(String cell) {
        return LINK.matcher(cell).results().map(m -> m.group(1)).toList();
    }
}
