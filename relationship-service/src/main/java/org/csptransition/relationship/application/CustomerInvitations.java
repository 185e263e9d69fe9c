package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.partners.KnownPartner;
import org.csptransition.relationship.config.RelationshipConfig;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.domain.CustomerInvitation;
import org.csptransition.relationship.domain.CustomerInvitationPolicy;
import org.csptransition.relationship.domain.CustomerLinkPurpose;
import org.csptransition.relationship.domain.CustomerRelationship;
import org.csptransition.relationship.domain.InvitationStatus;
import org.csptransition.relationship.domain.PartnerRole;
import org.csptransition.relationship.domain.Via;
import org.csptransition.relationship.persistence.CustomerInvitationRepository;
import org.csptransition.relationship.persistence.CustomerRepository;
import org.csptransition.relationship.persistence.PartnershipRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;

/** R4: a reseller invites a customer together with one of its providers; the customer's admin accepts through the link. */
@ApplicationScoped
public class CustomerInvitations {

    private final CustomerInvitationRepository invitations;
    private final CustomerRepository customers;
    private final PartnershipRepository partnerships;
    private final KnownPartners partners;
    private final RelationshipEvents events;
    private final AgreementStatuses agreementStatuses;
    private final InvitationEmail email;
    private final CustomerLinks links;
    private final RelationshipConfig config;
    private final Clock clock;

    CustomerInvitations(CustomerInvitationRepository invitations, CustomerRepository customers, PartnershipRepository partnerships,
                        KnownPartners partners, RelationshipEvents events, AgreementStatuses agreementStatuses,
                        InvitationEmail email, CustomerLinks links, RelationshipConfig config, Clock clock) {
        this.invitations = invitations;
        this.customers = customers;
        this.partnerships = partnerships;
        this.partners = partners;
        this.events = events;
        this.agreementStatuses = agreementStatuses;
        this.email = email;
        this.links = links;
        this.config = config;
        this.clock = clock;
    }

    /**
     * An invitation, its parties' names, its status now and, when just created, its link and the e-mail draft (the link's
     * token exists only then: the service keeps its hash).
     */
    public record View(CustomerInvitation invitation, String resellerName, String providerName, String link,
                       InvitationStatus status, InvitationEmail.Draft emailDraft) {
    }

    /** Invites through {@code providerTenantId}; {@code customerTenantId} names an existing customer of the reseller, else a new one. */
    @Transactional
    public View invite(UUID resellerTenantId, String user, UUID providerTenantId, UUID customerTenantId) {
        // a named customer first: one the caller is no partner of is "not found" before anything else is said (not even
        // that the caller itself is not known yet), so that no answer tells a stranger whether the tenant exists
        if (customerTenantId != null) {
            customers.findByIdOptional(customerTenantId)
                    .filter(c -> c.rolesOf(resellerTenantId).contains(PartnerRole.DIRECT_BILL_PARTNER)
                            || c.rolesOf(resellerTenantId).contains(PartnerRole.INDIRECT_RESELLER))
                    .orElseThrow(() -> Customers.notFound(customerTenantId));
        }
        KnownPartner reseller = partners.require(resellerTenantId);
        KnownPartner provider = partners.known(providerTenantId);
        boolean targetIsCspTenant = customerTenantId != null && partners.isCspTenant(customerTenantId);
        CustomerInvitationPolicy.checkInvitation(reseller, provider, partnerships.between(providerTenantId, resellerTenantId),
                Optional.ofNullable(customerTenantId), targetIsCspTenant).orThrow();

        Instant now = Instant.now(clock);
        String locale = InvitationEmail.supported(reseller.preferredLocale());
        CustomerInvitation invitation = CustomerInvitation.invite(UUID.randomUUID(), resellerTenantId, providerTenantId,
                customerTenantId, locale, user, now, config.customerInvitations().validity());
        invitations.persist(invitation);
        String link = links.issue(CustomerLinkPurpose.CUSTOMER_INVITATION, invitation.id(), customerTenantId, providerTenantId, locale,
                config.customerInvitations().validity()).url();
        InvitationEmail.Draft draft = email.draft(reseller.preferredLocale(), reseller.displayName(), provider.displayName(), link,
                invitation.expiresAt());
        return new View(invitation, reseller.displayName(), provider.displayName(), link, invitation.statusAt(now), draft);
    }

