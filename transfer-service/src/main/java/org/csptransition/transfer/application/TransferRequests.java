package org.csptransition.transfer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.partners.KnownPartner;
import org.csptransition.partners.persistence.KnownPartnerRepository;
import org.csptransition.transfer.config.TransferConfig;
import org.csptransition.transfer.domain.CustomerAgreement;
import org.csptransition.transfer.domain.CustomerParty;
import org.csptransition.transfer.domain.OneActiveTransferPerSubscription;
import org.csptransition.transfer.domain.Subscription;
import org.csptransition.transfer.domain.Transfer;
import org.csptransition.transfer.domain.TransferGroups;
import org.csptransition.transfer.domain.TransferRequestPolicy;
import org.csptransition.transfer.persistence.ActiveTransferClaims;
import org.csptransition.transfer.persistence.CustomerAgreementRepository;
import org.csptransition.transfer.persistence.CustomerPartyRepository;
import org.csptransition.transfer.persistence.KnownCustomerRepository;
import org.csptransition.transfer.persistence.PartnerOfRecordRepository;
import org.csptransition.transfer.persistence.SubscriptionRepository;
import org.csptransition.transfer.persistence.TransferRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** T3/T4 Step 1: the source partner requests the transfer of subscriptions of one customer to one indirect provider. */
@ApplicationScoped
public class TransferRequests {

    private static final Logger LOG = Logger.getLogger(TransferRequests.class);

    private final TransferRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final ActiveTransferClaims claims;
    private final KnownPartnerRepository partners;
    private final KnownCustomerRepository customers;
    private final PartnerOfRecordRepository partnersOfRecord;
    private final CustomerAgreementRepository agreements;
    private final TransferEvents events;
    private final TransferConfig config;
    private final CustomerPartyRepository parties;
    private final Clock clock;

    TransferRequests(TransferRepository transfers, SubscriptionRepository subscriptions, ActiveTransferClaims claims,
                     KnownPartnerRepository partners, KnownCustomerRepository customers, PartnerOfRecordRepository partnersOfRecord,
                     CustomerAgreementRepository agreements, TransferEvents events, TransferConfig config,
                     CustomerPartyRepository parties, Clock clock) {
        this.parties = parties;
        this.transfers = transfers;
        this.subscriptions = subscriptions;
        this.claims = claims;
        this.partners = partners;
        this.customers = customers;
        this.partnersOfRecord = partnersOfRecord;
        this.agreements = agreements;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    /**
     * T3: checks the preconditions against the read models, groups add-ons with their bases, claims every subscription
     * for the new request (T4: the database refuses a second active transfer) and publishes transfer.created.v1.
     */
    @Transactional
    public TransferView create(UUID customer, UUID source, UUID target, List<UUID> requested, String by) {
        // a stranger to the customer gets 404 before any fact is checked: "not yet known" is for parties only
        CustomerParty.check(customer, parties.ties(customer, source)).orThrow();
        List<UUID> ids = requested.stream().distinct().toList();
        Optional<KnownPartner> from = partners.findByIdOptional(source);
        Optional<KnownPartner> to = partners.findByIdOptional(target);
        Map<UUID, Subscription> sources = subscriptions.withAddOns(ids).stream()
                .filter(s -> s.isOwnedBy(source) && s.isListedUnderOwner())
                .collect(Collectors.toMap(Subscription::id, Function.identity()));
        Map<UUID, UUID> holders = claims.holders(ids);
        var customerRow = customers.findByIdOptional(customer);
        TransferRequestPolicy.check(new TransferRequestPolicy.Facts(customer, from, target, to, customerRow,
                customerRow.isPresent() ? partnersOfRecord.rolesOf(customer, target) : Set.of(),
                customerRow.isPresent() ? agreements.findByIdOptional(
                        new CustomerAgreement.Key(customer, target)) : Optional.empty(),
                ids.stream().map(id -> new TransferRequestPolicy.RequestedLine(id, Optional.ofNullable(sources.get(id)),
                        Optional.ofNullable(holders.get(id)))).toList())).orThrow();

        List<TransferGroups.Group> groups = TransferGroups.of(ids.stream().map(sources::get).toList(),
                sources.values().stream().filter(s -> s.customerTenantId().equals(customer)).toList());
        Instant now = Instant.now(clock);
        Transfer.Opened opened = Transfer.open(UUID.randomUUID(), new Transfer.Parties(customer,
                        customerRow.orElseThrow().companyName(), source, from.orElseThrow().companyName(), target,
                        to.orElseThrow().companyName()),
                from.get().partnerId(), groups, by, now, config.expiration());
        Transfer transfer = opened.transfer();
        List<UUID> members = groups.stream().flatMap(g -> g.members().stream()).map(Subscription::id).toList();
        // T4: what another request claimed since the check (a race) is refused like what it held before
        OneActiveTransferPerSubscription.check(claims.claim(transfer.id(), members, now)).orThrow();
        transfers.persist(transfer);
        events.record(transfer, opened.event());
        LOG.infof("Transfer %s created for customer %s: %d subscription(s) to %s", transfer.id(), customer, members.size(), target);
        return new TransferView(transfer, members.stream().collect(Collectors.toMap(Function.identity(), id -> sources.get(id).quantity())));
    }
}
