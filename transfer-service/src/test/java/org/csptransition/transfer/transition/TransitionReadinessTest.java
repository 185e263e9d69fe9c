package org.csptransition.transfer.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T12 GET /v1/transition-readiness: every customer of the partner, its status for the provider and the single next action")
class TransitionReadinessTest {

    @InjectInfra
    Infrastructure infra;

    World world;
    UUID ready;
    UUID mcaRequired;
    UUID notExtended;
    UUID software;
    UUID underWay;
    UUID empty;

    /** Six customers of one partner, one in each situation readiness tells apart. */
    @BeforeEach
    void sixCustomers() {
        world = World.ready(new Api(infra), new Feed(infra));
        ready = world.customer;
        world.office365(5);
        mcaRequired = extended("B Adatum", "ACCEPTANCE_REQUIRED");
        world.api.importOffice365(mcaRequired, world.partner, 3);
        notExtended = world.feed.directBillCustomerOf(world.partner, "C Litware");
        world.api.importOffice365(notExtended, world.partner, 3);
        software = extended("D Tailspin", "ACCEPTED");
        world.api.importSubscription(software, world.partner, "OFFER-SOFTWARE", "Windows Server", "SOFTWARE", 2, null, null);
        underWay = extended("E Wingtip", "ACCEPTED");
        UUID moving = world.api.importOffice365(underWay, world.partner, 4);
        world.api.agent(world.partner).body(World.newTransfer(world.provider, moving))
                .post("/v1/customers/" + underWay + "/transfers").then().statusCode(201);
        empty = world.feed.directBillCustomerOf(world.partner, "F Fourth Coffee");
    }

    UUID extended(String name, String mca) {
        UUID customer = world.feed.directBillCustomerOf(world.partner, name);
        world.feed.extend(customer, name, world.partner, world.provider, World.PROVIDER_NAME, mca);
        return customer;
    }

    String readiness() {
        return "/v1/transition-readiness?providerTenantId=" + world.provider;
    }

    static Map<String, Object> of(JsonPath json, UUID customer) {
        return json.getMap("items.find { it.customerTenantId == '" + customer + "' }");
    }

    @Test
    @DisplayName("each customer's status, reason, next action and who takes it; totals over all six")
    void everyCustomer() {
        JsonPath json = world.api.agent(world.partner).get(readiness()).then().statusCode(200)
                .body("total", equalTo(6)).body("items", hasSize(6)).extract().jsonPath();

        assertThat(of(json, ready)).containsEntry("status", "READY").containsEntry("nextAction", "CREATE_TRANSFER")
                .containsEntry("actor", "PARTNER").containsEntry("mcaStatus", "ACCEPTED");
        assertThat(json.getString("items.find { it.customerTenantId == '" + ready + "' }.providerPartnerOfRecord.via")).isEqualTo("EXTENSION");
        assertThat(json.getBoolean("items.find { it.customerTenantId == '" + ready + "' }.subscriptions[0].isEligible")).isTrue();
        assertThat(of(json, mcaRequired)).containsEntry("status", "BLOCKED").containsEntry("reasonCode", "MCA_NOT_ACCEPTED")
                .containsEntry("nextAction", "ATTEST_MCA").containsEntry("actor", "PROVIDER");
        assertThat(of(json, notExtended)).containsEntry("status", "BLOCKED").containsEntry("reasonCode", "PROVIDER_NOT_PARTNER_OF_RECORD")
                .containsEntry("nextAction", "EXTEND_RELATIONSHIP_OR_INVITE").containsEntry("actor", "PARTNER");
        assertThat(of(json, notExtended).get("providerPartnerOfRecord")).isNull();
        assertThat(of(json, software)).containsEntry("status", "BLOCKED").containsEntry("reasonCode", "PRODUCT_TYPE_NOT_TRANSFERABLE")
                .containsEntry("nextAction", "CANCEL_AND_BUY_THROUGH_PROVIDER");
        assertThat(of(json, underWay)).containsEntry("status", "IN_PROGRESS").containsEntry("nextAction", "ACCEPT_OR_REJECT_TRANSFER")
                .containsEntry("actor", "PROVIDER");
        assertThat(json.getString("items.find { it.customerTenantId == '" + underWay + "' }.activeTransfers[0].stage"))
                .isEqualTo("AWAITING_PROVIDER_DECISION");
        assertThat(of(json, empty)).containsEntry("status", "DONE").containsEntry("actor", "NONE");

        assertThat(json.getMap("totals")).containsEntry("customers", 6).containsEntry("ready", 1).containsEntry("blocked", 3)
                .containsEntry("inProgress", 1).containsEntry("done", 1);
        assertThat(json.getMap("totals.blockedByReason")).containsEntry("MCA_NOT_ACCEPTED", 1)
                .containsEntry("PROVIDER_NOT_PARTNER_OF_RECORD", 1).containsEntry("PRODUCT_TYPE_NOT_TRANSFERABLE", 1);
    }

