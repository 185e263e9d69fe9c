package org.csptransition.relationship.application;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.relationship.config.RelationshipConfig;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the token that continues it (null on the last page). The token is opaque to clients; today it
 * holds the position of the next item.
 */
public record Page<T>(List<T> items, String continuationToken) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), continuationToken);
    }

    /** Builds a page from up to {@code request.size() + 1} rows read from {@code request.offset()}. */
    static <T> Page<T> of(List<T> rowsPlusOne, Request request) {
        if (rowsPlusOne.size() > request.size()) {
            return new Page<>(List.copyOf(rowsPlusOne.subList(0, request.size())), token(request.offset() + request.size()));
        }
        return new Page<>(List.copyOf(rowsPlusOne), null);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** Where a page starts and how long it is. */
    public record Request(int offset, int size) {

        static final String PAGE_SIZE_INVALID = "PAGE_SIZE_INVALID";
        static final String CONTINUATION_TOKEN_INVALID = "CONTINUATION_TOKEN_INVALID";

        /**
         * The page a list request asks for: {@code size} items (the configured default when absent) from where
         * {@code continuationToken} left off (the start when absent). A size out of bounds or a token this service did not
         * give out is a malformed request (400).
         */
        public static Request of(String continuationToken, Integer size, RelationshipConfig.Paging paging) {
            int max = paging.maxSize();
            if (size != null && (size < 1 || size > max)) {
                throw new RefusedException(Refusal.malformed(PAGE_SIZE_INVALID, "size", "size must be between 1 and " + max)
                        .with("max", max));
            }
            return new Request(offset(continuationToken), size == null ? Math.min(paging.defaultSize(), max) : size);
        }

        private static int offset(String continuationToken) {
            if (continuationToken == null || continuationToken.isBlank()) {
                return 0;
            }
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(continuationToken), StandardCharsets.UTF_8);
                int offset = decoded.startsWith("o:") ? Integer.parseInt(decoded.substring(2)) : -1;
                if (offset >= 0) {
                    return offset;
                }
            } catch (IllegalArgumentException e) {
                // not Base64, or no number after the prefix: not a token of ours
            }
            throw new RefusedException(Refusal.malformed(CONTINUATION_TOKEN_INVALID, "continuationToken",
                    "The continuationToken is not one this service gave out; start the list again without it"));
        }
    }
}