    /**
     * The customer's admin accepts: reseller and provider become partners of record with delegated admin; a customer new to
     * the suite is registered with {@code profile}. {@code versionCheck} sees the invitation's version first (If-Match).
     */
    @Transactional
    public View accept(UUID invitationId, UUID customerTenantId, String user, CustomerInvitationPolicy.CustomerProfile profile,
                       LongConsumer versionCheck) {
        CustomerInvitation invitation = invitations.findForUpdate(invitationId)
                .filter(i -> i.isAddressedTo(customerTenantId))
                .orElseThrow(() -> notFound(invitationId));
        versionCheck.accept(invitation.version());
        Optional<Customer> existing = customers.findForUpdate(customerTenantId);
        KnownPartner provider = partners.known(invitation.providerTenantId());
        Instant now = Instant.now(clock);
        CustomerInvitationPolicy.checkAcceptance(invitation, customerTenantId, partners.isCspTenant(customerTenantId), existing,
                profile, partnerships.between(invitation.providerTenantId(), invitation.resellerTenantId()), provider, now).orThrow();

        UUID reseller = invitation.resellerTenantId();
        Optional<Customer.Registered> registered = existing.isPresent() ? Optional.empty()
                : Optional.of(Customer.register(customerTenantId, profile.companyName(), profile.domain(), profile.country(), null,
                        CustomerRelationship.INDIRECT_RESELLER_CUSTOMER, reseller, reseller, now));
        Customer customer = registered.map(Customer.Registered::customer).orElseGet(existing::orElseThrow);
        var resellerOfRecord = customer.addPartnerOfRecord(reseller, PartnerRole.INDIRECT_RESELLER, true, Via.INVITATION, null, now);
        var providerOfRecord = customer.addPartnerOfRecord(invitation.providerTenantId(), PartnerRole.INDIRECT_PROVIDER, true,
                Via.INVITATION, reseller, now);
        if (registered.isPresent()) {
            customers.persist(customer);
            Inserts.flushOrRefuse(customers::flush, () -> new OptimisticLockException("Customer " + customerTenantId
                    + " was registered by another request at the same moment"));
            events.record(registered.get().event());
        }
        var accepted = invitation.accept(customer, user, now);
        invitations.flush();
        events.record(resellerOfRecord);
        events.record(providerOfRecord);
        agreementStatuses.refresh(customer, now);
        events.record(accepted);
        return view(invitation, now);
    }

    /**
     * The invitation as its reseller and provider see it, and as the customer it is addressed to sees it (for a new customer,
     * any customer admin holding the link); anyone else gets "not found".
     */
    @Transactional
    public View find(UUID invitationId, UUID callerTenantId, boolean customerAdmin) {
        Instant now = Instant.now(clock);
        return invitations.findByIdOptional(invitationId)
                .filter(i -> i.isFromOrTo(callerTenantId) || (customerAdmin && i.isAddressedTo(callerTenantId)
                        && i.acceptedByTenantId().map(callerTenantId::equals).orElse(true)))
                .map(i -> view(i, now))
                .orElseThrow(() -> notFound(invitationId));
    }

    private View view(CustomerInvitation invitation, Instant now) {
        return new View(invitation, partners.nameOf(invitation.resellerTenantId()), partners.nameOf(invitation.providerTenantId()),
                null, invitation.statusAt(now), null);
    }

    private static RefusedException notFound(UUID invitationId) {
        return new RefusedException(Refusal.notFound("Customer invitation", invitationId));
    }
}
