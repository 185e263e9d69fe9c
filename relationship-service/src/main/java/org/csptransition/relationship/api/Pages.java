package org.csptransition.relationship.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.relationship.application.Page;
import org.csptransition.relationship.config.RelationshipConfig;

/** The paging parameters every list takes: {@code size} and {@code continuationToken}, within the configured bounds. */
@ApplicationScoped
public class Pages {

    private final RelationshipConfig config;

    Pages(RelationshipConfig config) {
        this.config = config;
    }

    /**
     * {@code size} arrives as text: a value that is not an int (say 99999999999) would otherwise fail the parameter's
     * conversion, which JAX-RS answers 404. Not a number is refused like a number out of range (PAGE_SIZE_INVALID).
     */
    Page.Request request(String size, String continuationToken) {
        return Page.Request.of(continuationToken, parse(size), config.paging());
    }

    private static Integer parse(String size) {
        if (size == null || size.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(size.trim());
        } catch (NumberFormatException e) {
            return 0; // out of range on purpose: Page.Request refuses it with PAGE_SIZE_INVALID and the bounds
        }
    }
}
