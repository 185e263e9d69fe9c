package org.csptransition.relationship.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.InputBounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * R5 attestations in bulk as CSV ({@code text/csv}), the form of a spreadsheet or of Partner Center's bulk tool: a header
 * line naming the columns, in any order — {@code customerTenantId,templateId,dateAgreed,firstName,lastName,email,phoneNumber}
 * ({@code phoneNumber} may be left out or empty) — then one customer a line, the same fields as the JSON form, at most
 * {@value #MAX_LINES}. Fields may be quoted (RFC 4180: a comma or a doubled quote inside quotes; no line break inside a
 * field); a field that a suite export protected with a leading {@code '} (before {@code = + - @}, see platform-http
 * {@code Csv}) is read without it, so an exported phone number {@code '+46…} comes back as {@code +46…}. Input syntax
 * only, all or nothing: every malformed or invalid cell (the constraints of the JSON form) is a 400
 * {@code AGREEMENT_CSV_INVALID} naming its line and column; the rules (R5) are judged per line afterwards.
 */
public final class AgreementCsv {

    public static final String CODE = "AGREEMENT_CSV_INVALID";
    static final String HEADER = "customerTenantId,templateId,dateAgreed,firstName,lastName,email,phoneNumber";
    static final String EXAMPLE = HEADER + "\n"
            + "9a1e6f4c-3b2d-4c5e-8f7a-1b2c3d4e5f60,117a15d1-0000-4000-8000-000000000001,2026-11-30,Anna,Berg,anna.berg@contoso.example,+46 40 123 45 67\n"
            + "4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a,117a15d1-0000-4000-8000-000000000001,2026-11-28,\"Dupont, Jr.\",Marie,marie@tailspin.example,\n";
    static final int MAX_LINES = 1000;
    private static final List<String> KNOWN = Arrays.asList(HEADER.split(","));
    private static final List<String> REQUIRED = KNOWN.stream().filter(c -> !c.equals("phoneNumber")).toList();
    private static final Map<String, String> EXAMPLES = Map.of("customerTenantId", "a tenant id (UUID)",
            "templateId", "117a15d1-0000-4000-8000-000000000001", "dateAgreed", "2026-11-30", "firstName", "Anna",
            "lastName", "Berg", "email", "anna.berg@contoso.example", "phoneNumber", "+46 40 123 45 67");

    private AgreementCsv() {
    }

    /** One data line: its line number in the file (the header is line 1) and the attestation it asks for. */
    record Line(int number, AgreementAttestationsResource.BulkAttestationItem item) {
    }

    static List<Line> parse(String body, Validator validator) {
        List<String> lines = body == null ? List.of() : (body.startsWith("\uFEFF") ? body.substring(1) : body).lines().toList();
        int headerAt = 0;
        while (headerAt < lines.size() && lines.get(headerAt).isBlank()) {
            headerAt++;
        }
        if (headerAt == lines.size()) {
            throw new RefusedException(refusal(1, "header", HEADER));
        }
        int headerLine = headerAt + 1;
        List<String> columns = cells(lines.get(headerAt), headerLine);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!KNOWN.contains(columns.get(c)) || index.put(columns.get(c), c) != null) {
                throw new RefusedException(refusal(headerLine, columns.get(c).isEmpty() ? "header" : columns.get(c), HEADER));
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                throw new RefusedException(refusal(headerLine, required, HEADER));
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        List<Line> parsed = new ArrayList<>();
        for (int l = headerAt + 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) {
                continue;
            }
            int number = l + 1;
            if (parsed.size() == MAX_LINES) {
                throw new RefusedException(refusal(number, "lines", "at most " + MAX_LINES + " lines"));
            }
            List<String> cells;
            try {
                cells = cells(lines.get(l), number);
            } catch (RefusedException e) {
                refusals.addAll(e.refusals());
                continue;
            }
            if (cells.size() != columns.size()) {
                refusals.add(refusal(number, "columns", columns.size() + " columns: " + String.join(",", columns)));
                continue;
            }
            Cells row = new Cells(number, cells, index, refusals);
            UUID customer = row.parse("customerTenantId", UUID::fromString);
            LocalDate dateAgreed = row.parse("dateAgreed", AgreementCsv::date);
            var item = new AgreementAttestationsResource.BulkAttestationItem(customer, row.text("templateId"), dateAgreed,
                    new CustomerAgreementResource.Contact(row.text("firstName"), row.text("lastName"), row.text("email"),
                            row.text("phoneNumber")));
            // the constraints of the JSON form, each named by its column; a cell that did not parse is reported once
            validator.validate(item).stream()
                    .sorted(Comparator.comparing((ConstraintViolation<?> v) -> column(v)))
                    .filter(v -> !row.failed(column(v)))
                    .map(v -> refusal(number, column(v), EXAMPLES.get(column(v)) + ": " + v.getMessage()))
                    .distinct()
                    .forEach(refusals::add);
            parsed.add(new Line(number, item));
        }
        if (parsed.isEmpty() && refusals.isEmpty()) {
            refusals.add(refusal(headerLine + 1, "lines", "1–" + MAX_LINES + " lines"));
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
        return parsed;
    }

    /** The column of a constraint on the item: the last name of its path ({@code primaryContact.email} → {@code email}). */
    private static String column(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (date.getYear() < InputBounds.MIN_YEAR || date.getYear() > InputBounds.MAX_YEAR) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    /** The fields of one line: comma-separated, each optionally in double quotes (a quote inside doubled). */
    static List<String> cells(String line, int number) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(finish(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else if (wasQuoted && !Character.isWhitespace(c)) {
                throw new RefusedException(refusal(number, "column " + (cells.size() + 1), "a field in quotes, then a comma"));
            } else if (!wasQuoted) {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new RefusedException(refusal(number, "column " + (cells.size() + 1), "a closing quote"));
        }
        cells.add(finish(cell, wasQuoted));
        return cells;
    }

    private static String finish(StringBuilder cell, boolean quoted) {
        String text = quoted ? cell.toString() : cell.toString().strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    static Refusal refusal(int line, String column, String expected) {
        return Refusal.malformed(CODE, "line " + line + "." + column,
                        "Line " + line + " of the CSV: " + column + " is missing or malformed (expected " + expected + ")")
                .with("line", line).with("column", column).with("expected", expected);
    }

    /** One data line's cells by column name; a cell that does not parse adds its refusal and reads as absent. */
    private record Cells(int number, List<String> cells, Map<String, Integer> index, List<Refusal> refusals,
                         java.util.Set<String> failures) {

        Cells(int number, List<String> cells, Map<String, Integer> index, List<Refusal> refusals) {
            this(number, cells, index, refusals, new java.util.HashSet<>());
        }

        /** The cell as text; empty is absent (the validator then says whether it was required). */
        String text(String column) {
            Integer at = index.get(column);
            String cell = at == null ? "" : cells.get(at);
            return cell.isEmpty() ? null : cell;
        }

        <T> T parse(String column, java.util.function.Function<String, T> parse) {
            String cell = text(column);
            if (cell == null) {
                return null;
            }
            try {
                return parse.apply(cell);
            } catch (RuntimeException e) {
                failures.add(column);
                refusals.add(refusal(number, column, EXAMPLES.get(column)));
                return null;
            }
        }

        boolean failed(String column) {
            return failures.contains(column);
        }
    }
}
