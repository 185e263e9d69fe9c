package org.csptransition.relationship.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What a deployment of relationship-service may change without a release ({@code relationship.*}). */
@ConfigMapping(prefix = "relationship")
public interface RelationshipConfig {

    Links links();

    CustomerInvitations customerInvitations();

    CustomerLinks customerLinks();

    Pages pages();

    Paging paging();

    interface Links {
        /**
         * The public base URL of this service, as partners and customers reach it. The links of partnership invitations (R1)
         * point at their acceptance endpoint under it; the customers' links (R4 invitations, R5 acceptance) at its pages.
         */
        @WithDefault("http://127.0.0.1:8082")
        String baseUrl();
    }

    interface CustomerInvitations {
        /** R4: how long the link of a customer invitation can be used (it is single-use as well). */
        @WithDefault("P30D")
        Duration validity();
    }

    interface CustomerLinks {
        /** R5: how long the link of a customer's own MCA acceptance can be used (an invitation's is its own validity). */
        @WithDefault("P30D")
        Duration validity();
    }

    interface Pages {
        /**
         * How a customer signs in on the pages: {@code oidc} (the authorization code flow with the identity provider the
         * operator configures in {@code quarkus.oidc.*}) or {@code dev} (a form that asks for the tenant, no password: for
         * {@code ./suite up} and tests only).
         */
        @WithDefault("oidc")
        String signIn();

        /**
         * With {@code sign-in=oidc}: the ID token claim that names the signed-in customer's tenant (a UUID); it must be the
         * link's customer. Microsoft Entra ID calls it {@code tid}.
         */
        @WithDefault("tid")
        String tenantClaim();

        /**
         * The key that signs the pages' session cookie (at least 32 characters). Unset, each process makes its own at start:
         * fine for one replica, but a session then ends with a restart and does not reach another replica.
         */
        java.util.Optional<String> sessionKey();

        /** How long a customer stays signed in on the pages. */
        @WithDefault("PT30M")
        Duration sessionTimeout();

        /** R5: the Microsoft Customer Agreement template in force, shown on the acceptance page. */
        @WithDefault("117a15d1-0000-4000-8000-000000000001")
        String agreementTemplateId();

        /** R5: where the Microsoft Customer Agreement in force can be read (its metadata's agreementLink). */
        @WithDefault("https://aka.ms/customeragreement")
        String agreementLink();
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
