package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.relationship.domain.Partnership;
import org.csptransition.relationship.domain.PartnershipPolicy;
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

    /** Partner Center's names of the two sides of a partnership, as {@code relationship_type} takes them. */
    public static final String IS_INDIRECT_RESELLER_OF = "IsIndirectResellerOf";
    public static final String IS_INDIRECT_CSP_OF = "IsIndirectCloudSolutionProviderOf";
    static final String RELATIONSHIP_TYPE_UNKNOWN = "RELATIONSHIP_TYPE_UNKNOWN";

    private final PartnershipRepository partnerships;
    private final KnownPartners partners;
    private final RelationshipEvents events;
    private final Links links;
    private final Clock clock;

    Partnerships(PartnershipRepository partnerships, KnownPartners partners, RelationshipEvents events, Links links, Clock clock) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.events = events;
        this.links = links;
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
        KnownPartner provider = partners.require(providerTenantId);
        Optional<KnownPartner> reseller = partners.byPartnerId(resellerPartnerId);
        Optional<Partnership> existing = reseller.flatMap(r -> partnerships.between(providerTenantId, r.tenantId()));
        PartnershipPolicy.checkInvitation(provider, resellerPartnerId, reseller, existing).orThrow();

        Partnership.Invited invited = Partnership.invite(UUID.randomUUID(), providerTenantId, reseller.get().tenantId(), user,
                Instant.now(clock));
        partnerships.persist(invited.partnership());
        Inserts.flushOrRefuse(partnerships::flush,
                () -> new RefusedException(PartnershipPolicy.alreadyExists(reseller.get().displayName())));
        events.record(invited.event());
        return view(invited.partnership());
    }

    /**
     * The reseller's GlobalAdmin accepts. {@code versionCheck} sees the invitation's current version first (If-Match) and
     * throws to refuse a stale request.
     */
    @Transactional
    public View accept(UUID partnershipId, UUID resellerTenantId, String user, LongConsumer versionCheck) {
        Partnership partnership = partnerships.findForUpdate(partnershipId)
                .filter(p -> p.resellerTenantId().equals(resellerTenantId))
                .orElseThrow(() -> notFound(partnershipId));
        versionCheck.accept(partnership.version());
        KnownPartner reseller = partners.require(resellerTenantId);
        KnownPartner provider = partners.require(partnership.providerTenantId());
        PartnershipPolicy.checkAcceptance(partnership, reseller, provider).orThrow();

        var accepted = partnership.accept(user, Instant.now(clock));
        partnerships.flush();
        events.record(accepted);
        return view(partnership);
    }

    /** The invitation as the provider or the reseller sees it; anyone else gets "not found". */
    @Transactional
    public View find(UUID partnershipId, UUID callerTenantId) {
        return partnerships.findByIdOptional(partnershipId)
                .filter(p -> p.isParty(callerTenantId))
                .map(this::view)
                .orElseThrow(() -> notFound(partnershipId));
    }

    /**
     * The caller's partners by {@code relationshipType}: the providers it resells for ({@link #IS_INDIRECT_RESELLER_OF}) or
     * the resellers it serves as provider ({@link #IS_INDIRECT_CSP_OF}); active partnerships only, oldest first.
     */
    @Transactional
    public Page<Related> related(UUID callerTenantId, String relationshipType, Page.Request page) {
        if (IS_INDIRECT_RESELLER_OF.equals(relationshipType)) {
            return Page.of(partnerships.activeAsReseller(callerTenantId, page.offset(), page.size() + 1).stream()
                    .map(p -> new Related(partners.known(p.providerTenantId()), p)).toList(), page);
        }
        if (IS_INDIRECT_CSP_OF.equals(relationshipType)) {
            return Page.of(partnerships.activeAsProvider(callerTenantId, page.offset(), page.size() + 1).stream()
                    .map(p -> new Related(partners.known(p.resellerTenantId()), p)).toList(), page);
        }
        throw new RefusedException(Refusal.malformed(RELATIONSHIP_TYPE_UNKNOWN, "relationship_type", "relationship_type must be "
                + IS_INDIRECT_RESELLER_OF + " or " + IS_INDIRECT_CSP_OF)
                .with("resellerOf", IS_INDIRECT_RESELLER_OF).with("providerOf", IS_INDIRECT_CSP_OF));
    }

    private View view(Partnership partnership) {
        return new View(partnership, partners.known(partnership.providerTenantId()), partners.known(partnership.resellerTenantId()),
                links.partnershipInvitation(partnership.id()));
    }

    private static RefusedException notFound(UUID partnershipId) {
        return new RefusedException(Refusal.notFound("Partnership invitation", partnershipId));
    }
}
