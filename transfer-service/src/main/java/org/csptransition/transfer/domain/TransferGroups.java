package org.csptransition.transfer.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * T3 Add-ons travel with their base: every requested base subscription forms a transfer group with its active add-ons,
 * which join automatically whether they were requested or not. A requested add-on whose base is not requested was refused
 * before ({@link TransferEligibilityPolicy}: {@code ADDON_TRAVELS_WITH_BASE}).
 */
public final class TransferGroups {

    private TransferGroups() {
    }

    /** A base subscription with the add-ons that travel with it; its id is the group's id. */
    public record Group(Subscription base, List<Subscription> addOns) {

        public UUID id() {
            return base.id();
        }

        public List<Subscription> members() {
            List<Subscription> members = new ArrayList<>(addOns.size() + 1);
            members.add(base);
            members.addAll(addOns);
            return members;
        }
    }

    /**
     * @param requested the requested subscriptions, in request order
     * @param candidates every subscription of the source that may join: the requested ones and the add-ons of the requested bases
     */
    public static List<Group> of(List<Subscription> requested, List<Subscription> candidates) {
        Map<UUID, Group> groups = new LinkedHashMap<>();
        for (Subscription subscription : requested) {
            if (!subscription.isAddOn()) {
                groups.putIfAbsent(subscription.id(), new Group(subscription, new ArrayList<>()));
            }
        }
        candidates.stream()
                .filter(s -> s.isAddOn() && s.isActive() && groups.containsKey(s.baseSubscriptionId().orElseThrow()))
                .sorted(Comparator.comparing(Subscription::createdAt).thenComparing(Subscription::id))
                .forEach(addOn -> {
                    List<Subscription> addOns = groups.get(addOn.baseSubscriptionId().orElseThrow()).addOns();
                    if (addOns.stream().noneMatch(a -> a.id().equals(addOn.id()))) {
                        addOns.add(addOn);
                    }
                });
        return List.copyOf(groups.values());
    }
}