    @Test
    @DisplayName("filtered by status and reason, sorted and paged: total counts the matches, totals stay over every customer")
    void filterSortPage() {
        world.api.agent(world.partner).get(readiness() + "&status=blocked&reason=MCA_NOT_ACCEPTED").then().statusCode(200)
                .body("total", equalTo(1)).body("items.customerTenantId", contains(mcaRequired.toString()))
                .body("totals.customers", equalTo(6));
        world.api.agent(world.partner).get(readiness() + "&status=BLOCKED&sort=companyName&order=desc&size=2&page=0").then().statusCode(200)
                .body("total", equalTo(3)).body("items.companyName", contains("D Tailspin", "C Litware"));
        world.api.agent(world.partner).get(readiness() + "&status=blocked&sort=companyName&size=2&page=1").then().statusCode(200)
                .body("items.companyName", contains("D Tailspin"));
    }

    @Test
    @DisplayName("Accept: text/csv exports every matching customer, unpaged, one row each; reasons follow Accept-Language")
    void csvAndLanguage() {
        String csv = world.api.agent(world.partner).header("Accept", "text/csv").get(readiness() + "&size=1").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("customerTenantId,companyName,status,reasonCode,nextAction,actor");
        assertThat(csv).contains(mcaRequired + ",B Adatum,BLOCKED,MCA_NOT_ACCEPTED,ATTEST_MCA,PROVIDER,true,EXTENSION,ACCEPTANCE_REQUIRED,1,1,");

        String reason = world.api.agent(world.partner).header("Accept-Language", "sv-SE").get(readiness() + "&reason=MCA_NOT_ACCEPTED")
                .then().statusCode(200).header("Content-Language", "sv").extract().path("items[0].reason");
        assertThat(reason).contains("Microsoft-kundavtal");
    }

    @Nested
    @DisplayName("refusals")
    class Refusals {

        @Test
        @DisplayName("a role that is not a partner's: 403; no provider or an unknown status: 400")
        void rolesAndQuery() {
            world.api.as(world.partner, "CustomerAdmin").get(readiness()).then().statusCode(403);
            world.api.agent(world.partner).get("/v1/transition-readiness").then().statusCode(400);
            world.api.agent(world.partner).get(readiness() + "&status=almost").then().statusCode(400);
        }

        @Test
        @DisplayName("a target that is no indirect provider: 422 TARGET_NOT_INDIRECT_PROVIDER; one not learnt yet: 503 NOT_YET_KNOWN")
        void provider() {
            world.api.agent(world.partner).get("/v1/transition-readiness?providerTenantId=" + world.partner).then().statusCode(422)
                    .body("code", equalTo("TARGET_NOT_INDIRECT_PROVIDER"));
            world.api.agent(world.partner).get("/v1/transition-readiness?providerTenantId=" + UUID.randomUUID()).then().statusCode(503)
                    .body("code", equalTo("NOT_YET_KNOWN"));
        }

        @Test
        @DisplayName("another partner sees only its own customers: none of these")
        void ownCustomersOnly() {
            UUID other = world.feed.directBillPartner("Other AB", true);
            world.api.agent(other).get(readiness()).then().statusCode(200).body("total", equalTo(0)).body("totals.customers", equalTo(0));
        }
    }
}
