package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.relationship.domain.AgreementAttestation;
import org.csptransition.relationship.domain.AgreementAttestationPolicy;
import org.csptransition.relationship.domain.AgreementCarryOverPolicy;
import org.csptransition.relationship.domain.AgreementTemplatePolicy;
import org.csptransition.relationship.config.RelationshipConfig;
import org.csptransition.relationship.domain.Customer;
import org.csptransition.relationship.persistence.AgreementAttestationRepository;
import org.csptransition.relationship.persistence.CustomerRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.function.LongConsumer;

/**
 * R5: the customer's own acceptance of the Microsoft Customer Agreement, partners' attestations, and the status for a
 * provider they add up to.
 */
@ApplicationScoped
public class CustomerAgreements {

    static final String AGREEMENT_TYPE_UNKNOWN = "AGREEMENT_TYPE_UNKNOWN";

    private final CustomerRepository customers;
    private final AgreementAttestationRepository attestations;
    private final AgreementStatuses statuses;
    private final Customers visibility;
    private final KnownPartners partners;
    private final Clock clock;
    private final RelationshipConfig config;
    private final ChangeAudit audit;

    CustomerAgreements(CustomerRepository customers, AgreementAttestationRepository attestations, AgreementStatuses statuses,
                       Customers visibility, KnownPartners partners, Clock clock, RelationshipConfig config, ChangeAudit audit) {
        this.audit = audit;
        this.config = config;
        this.customers = customers;
        this.attestations = attestations;
        this.statuses = statuses;
        this.visibility = visibility;
        this.partners = partners;
        this.clock = clock;
    }

    /** R5: the metadata of the Microsoft Customer Agreement in force (the one attestations name). */
    public AgreementTemplatePolicy.Metadata current() {
        return AgreementTemplatePolicy.current(config.pages().agreementTemplateId(), config.pages().agreementLink());
    }

    /** The agreements a partner can attest, of {@code agreementType} when given (the only type there is). */
    public List<AgreementTemplatePolicy.Metadata> metadata(String agreementType) {
        checkType(agreementType);
        return List.of(current());
    }

    /** An attestation with the attesting partner's name. */
    public record Attestation(AgreementAttestation attestation, String attestedByName) {
    }

    /** The customer's status for a provider and why. */
    public record ProviderStatus(UUID customerTenantId, UUID providerTenantId, String providerName,
                                 AgreementCarryOverPolicy.Standing standing) {
    }

    /** A direct-bill partner or a provider of the customer attests its acceptance. */
    @Transactional
    public Attestation attest(UUID customerTenantId, UUID partnerTenantId, String user, AgreementAttestation.Attested attested) {
        Customer customer = attestable(customerTenantId, partnerTenantId).orElseThrow(() -> Customers.notFound(customerTenantId));
        Instant now = Instant.now(clock);
        check(customer, partnerTenantId, attested, now).orThrow();
        return record(customer, partnerTenantId, user, attested, now);
    }

    /** One line of a bulk attestation: the customer, and what is attested for it. */
    public record BulkItem(UUID customerTenantId, AgreementAttestation.Attested attested) {
    }

    /** What became of one line: the attestation made, or every reason the single attestation would have refused it with. */
    public record BulkOutcome(BulkItem item, Attestation attestation, List<Refusal> refusals) {

        public boolean attested() {
            return attestation != null;
        }
    }

    /**
     * R5 in bulk: each line is judged by the rules of a single attestation, on its own, and answered in the order given;
     * a refused line changes nothing and does not stop the others. A line sees the lines before it (the same contact
     * twice for one customer: the second is DUPLICATE_ATTESTATION). One transaction, so the whole answer is stored with
     * the Idempotency-Key and a replay never contradicts it.
     */
    @Transactional
    public List<BulkOutcome> attestAll(UUID partnerTenantId, String user, List<BulkItem> items) {
        Instant now = Instant.now(clock);
        BulkOutcome[] outcomes = new BulkOutcome[items.size()];
        // customers are locked in the order of their ids, whatever the order of the list, so that two bulk requests over
        // the same customers wait for each other instead of deadlocking; the sort is stable, so one customer's lines keep
        // their order
        List<Integer> order = new ArrayList<>(IntStream.range(0, items.size()).boxed().toList());
        order.sort(Comparator.comparing(i -> items.get(i).customerTenantId()));
        for (int i : order) {
            BulkItem item = items.get(i);
            Optional<Customer> customer = attestable(item.customerTenantId(), partnerTenantId);
            if (customer.isEmpty()) {
                outcomes[i] = new BulkOutcome(item, null, List.of(Refusal.notFound("Customer", item.customerTenantId())));
                continue;
            }
            Outcome outcome = check(customer.get(), partnerTenantId, item.attested(), now);
            outcomes[i] = outcome.isRefused() ? new BulkOutcome(item, null, outcome.refusals())
                    : new BulkOutcome(item, record(customer.get(), partnerTenantId, user, item.attested(), now), List.of());
        }
        return List.of(outcomes);
    }

