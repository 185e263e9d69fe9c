package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T2/T11 GET transferseligibility over HTTP: every subscription with a stable reason code")
class TransferEligibilityResourceTest {

    @InjectInfra
    Infrastructure infra;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    String path() {
        return "/v1/customers/" + world.customer + "/transferseligibility?transferType=directToIndirect&targetPartnerTenantId=" + world.provider;
    }

    String item(UUID id, String field) {
        return "find { it.id == '" + id + "' }." + field;
    }

    @Test
    @DisplayName("eligible, not transferable (T11 advice), not active, in an active transfer (named), an add-on: each with its code")
    void everyReason() {
        UUID eligible = world.office365(25);
        UUID base = world.office365(10);
        UUID addOn = world.addOn(base, 10);
        UUID azure = world.azure();
        UUID term = world.api.importSubscription(world.customer, world.partner, "TB-1", "Dynamics 365 Business Central", "TERM_BASED", 5, null, null);
        UUID suspended = world.office365(3);
        world.api.agent(world.partner).body("{\"status\":\"SUSPENDED\"}").patch("/v1/customers/" + world.customer + "/subscriptions/" + suspended)
                .then().statusCode(200);
        String transferId = world.created(base);

        world.api.agent(world.partner).get(path()).then().statusCode(200)
                .body("", hasSize(6))
                .body(item(eligible, "isEligible"), equalTo(true))
                .body(item(eligible, "reasonCode"), nullValue())
                .body(item(azure, "isEligible"), equalTo(true))
                .body(item(term, "isEligible"), equalTo(false))
                .body(item(term, "reasonCode"), equalTo("PRODUCT_TYPE_NOT_TRANSFERABLE"))
                .body(item(term, "reason"), containsString("buy it anew through the indirect provider"))
                .body(item(suspended, "reasonCode"), equalTo("SUBSCRIPTION_NOT_ACTIVE"))
                .body(item(base, "reasonCode"), equalTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER"))
                .body(item(base, "transferId"), equalTo(transferId))
                .body(item(addOn, "reasonCode"), equalTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER"))
                .body(item(addOn, "transferId"), equalTo(transferId));
    }

    @Test
    @DisplayName("an add-on outside any transfer travels with its base; a partner without E6 gets INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED")
    void addOnAndEnrollment() {
        UUID base = world.office365(10);
        UUID addOn = world.addOn(base, 10);
        world.api.agent(world.partner).get(path()).then()
                .body(item(addOn, "reasonCode"), equalTo("ADDON_TRAVELS_WITH_BASE"))
                .body(item(addOn, "reason"), containsString(base.toString()));

        UUID notTransitioned = world.feed.directBillPartner("Litware AB", false);
        UUID theirCustomer = world.feed.directBillCustomerOf(notTransitioned, "Adatum");
        UUID theirs = world.api.importOffice365(theirCustomer, notTransitioned, 4);
        world.api.agent(notTransitioned).get("/v1/customers/" + theirCustomer + "/transferseligibility?transferType=directtoindirect")
                .then().statusCode(200)
                .body(item(theirs, "reasonCode"), equalTo("INDIRECT_RESELLER_ENROLLMENT_NOT_COMPLETED"));
    }

    @Test
    @DisplayName("another transfer type: 400 UNSUPPORTED_TRANSFER_TYPE; a party not learnt yet: 503 with Retry-After; a stranger, "
            + "known or not: 404; a party without subscriptions sees nothing")
    void edges() {
        world.api.agent(world.partner).get("/v1/customers/" + world.customer + "/transferseligibility?transferType=indirecttodirect")
                .then().statusCode(400).body("code", equalTo("UNSUPPORTED_TRANSFER_TYPE"));
        UUID unregistered = UUID.randomUUID();
        UUID theirs = world.feed.directBillCustomerOf(unregistered, "Litware");
        world.api.agent(unregistered).get("/v1/customers/" + theirs + "/transferseligibility?transferType=directToIndirect")
                .then().statusCode(503).header("Retry-After", equalTo("2")).body("context.fact", equalTo("partner"));
        world.api.agent(UUID.randomUUID()).get(path()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        world.api.agent(world.feed.provider("Wingtip")).get(path()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        world.office365(1);
        world.api.agent(world.provider).get(path()).then().statusCode(200).body("", hasSize(0));
    }
}
