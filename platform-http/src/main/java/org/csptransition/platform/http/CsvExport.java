package org.csptransition.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * How the operator's lists answer in CSV: {@code format=csv}, or {@code text/csv} as the first media type of Accept (a
 * wildcard alone keeps JSON), as an attachment named after the list. One rule for every list of every service, so a
 * spreadsheet user learns it once.
 */
public final class CsvExport {

    private CsvExport() {
    }

    /** Whether the caller asked for CSV: {@code format} wins over Accept. */
    public static boolean wanted(String format, HttpHeaders headers) {
        if (format != null) {
            return "csv".equals(format);
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(Csv.MEDIA_TYPE)) && !accepted.get(0).isWildcardType();
    }

    /** The 200 answer: the CSV of {@code rows} under {@code header}, as the attachment {@code <name>.csv}. */
    public static Response of(String name, List<String> header, List<List<?>> rows) {
        return Response.ok(Csv.of(header, rows), Csv.MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }
}
