package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.csptransition.relationship.domain.KnownPartner;
import org.csptransition.relationship.domain.NotFoundException;
import org.csptransition.relationship.domain.ProviderDirectoryPolicy;
import org.csptransition.relationship.domain.ProviderOffer;
import org.csptransition.relationship.domain.RefusedException;
import org.csptransition.relationship.persistence.KnownPartnerRepository;
import org.csptransition.relationship.persistence.ProviderOfferRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** R0: the indirect providers of a market with what each offers, and a provider publishing its offer. */
@ApplicationScoped
public class ProviderDirectory {

    private final KnownPartnerRepository partners;
    private final ProviderOfferRepository offers;
    private final KnownPartners knownPartners;
    private final Clock clock;

    ProviderDirectory(KnownPartnerRepository partners, ProviderOfferRepository offers, KnownPartners knownPartners, Clock clock) {
        this.partners = partners;
        this.offers = offers;
        this.knownPartners = knownPartners;
        this.clock = clock;
    }

    /** A provider and its offer (null when it published none). */
    public record Listing(KnownPartner provider, ProviderOffer offer) {
    }

    @Transactional
    public Listing publishOffer(UUID providerTenantId, String user, ProviderOffer.Terms terms) {
        KnownPartner provider = knownPartners.require(providerTenantId);
        RefusedException.throwIfAny(ProviderDirectoryPolicy.checkPublisher(provider));
        Optional<ProviderOffer> published = offers.findByIdOptional(providerTenantId);
        ProviderOffer offer = published.orElseGet(() -> ProviderOffer.of(providerTenantId));
        offer.publish(terms, user, Instant.now(clock));
        if (published.isEmpty()) {
            offers.persist(offer);
            Inserts.flushOrRefuse(offers::flush, () -> new OptimisticLockException("The offer of " + provider.displayName()
                    + " was published by another request at the same moment"));
        }
        return new Listing(provider, offer);
    }

    /** The active providers of {@code country}, by name. */
    @Transactional
    public Page<Listing> providersOf(String country, Page.Request page) {
        return Page.of(partners.activeProvidersIn(country, page.offset(), page.size() + 1).stream()
                .map(row -> new Listing(row.provider(), row.offer())).toList(), page);
    }

    /** One listed provider; a partner that is not an active provider is not found. */
    @Transactional
    public Listing provider(UUID providerTenantId) {
        KnownPartner provider = partners.findByIdOptional(providerTenantId)
                .filter(p -> ProviderDirectoryPolicy.isListed(p, p.country()))
                .orElseThrow(() -> new NotFoundException("Indirect provider", providerTenantId));
        return new Listing(provider, offers.findByIdOptional(providerTenantId).orElse(null));
    }

    /** The country a partner sells in, to list its market's providers when it names none; null when not known. */
    @Transactional
    public String countryOf(UUID tenantId) {
        return partners.findByIdOptional(tenantId).map(KnownPartner::country).orElse(null);
    }
}
