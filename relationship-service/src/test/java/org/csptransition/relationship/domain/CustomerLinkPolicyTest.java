package org.csptransition.relationship.domain;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("R4, R5 a customer link is used once, expires, and is the customer's own")
class CustomerLinkPolicyTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();

    static CustomerLink aLinkFor(UUID customer) {
        return CustomerLink.issue(UUID.randomUUID(), "0".repeat(64), CustomerLinkPurpose.CUSTOMER_INVITATION, UUID.randomUUID(),
                customer, UUID.randomUUID(), "sv-SE", NOW, Duration.ofDays(30));
    }

    @Nested
    @DisplayName("allows")
    class Allows {

        @Test
        @DisplayName("R4: the customer it is bound to, before it expires")
        void boundCustomer() {
            assertThat(CustomerLinkPolicy.checkUse(aLinkFor(CUSTOMER), CUSTOMER, NOW.plus(Duration.ofDays(29))).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("R4: anyone signed in, for a new customer's invitation (bound to no tenant)")
        void newCustomer() {
            assertThat(CustomerLinkPolicy.checkUse(aLinkFor(null), UUID.randomUUID(), NOW).isAllowed()).isTrue();
        }
    }

    @Nested
    @DisplayName("refuses")
    class Refuses {

        @Test
        @DisplayName("R4: a link used once already, whatever the answer was: LINK_ALREADY_USED")
        void used() {
            CustomerLink link = aLinkFor(CUSTOMER);
            link.answer(CustomerLinkAnswer.DECLINED, CUSTOMER, "astrid", NOW);

            assertThat(CustomerLinkPolicy.checkOpen(link, NOW).refusedWith(CustomerLinkPolicy.LINK_ALREADY_USED)).isTrue();
        }

        @Test
        @DisplayName("R4: a link at or after its expiry: LINK_EXPIRED")
        void expired() {
            CustomerLink link = aLinkFor(CUSTOMER);

            assertThat(CustomerLinkPolicy.checkOpen(link, NOW.plus(Duration.ofDays(30))).refusedWith(CustomerLinkPolicy.LINK_EXPIRED)).isTrue();
            assertThat(CustomerLinkPolicy.checkOpen(link, NOW.plus(Duration.ofDays(30)).minusSeconds(1)).isAllowed()).isTrue();
        }

        @Test
        @DisplayName("R5: another customer signed in: LINK_FOR_ANOTHER_CUSTOMER")
        void anotherCustomer() {
            assertThat(CustomerLinkPolicy.checkUse(aLinkFor(CUSTOMER), UUID.randomUUID(), NOW)
                    .refusedWith(CustomerLinkPolicy.LINK_FOR_ANOTHER_CUSTOMER)).isTrue();
        }
    }
}
