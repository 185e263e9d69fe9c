package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.platform.events.relationship.PartnershipAccepted;
import org.csptransition.platform.events.relationship.PartnershipInvited;
import org.csptransition.platform.messaging.Outbox;
import org.csptransition.relationship.domain.KnownPartner;
import org.csptransition.relationship.domain.NotFoundException;
import org.csptransition.relationship.domain.Partnership;
import org.csptransition.relationship.domain.PartnershipPolicy;
import org.csptransition.relationship.domain.Refusal;
import org.csptransition.relationship.domain.RefusedException;
import org.csptransition.relationship.persistence.KnownPartnerRepository;
import org.csptransition.relationship.persistence.PartnershipRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/** R1: a provider invites a reseller by PartnerID, the reseller accepts, and each side lists the other. */
@ApplicationScoped
public class Partnerships {

    private final PartnershipRepository partnerships;
    private final KnownPartnerRepository partners;
    private final KnownPartners knownPartners;
    private final Links links;
    private final Outbox outbox;
    private final Clock clock;

    Partnerships(PartnershipRepository partnerships, KnownPartnerRepository partners, KnownPartners knownPartners, Links links,
                 Outbox outbox, Clock clock) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.knownPartners = knownPartners;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A partnership with both sides' names and the link of its invitation. */
    public record View(Partnership partnership, KnownPartner provider, KnownPartner reseller, String link) {
    }

    /** One of the caller's partners in a listing, and the partnership that relates them. */
    public record Related(KnownPartner partner, Partnership partnership) {
    }

    @Transactional
    public View invite(UUID providerTenantId, String user, String resellerPartnerId) {
        KnownPartner provider = knownPartners.require(providerTenantId);
        Optional<KnownPartner> reseller = partners.findByPartnerId(resellerPartnerId);
        Optional<Partnership> existing = reseller.flatMap(r -> partnerships.between(providerTenantId, r.tenantId()));
        RefusedException.throwIfAny(PartnershipPolicy.checkInvitation(provider, resellerPartnerId, reseller, existing));

        Instant now = Instant.now(clock);
        Partnership partnership = Partnership.invite(UUID.randomUUID(), providerTenantId, reseller.get().tenantId(), user, now);
        partnerships.persist(partnership);
        Inserts.flushOrRefuse(partnerships::flush, () -> new RefusedException(Refusal.conflict(PartnershipPolicy.PARTNERSHIP_ALREADY_EXISTS,
                "A partnership with " + reseller.get().displayName() + " was created at the same moment")));
        String link = links.partnershipInvitation(partnership.id());
        outbox.record(new PartnershipInvited(partnership.id(), provider.tenantId(), provider.displayName(),
                reseller.get().tenantId(), reseller.get().displayName(), reseller.get().partnerId(), link, now));
        return new View(partnership, provider, reseller.get(), link);
    }

    /**
     * The reseller's GlobalAdmin accepts. {@code versionCheck} sees the invitation's current version first (If-Match) and
     * throws to refuse a stale request.
     */
    @Transactional
    public View accept(UUID partnershipId, UUID resellerTenantId, String user, LongConsumer versionCheck) {
        Partnership partnership = partnerships.findForUpdate(partnershipId)
                .filter(p -> p.resellerTenantId().equals(resellerTenantId))
                .orElseThrow(() -> new NotFoundException("Partnership invitation", partnershipId));
        versionCheck.accept(partnership.version());
        KnownPartner reseller = knownPartners.require(resellerTenantId);
        KnownPartner provider = knownPartners.require(partnership.providerTenantId());
        RefusedException.throwIfAny(PartnershipPolicy.checkAcceptance(partnership, reseller, provider));

        Instant now = Instant.now(clock);
        partnership.accept(user, now);
        partnerships.flush();
        outbox.record(new PartnershipAccepted(partnership.id(), provider.tenantId(), provider.displayName(),
                reseller.tenantId(), reseller.displayName(), now));
        return view(partnership);
    }

    /** The invitation as the provider or the reseller sees it; anyone else gets "not found". */
    @Transactional
    public View find(UUID partnershipId, UUID callerTenantId) {
        return partnerships.findByIdOptional(partnershipId)
                .filter(p -> p.isParty(callerTenantId))
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("Partnership invitation", partnershipId));
    }

    /** The providers the caller resells for (as in Partner Center's {@code IsIndirectResellerOf}). */
    @Transactional
    public Page<Related> providersOf(UUID resellerTenantId, Page.Request page) {
        List<Partnership> rows = partnerships.activeAsReseller(resellerTenantId, page.offset(), page.size() + 1);
        return Page.of(rows.stream().map(p -> new Related(partner(p.providerTenantId()), p)).toList(), page);
    }

    /** The resellers the caller serves as provider ({@code IsIndirectCloudSolutionProviderOf}). */
    @Transactional
    public Page<Related> resellersOf(UUID providerTenantId, Page.Request page) {
        List<Partnership> rows = partnerships.activeAsProvider(providerTenantId, page.offset(), page.size() + 1);
        return Page.of(rows.stream().map(p -> new Related(partner(p.resellerTenantId()), p)).toList(), page);
    }

    private View view(Partnership partnership) {
        return new View(partnership, partner(partnership.providerTenantId()), partner(partnership.resellerTenantId()),
                links.partnershipInvitation(partnership.id()));
    }

    private KnownPartner partner(UUID tenantId) {
        return partners.findByIdOptional(tenantId).orElseGet(() -> KnownPartner.first(tenantId));
    }
}
