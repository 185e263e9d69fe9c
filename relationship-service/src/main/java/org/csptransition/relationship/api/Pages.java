package org.csptransition.relationship.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.csptransition.platform.http.ProblemException;
import org.csptransition.relationship.application.Page;
import org.csptransition.relationship.config.RelationshipConfig;

/** The paging parameters every list takes: {@code size} and {@code continuationToken}. */
@ApplicationScoped
public class Pages {

    private final RelationshipConfig config;

    Pages(RelationshipConfig config) {
        this.config = config;
    }

    Page.Request request(Integer size, String continuationToken) {
        int max = config.paging().maxSize();
        if (size != null && (size < 1 || size > max)) {
            throw ProblemException.badRequest("PAGE_SIZE_INVALID", "size must be between 1 and " + max);
        }
        try {
            return Page.Request.of(continuationToken, size == null ? Math.min(config.paging().defaultSize(), max) : size);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("CONTINUATION_TOKEN_INVALID",
                    "The continuationToken is not one this service gave out; start the list again without it");
        }
    }
}
