package org.csptransition.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.eligibility.domain.EscalationPolicy;
import org.csptransition.eligibility.domain.ProgramStatus;
import org.csptransition.eligibility.persistence.PartnerSearchRepository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * E5 the operator's queue of restricted partners: every RESTRICTED or SUSPENDED direct-bill program with the day it was
 * restricted and the days the escalation this deployment configured would suspend and revoke it ({@link EscalationPolicy};
 * unset days: no date, the restriction never escalates that way).
 */
@ApplicationScoped
public class RestrictedPartners {

    public enum Sort { RESTRICTED_ON, SUSPENDS_ON, REVOKES_ON, PARTNER_ID, COMPANY_NAME }

    public record Item(UUID tenantId, String partnerId, String companyName, String country, String status, LocalDate restrictedOn,
                       LocalDate suspendsOn, LocalDate revokesOn) {
    }

    public record Page(List<Item> items, int page, int size, int total) {
    }

    private final PartnerSearchRepository repository;
    private final DirectBillPolicies policies;

    RestrictedPartners(PartnerSearchRepository repository, DirectBillPolicies policies) {
        this.repository = repository;
        this.policies = policies;
    }

    @Transactional
    public Page page(String status, Sort sort, boolean descending, int page, int size) {
        EscalationPolicy escalation = policies.escalation();
        List<Item> all = repository.restricted().stream()
                .filter(r -> status == null || status.equals(r.status()))
                .map(r -> {
                    ProgramStatus current = ProgramStatus.valueOf(r.status());
                    return new Item(r.tenantId(), r.partnerId(), r.companyName(), r.country(), r.status(), r.restrictedOn(),
                            escalation.suspendsOn(current, r.restrictedOn()).orElse(null),
                            escalation.revokesOn(current, r.restrictedOn()).orElse(null));
                })
                .sorted(descending ? comparator(sort).reversed() : comparator(sort))
                .toList();
        int from = (int) Math.min((long) page * size, all.size());
        return new Page(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    /** Missing dates sort last (ascending): a restriction that never escalates is the least urgent. */
    private static Comparator<Item> comparator(Sort sort) {
        Comparator<LocalDate> dates = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<Item> key = switch (sort) {
            case RESTRICTED_ON -> Comparator.comparing(Item::restrictedOn, dates);
            case SUSPENDS_ON -> Comparator.comparing(Item::suspendsOn, dates);
            case REVOKES_ON -> Comparator.comparing(Item::revokesOn, dates);
            case PARTNER_ID -> Comparator.comparing(Item::partnerId);
            case COMPANY_NAME -> Comparator.comparing(Item::companyName, String.CASE_INSENSITIVE_ORDER);
        };
        return key.thenComparing(Item::tenantId);
    }
}
