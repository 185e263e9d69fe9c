package org.csptransition.eligibility.api;

import org.csptransition.eligibility.domain.InvoiceStatus;
import org.csptransition.eligibility.domain.RevenueCategory;
import org.csptransition.eligibility.domain.RevenueRole;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.InputBounds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * E2 revenue in bulk as CSV ({@code text/csv}): a header line naming the columns, in any order —
 * {@code invoiceId,month,amountUsd,category,role,invoiceStatus,paidOn} ({@code invoiceId} and {@code paidOn} optional,
 * cells may be empty) — then one invoice a line, the same fields as the JSON form. Input syntax only: every malformed cell
 * is a 400 {@code REVENUE_CSV_INVALID} naming its line and column; the rules are {@code RevenueRecord.check}'s.
 */
final class RevenueCsv {

    static final String HEADER = "invoiceId,month,amountUsd,category,role,invoiceStatus,paidOn";
    static final String EXAMPLE = HEADER + "\nINV-2020-09-0001,2020-09,25000.00,CLOUD,INDIRECT_RESELLER,PAID,2020-10-15\n"
            + "INV-2020-09-0002,2020-09,4000.00,CLOUD,INDIRECT_RESELLER,UNPAID,\n";
    static final int MAX_RECORDS = 1000;
    private static final List<String> REQUIRED = List.of("month", "amountUsd", "category", "role", "invoiceStatus");
    private static final List<String> KNOWN = Arrays.asList(HEADER.split(","));

    private RevenueCsv() {
    }

    static RevenueRequests.RecordRevenue parse(String body) {
        List<String> lines = body == null ? List.of() : body.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw refused(1, "header", HEADER);
        }
        List<String> columns = cells(lines.get(0));
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!KNOWN.contains(columns.get(c)) || index.put(columns.get(c), c) != null) {
                throw refused(1, columns.get(c), HEADER);
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                throw refused(1, required, HEADER);
            }
        }
        if (lines.size() - 1 > MAX_RECORDS || lines.size() == 1) {
            throw refused(lines.size(), "records", "1–" + MAX_RECORDS + " lines");
        }
        List<Refusal> refusals = new ArrayList<>();
        List<RevenueRequests.Revenue> records = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            Line line = new Line(l + 1, cells(lines.get(l)), index, refusals);
            if (line.cells.size() != columns.size()) {
                refusals.add(refusal(l + 1, "columns", HEADER));
                continue;
            }
            String invoiceId = line.optional("invoiceId", "INV-2020-09-0001", v -> {
                if (!v.matches(RevenueRequests.INVOICE_ID)) {
                    throw new IllegalArgumentException(v);
                }
                return v;
            });
            YearMonth month = line.required("month", "2020-09", YearMonth::parse);
            BigDecimal amount = line.required("amountUsd", "25000.00", RevenueCsv::amount);
            RevenueCategory category = line.required("category", "CLOUD", v -> RevenueCategory.valueOf(v));
            RevenueRole role = line.required("role", "INDIRECT_RESELLER", v -> RevenueRole.valueOf(v));
            InvoiceStatus status = line.required("invoiceStatus", "PAID", v -> InvoiceStatus.valueOf(v));
            LocalDate paidOn = line.optional("paidOn", "2020-10-15", RevenueCsv::date);
            records.add(new RevenueRequests.Revenue(invoiceId, month, amount, category, status, role, paidOn));
        }
        if (!refusals.isEmpty()) {
            throw new RefusedException(refusals);
        }
        return new RevenueRequests.RecordRevenue(records);
    }

    private static BigDecimal amount(String value) {
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12) {
            throw new IllegalArgumentException(value);
        }
        return amount;
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (date.getYear() < InputBounds.MIN_YEAR || date.getYear() > InputBounds.MAX_YEAR) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split(",", -1)).map(String::strip).toList();
    }

    private static Refusal refusal(int line, String column, String expected) {
        return Refusal.malformed("REVENUE_CSV_INVALID", "line " + line + "." + column,
                        "Line " + line + " of the CSV: " + column + " is missing or malformed (expected " + expected + ")")
                .with("line", line).with("column", column).with("expected", expected);
    }

    private static RefusedException refused(int line, String column, String expected) {
        return new RefusedException(refusal(line, column, expected));
    }

    /** One data line: reads its cells by column name, collecting a refusal for every malformed one. */
    private record Line(int number, List<String> cells, Map<String, Integer> index, List<Refusal> refusals) {

        <T> T required(String column, String example, Function<String, T> parse) {
            T value = optional(column, example, parse);
            if (value == null && cell(column).isEmpty()) {
                refusals.add(refusal(number, column, example));
            }
            return value;
        }

        <T> T optional(String column, String example, Function<String, T> parse) {
            String cell = cell(column);
            if (cell.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(column.equals("category") || column.equals("role") || column.equals("invoiceStatus")
                        ? cell.toUpperCase(Locale.ROOT) : cell);
            } catch (RuntimeException e) {
                refusals.add(refusal(number, column, example));
                return null;
            }
        }

        private String cell(String column) {
            Integer at = index.get(column);
            return at == null ? "" : cells.get(at);
        }
    }
}
