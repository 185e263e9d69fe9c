package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("Lists: a customer's transfers, and a provider's inbox across customers, newest first and paged")
class TransferListTest {

    @InjectInfra
    Infrastructure infra;

    World world;
    UUID secondCustomer;
    List<String> created = new ArrayList<>();

    @BeforeEach
    void threeRequestsForTwoCustomers() {
        world = World.ready(new Api(infra), new Feed(infra));
        secondCustomer = world.feed.directBillCustomerOf(world.partner, "Adatum");
        world.feed.extend(secondCustomer, "Adatum", world.partner, world.provider, World.PROVIDER_NAME, "ACCEPTED");
        created.add(world.created(world.office365(1)));
        created.add(world.created(world.office365(2)));
        UUID theirs = world.api.importOffice365(secondCustomer, world.partner, 3);
        created.add(world.api.agent(world.partner).body(World.newTransfer(world.provider, theirs))
                .post("/v1/customers/" + secondCustomer + "/transfers").then().statusCode(201).extract().path("id"));
        world.api.agent(world.provider).header("If-Match", world.etag(created.get(0)))
                .body("{\"status\":\"reject\"}").patch(world.transfer(created.get(0))).then().statusCode(200);
    }

    @Test
    @DisplayName("the provider's inbox (role=target) pages through all three, newest first, with a continuation token")
    void inboxPaged() {
        Response first = world.api.agent(world.provider).get("/v1/transfers?role=target&size=2");
        first.then().statusCode(200).body("totalCount", equalTo(2))
                .body("items.id", org.hamcrest.Matchers.contains(created.get(2), created.get(1)));
        String token = first.path("continuationToken");
        assertThat(token).isNotBlank();

        world.api.agent(world.provider).get("/v1/transfers?role=target&size=2&continuationToken=" + token).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(created.get(0)))
                .body("continuationToken", nullValue());
    }

    @Test
    @DisplayName("status filters (any case); role=source is the partner's view; the provider is no source of anything")
    void filters() {
        world.api.agent(world.provider).get("/v1/transfers?role=target&status=active").then()
                .body("items", hasSize(2)).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("Active")));
        world.api.agent(world.provider).get("/v1/transfers?status=Rejected").then().body("items.id", org.hamcrest.Matchers.contains(created.get(0)));
        world.api.agent(world.partner).get("/v1/transfers?role=source").then().body("items", hasSize(3));
        world.api.agent(world.provider).get("/v1/transfers?role=source").then().body("items", hasSize(0));
    }

    @Test
    @DisplayName("a customer's transfers show only that customer's; a stranger to the customer gets 404; a stranger's own list is empty")
    void customerList() {
        world.api.agent(world.partner).get(world.transfers()).then().statusCode(200).body("items", hasSize(2))
                .body("items.customerTenantId", org.hamcrest.Matchers.everyItem(equalTo(world.customer.toString())));
        world.api.agent(world.provider).get("/v1/customers/" + secondCustomer + "/transfers?status=ACTIVE").then().body("items", hasSize(1));
        // not 200 []: an empty page would tell a stranger the customer id is worth probing
        world.api.agent(UUID.randomUUID()).get(world.transfers()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        world.api.agent(UUID.randomUUID()).get("/v1/transfers").then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    @DisplayName("an unknown status, role or token, or a size out of range: 400 with the reason")
    void badInput() {
        world.api.agent(world.provider).get("/v1/transfers?status=Pending").then().statusCode(400).body("code", equalTo("INVALID_STATUS"));
        world.api.agent(world.provider).get("/v1/transfers?role=owner").then().statusCode(400).body("code", equalTo("INVALID_ROLE"));
        world.api.agent(world.provider).get("/v1/transfers?continuationToken=bogus").then().statusCode(400)
                .body("code", equalTo("INVALID_CONTINUATION_TOKEN"));
        world.api.agent(world.provider).get("/v1/transfers?size=0").then().statusCode(400).body("code", equalTo("INVALID_PAGE_SIZE"));
    }
}
