package org.csptransition.transfer.api;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.transfer.application.TransferQueries;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * One page of transfers, shaped as Partner Center's collections: {@code totalCount} items in this page and, unless it is
 * the last, a {@code continuationToken} to send back for the next one.
 */
public record TransferList(int totalCount, List<TransferResponse> items, String continuationToken) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    static TransferList of(TransferQueries.Page page) {
        List<TransferResponse> items = page.items().stream().map(TransferResponse::of).toList();
        return new TransferList(items.size(), items, page.next().map(TransferList::encode).orElse(null));
    }

    static String encode(TransferQueries.Cursor cursor) {
        String plain = cursor.createdTime().toString() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a token this service gave out; anything else is a 400. */
    static TransferQueries.Cursor decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            Instant after = Instant.parse(parts[0]);
            // a forged token's time far outside what this service stores would only overflow further down
            if (after.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || !after.isBefore(Instant.parse("3000-01-01T00:00:00Z"))) {
                throw new IllegalArgumentException("continuation time out of range");
            }
            return new TransferQueries.Cursor(after, UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new RefusedException(Refusal.malformed("INVALID_CONTINUATION_TOKEN", null,
                    "The continuationToken is not one this service gave out"));
        }
    }

    /**
     * The page size of a list request. Taken as text: a query parameter JAX-RS cannot convert to an {@code Integer}
     * (e.g. {@code 99999999999}) would otherwise be answered 404 as if the path did not exist.
     */
    static int size(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_SIZE;
        }
        int size;
        try {
            size = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RefusedException(Refusal.malformed("INVALID_PAGE_SIZE", null, "size must be between 1 and " + MAX_SIZE)
                    .with("maxSize", MAX_SIZE));
        }
        return size;
    }
}