    /** The customer, locked, when the partner is one of its parties (never the customer itself). */
    private Optional<Customer> attestable(UUID customerTenantId, UUID partnerTenantId) {
        return customers.findForUpdate(customerTenantId).filter(c -> c.isParty(partnerTenantId) && !c.tenantId().equals(partnerTenantId));
    }

    private Outcome check(Customer customer, UUID partnerTenantId, AgreementAttestation.Attested attested, Instant now) {
        return AgreementAttestationPolicy.check(customer, partnerTenantId, attested, attestations.ofCustomer(customer.tenantId()), now)
                .and(AgreementTemplatePolicy.check(attested.templateId(), current()));
    }

    private Attestation record(Customer customer, UUID partnerTenantId, String user, AgreementAttestation.Attested attested, Instant now) {
        AgreementAttestation attestation = AgreementAttestation.record(UUID.randomUUID(), customer.tenantId(), partnerTenantId,
                AgreementAttestationPolicy.attesterRole(customer, partnerTenantId).orElseThrow(), attested, user, now);
        attestations.persist(attestation);
        // the contact's personal data stays in the attestation (GET .../agreements/{id}); the trail names which one and what it says
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("attestationId", attestation.id().toString());
        change.put("attestedByTenantId", partnerTenantId.toString());
        change.put("attesterRole", attestation.attesterRole().name());
        change.put("templateId", attested.templateId());
        change.put("dateAgreed", attested.dateAgreed() == null ? null : attested.dateAgreed().toString());
        audit.record(ChangeAudit.CUSTOMER, customer.tenantId(), ChangeAudit.AGREEMENT_ATTESTED, Set.of(customer.tenantId(), partnerTenantId), change);
        statuses.refresh(customer, now);
        return new Attestation(attestation, partners.nameOf(partnerTenantId));
    }

    /** The partners' attestations; {@code agreementType}, when given, must be the only type there is. */
    @Transactional
    public List<Attestation> attestations(UUID customerTenantId, UUID callerTenantId, String agreementType) {
        checkType(agreementType);
        visibility.visible(customerTenantId, callerTenantId);
        return attestations.ofCustomer(customerTenantId).stream()
                .map(a -> new Attestation(a, partners.nameOf(a.attestedByTenantId()))).toList();
    }

    private static void checkType(String agreementType) {
        if (agreementType != null && !agreementType.equals(AgreementAttestation.MICROSOFT_CUSTOMER_AGREEMENT)) {
            throw new RefusedException(Refusal.malformed(AGREEMENT_TYPE_UNKNOWN, "agreementType", "agreementType must be "
                    + AgreementAttestation.MICROSOFT_CUSTOMER_AGREEMENT).with("agreementType", AgreementAttestation.MICROSOFT_CUSTOMER_AGREEMENT));
        }
    }

    @Transactional
    public Attestation attestation(UUID customerTenantId, UUID attestationId, UUID callerTenantId) {
        visibility.visible(customerTenantId, callerTenantId);
        return attestations.findByIdOptional(attestationId).filter(a -> a.customerTenantId().equals(customerTenantId))
                .map(a -> new Attestation(a, partners.nameOf(a.attestedByTenantId())))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Agreement", attestationId)));
    }

    /**
     * The customer accepts the agreement itself (in the Microsoft 365 admin center); it carries over to every provider.
     * Accepting again changes nothing. {@code versionCheck} sees the customer's version first (If-Match).
     */
    @Transactional
    public Customer acceptOwn(UUID customerTenantId, UUID callerTenantId, String user, boolean isSigned, LongConsumer versionCheck) {
        Customer customer = customers.findForUpdate(customerTenantId).filter(c -> c.tenantId().equals(callerTenantId))
                .orElseThrow(() -> Customers.notFound(customerTenantId));
        versionCheck.accept(customer.version());
        AgreementAttestationPolicy.checkOwnAcceptance(isSigned).orThrow();
        Instant now = Instant.now(clock);
        if (customer.acceptAgreement(user, now)) {
            audit.record(ChangeAudit.CUSTOMER, customerTenantId, ChangeAudit.AGREEMENT_ACCEPTED, Set.of(customerTenantId),
                    Map.of("agreementType", AgreementAttestation.MICROSOFT_CUSTOMER_AGREEMENT, "isSigned", isSigned));
            statuses.refresh(customer, now);
            customers.flush();
        }
        return customer;
    }

    @Transactional
    public Customer ownAcceptance(UUID customerTenantId, UUID callerTenantId) {
        return visibility.visible(customerTenantId, callerTenantId);
    }

    /** R5: ACCEPTED or ACCEPTANCE_REQUIRED for the provider, and on what basis. */
    @Transactional
    public ProviderStatus statusFor(UUID customerTenantId, UUID callerTenantId, UUID providerTenantId) {
        Customer customer = visibility.visible(customerTenantId, callerTenantId);
        return new ProviderStatus(customerTenantId, providerTenantId, partners.nameOf(providerTenantId),
                statuses.standing(customer, providerTenantId));
    }
}
