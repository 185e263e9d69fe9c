package org.csptransition.transfer.transition;

import org.csptransition.transfer.support.World;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Many customers of the world's partner, each with one Office 365 subscription, ready or blocked as asked. */
final class Movers {

    private Movers() {
    }

    /** {@code count} customers extended to the provider with the MCA in {@code mca} (null: not extended at all). */
    static List<UUID> customers(World world, String prefix, int count, String mca) {
        List<UUID> customers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("%s %03d", prefix, i);
            UUID customer = world.feed.directBillCustomerOf(world.partner, name);
            if (mca != null) {
                world.feed.extend(customer, name, world.partner, world.provider, World.PROVIDER_NAME, mca);
            }
            world.api.importOffice365(customer, world.partner, 1 + i % 7);
            customers.add(customer);
        }
        return customers;
    }
}
