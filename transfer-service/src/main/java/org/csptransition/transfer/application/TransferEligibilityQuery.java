package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.transfer.domain.CustomerParty;
import org.csptransition.transfer.domain.Eligibility;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.TransferEligibilityPolicy;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.CustomerPartyRepository;
import org.csptransition.transfer.persistence.SubscriptionRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** T2/T11: the transfer eligibility of each of the partner's subscriptions of a customer. */
@ApplicationScoped
public class TransferEligibilityQuery {

    private final SubscriptionRepository subscriptions;
    private final ActiveTransferClaims claims;
    private final KnownPartnerRepository partners;
    private final CustomerPartyRepository parties;

    TransferEligibilityQuery(SubscriptionRepository subscriptions, ActiveTransferClaims claims, KnownPartnerRepository partners,
                             CustomerPartyRepository parties) {
        this.parties = parties;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.partners = partners;
    }

    /**
     * Each subscription's answer. A stranger to the customer gets 404 (whether or not its own profile is known); a party
     * whose partner profile has not been learnt yet is refused as not yet known (its E6 decides every answer).
     */
    @Transactional
    public List<Eligibility> of(UUID customer, UUID partner) {
        CustomerParty.check(customer, parties.ties(customer, partner)).orThrow();
        KnownPartner known = partners.findByIdOptional(partner).filter(KnownPartner::isRegistered).orElseThrow(() ->
                new RefusedException(Refusal.notYetKnown("partner", "This service has not yet learnt the partner; retry shortly")));
        List<Subscription> listed = subscriptions.listed(customer, partner);
        Map<UUID, UUID> holders = claims.holders(listed.stream().map(Subscription::id).toList());
        return listed.stream().map(s -> TransferEligibilityPolicy.of(s, Optional.ofNullable(holders.get(s.id())),
                known.hasCompletedTransition())).toList();
    }
}
