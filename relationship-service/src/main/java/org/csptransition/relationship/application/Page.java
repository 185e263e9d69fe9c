package org.csptransition.relationship.application;

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

        /** @throws IllegalArgumentException when the token was not made by {@link Page} */
        public static Request of(String continuationToken, int size) {
            if (continuationToken == null || continuationToken.isBlank()) {
                return new Request(0, size);
            }
            try {
                String decoded = new String(Base64.getUrlDecoder().decode(continuationToken), StandardCharsets.UTF_8);
                if (!decoded.startsWith("o:")) {
                    throw new IllegalArgumentException("not a continuation token");
                }
                int offset = Integer.parseInt(decoded.substring(2));
                if (offset < 0) {
                    throw new IllegalArgumentException("not a continuation token");
                }
                return new Request(offset, size);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a continuation token", e);
            }
        }
    }
}
