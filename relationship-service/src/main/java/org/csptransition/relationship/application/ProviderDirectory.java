package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.platform.http.ETags;
import org.csptransition.relationship.domain.ProviderDirectoryPolicy;
import org.csptransition.relationship.domain.ProviderOffer;
import org.csptransition.relationship.persistence.ProviderOfferRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** R0: the indirect providers of a market with what each offers, and a provider publishing its offer. */
@ApplicationScoped
public class ProviderDirectory {

    static final String COUNTRY_REQUIRED = "COUNTRY_REQUIRED";

    private final ProviderOfferRepository offers;
    private final KnownPartners partners;
    private final Clock clock;
    private final ChangeAudit audit;

    ProviderDirectory(ProviderOfferRepository offers, KnownPartners partners, Clock clock, ChangeAudit audit) {
        this.audit = audit;
        this.offers = offers;
        this.partners = partners;
        this.clock = clock;
    }

    /** A provider and its offer (null when it published none). */
    public record Listing(KnownPartner provider, ProviderOffer offer) {
    }

    /**
     * The provider publishes its own offer; another tenant's offer is not found for the caller. With {@code ifMatch}, a
     * published offer is replaced only while it is still at that version (412 otherwise), so two of the provider's admins
     * never overwrite each other's words unknowingly; the first publication has no version to match.
     */
    @Transactional
    public Listing publishOffer(UUID callerTenantId, UUID providerTenantId, String user, ProviderOffer.Terms terms, String ifMatch) {
        if (!callerTenantId.equals(providerTenantId)) {
            throw notFound(providerTenantId);
        }
        KnownPartner provider = partners.require(providerTenantId);
        ProviderDirectoryPolicy.checkPublisher(provider).orThrow();
        Optional<ProviderOffer> published = offers.findByIdOptional(providerTenantId);
        published.ifPresent(current -> ETags.checkIfMatch(ifMatch, current.version()));
        ProviderOffer offer = published.orElseGet(() -> ProviderOffer.of(providerTenantId));
        offer.publish(terms, user, Instant.now(clock));
        if (published.isEmpty()) {
            offers.persist(offer);
        }
        // flushed here so the answer carries the offer's new version as its ETag
        Inserts.flushOrRefuse(offers::flush, () -> new OptimisticLockException("The offer of " + provider.displayName()
                + " was published by another request at the same moment"));
        // an offer publishes no event: the trail is the only record of who changed the provider's words, and from what
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("terms", terms);
        change.put("first", published.isEmpty());
        change.put("version", offer.version());
        audit.record(ChangeAudit.PROVIDER_OFFER, providerTenantId, ChangeAudit.OFFER_PUBLISHED, Set.of(providerTenantId), change);
        return new Listing(provider, offer);
    }

    /** R0: a listed provider's published offer; 404 for a provider that is not listed or has published none. */
    @Transactional
    public ProviderOffer offer(UUID providerTenantId) {
        return Optional.ofNullable(provider(providerTenantId).offer())
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Offer of indirect provider", providerTenantId)));
    }

    /**
     * The active providers of {@code country}, by name; without a country, those of the caller's own market, and when that
     * is not known either the request lacks its parameter (400).
     */
    @Transactional
    public Page<Listing> providersOf(String country, UUID callerTenantId, Page.Request page) {
        String market = country != null ? country : partners.find(callerTenantId).map(KnownPartner::country).orElse(null);
        if (market == null) {
            throw new RefusedException(Refusal.malformed(COUNTRY_REQUIRED, "country",
                    "Name the market with ?country= (ISO 3166 alpha-2, e.g. SE)"));
        }
        return Page.of(offers.activeProvidersIn(market, page.offset(), page.size() + 1).stream()
                .map(row -> new Listing(row.provider(), row.offer())).toList(), page);
    }

    /** One listed provider; a partner that is not an active provider is not found. */
    @Transactional
    public Listing provider(UUID providerTenantId) {
        KnownPartner provider = partners.find(providerTenantId)
                .filter(p -> ProviderDirectoryPolicy.isListed(p, p.country()))
                .orElseThrow(() -> notFound(providerTenantId));
        return new Listing(provider, offers.findByIdOptional(providerTenantId).orElse(null));
    }

    private static RefusedException notFound(UUID providerTenantId) {
        return new RefusedException(Refusal.notFound("Indirect provider", providerTenantId));
    }
}
