package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.relationship.config.RelationshipConfig;
import org.csptransition.relationship.domain.AgreementStatus;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerInvitation;
import org.csptransition.relationship.domain.CustomerInvitationPolicy;
import org.csptransition.relationship.domain.CustomerLink;
import org.csptransition.relationship.domain.CustomerLinkAnswer;
import org.csptransition.relationship.domain.CustomerLinkPolicy;
import org.csptransition.relationship.domain.CustomerLinkPurpose;
import org.csptransition.relationship.persistence.CustomerInvitationRepository;
import org.csptransition.relationship.persistence.CustomerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * R4, R5 what a customer answers through a link: a reseller's invitation (R4, new or existing customer) or its own
 * acceptance of the Microsoft Customer Agreement (R5). The link is checked first ({@link CustomerLinkPolicy}), then the
 * same use case as the REST API decides ({@link CustomerInvitations#accept}, {@link CustomerAgreements#acceptOwn}); the
 * link is spent in the same transaction, so a refused answer leaves it usable and an accepted one cannot be repeated.
 */
@ApplicationScoped
public class CustomerLinkAnswers {

    private final CustomerLinks links;
    private final CustomerInvitationRepository invitations;
    private final CustomerRepository customers;
    private final CustomerInvitations invitationCases;
    private final CustomerAgreements agreements;
    private final KnownPartners partners;
    private final RelationshipConfig config;
    private final Clock clock;
    private final ChangeAudit audit;

    CustomerLinkAnswers(CustomerLinks links, CustomerInvitationRepository invitations, CustomerRepository customers,
                        CustomerInvitations invitationCases, CustomerAgreements agreements, KnownPartners partners,
                        RelationshipConfig config, Clock clock, ChangeAudit audit) {
        this.audit = audit;
        this.links = links;
        this.invitations = invitations;
        this.customers = customers;
        this.invitationCases = invitationCases;
        this.agreements = agreements;
        this.partners = partners;
        this.config = config;
        this.clock = clock;
    }

    /**
     * What the page shows: who asks, who becomes partner of record (R4: the reseller and the provider, both with delegated
     * admin) or which agreement (R5: the template in force, for which provider), and whether the link can still be used.
     */
    public record Question(CustomerLink link, String resellerName, String providerName, String customerName, boolean newCustomer,
                           String agreementTemplateId, Outcome open) {

        public boolean isInvitation() {
            return link.purpose() == CustomerLinkPurpose.CUSTOMER_INVITATION;
        }
    }

    /** The answer given, and for an accepted invitation the provider's MCA status that follows from it (R5). */
    public record Answered(Question question, CustomerLinkAnswer answer, Optional<AgreementStatus> agreementStatus) {
    }

    @Transactional
    public Question question(UUID linkId) {
        return question(links.byId(linkId), Instant.now(clock));
    }

    /** The signed-in customer accepts; a customer new to the suite says who it is ({@code profile}). */
    @Transactional
    public Answered accept(UUID linkId, UUID tenantId, String user, CustomerInvitationPolicy.CustomerProfile profile) {
        CustomerLink link = links.forAnswer(linkId);
        Instant now = Instant.now(clock);
        CustomerLinkPolicy.checkUse(link, tenantId, now).orThrow();
        Optional<AgreementStatus> status;
        if (link.purpose() == CustomerLinkPurpose.CUSTOMER_INVITATION) {
            var accepted = invitationCases.accept(link.subjectId(), tenantId, user, profile, version -> { });
            status = Optional.of(agreements.statusFor(tenantId, tenantId, accepted.invitation().providerTenantId()).standing().status());
        } else {
            agreements.acceptOwn(link.subjectId(), tenantId, user, true, version -> { });
            status = Optional.of(agreements.statusFor(tenantId, tenantId, link.providerTenantId().orElseThrow()).standing().status());
        }
        link.answer(CustomerLinkAnswer.ACCEPTED, tenantId, user, now);
        return new Answered(question(link, now), CustomerLinkAnswer.ACCEPTED, status);
    }

    /** The signed-in customer declines: nothing changes but the link, which is spent. */
    @Transactional
    public Answered decline(UUID linkId, UUID tenantId, String user) {
        CustomerLink link = links.forAnswer(linkId);
        Instant now = Instant.now(clock);
        CustomerLinkPolicy.checkUse(link, tenantId, now).orThrow();
        link.answer(CustomerLinkAnswer.DECLINED, tenantId, user, now);
        // a decline publishes no event; the provider that sent the link may read who declined it
        Set<UUID> parties = new LinkedHashSet<>();
        parties.add(tenantId);
        link.providerTenantId().ifPresent(parties::add);
        audit.record(ChangeAudit.CUSTOMER_LINK, link.id(), ChangeAudit.LINK_DECLINED, parties,
                Map.of("purpose", link.purpose().name(), "subjectId", link.subjectId().toString()));
        return new Answered(question(link, now), CustomerLinkAnswer.DECLINED, Optional.empty());
    }

    private Question question(CustomerLink link, Instant now) {
        String customerName = link.customerTenantId().flatMap(customers::findByIdOptional).map(Customer::companyName).orElse(null);
        String providerName = link.providerTenantId().map(partners::nameOf).orElse(null);
        if (link.purpose() == CustomerLinkPurpose.CUSTOMER_INVITATION) {
            CustomerInvitation invitation = invitations.findByIdOptional(link.subjectId()).orElseThrow();
            return new Question(link, partners.nameOf(invitation.resellerTenantId()), partners.nameOf(invitation.providerTenantId()),
                    customerName, invitation.customerTenantId().isEmpty(), null, CustomerLinkPolicy.checkOpen(link, now));
        }
        return new Question(link, null, providerName, customerName, false, config.pages().agreementTemplateId(),
                CustomerLinkPolicy.checkOpen(link, now));
    }
}
