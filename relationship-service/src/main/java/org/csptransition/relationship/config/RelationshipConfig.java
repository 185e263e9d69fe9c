package org.csptransition.relationship.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What a deployment of relationship-service may change without a release ({@code relationship.*}). */
@ConfigMapping(prefix = "relationship")
public interface RelationshipConfig {

    Links links();

    CustomerInvitations customerInvitations();

    Paging paging();

    interface Links {
        /**
         * The public base URL of this service's API, as partners and customers reach it. The links of partnership (R1) and
         * customer (R4) invitations are built from it and point at their acceptance endpoints.
         */
        @WithDefault("http://127.0.0.1:8082")
        String baseUrl();
    }

    interface CustomerInvitations {
        /** R4: how long the link of a customer invitation can be used (it is single-use as well). */
        @WithDefault("P30D")
        Duration validity();
    }

    interface Paging {
        /** Items per page of a list when the request gives no {@code size}. */
        @WithDefault("50")
        int defaultSize();

        /** The largest {@code size} a list request may ask for. */
        @WithDefault("200")
        int maxSize();
    }
}
