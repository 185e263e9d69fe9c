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

    Page.Request request(Integer size, String continuationToken) {
        return Page.Request.of(continuationToken, size, config.paging());
    }
}
