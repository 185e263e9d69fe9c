package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("The audit trail of changes that publish no event: a subscription's import and its seat, status and renewal changes")
class AuditOfChangesWithoutEventsTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("T1 the operator's import and the owner's change of seats and renewal are in the trail of subscription/{id} with who, through which request, before and after; the owner, the customer and the operator read it, another partner gets 404")
    void subscriptionImportAndChange() {
        Api api = new Api(infra);
        Feed feed = new Feed(infra);
        UUID partner = feed.directBillPartner("Audited AB", true);
        UUID customer = feed.directBillCustomerOf(partner, "Contoso");
        UUID subscription = api.importOffice365(customer, partner, 25);
        api.agent(partner).header("X-Correlation-Id", "seats-" + subscription).body("{\"quantity\":30,\"autoRenew\":false}")
                .patch("/v1/customers/" + customer + "/subscriptions/" + subscription).then().statusCode(200);

        JsonPath trail = api.agent(partner).get("/v1/audit-trail/subscription/" + subscription).then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("action", String.class)).containsExactly("subscription.imported", "subscription.changed");
        assertThat(trail.getString("[0].tenantId")).isNotEqualTo(partner.toString());
        assertThat(trail.getString("[1].tenantId")).isEqualTo(partner.toString());
        assertThat(trail.getString("[1].user")).isNotBlank().doesNotStartWith("system:");
        assertThat(trail.getString("[1].correlationId")).isEqualTo("seats-" + subscription);
        JsonPath imported = JsonPath.from(trail.getString("[0].change"));
        assertThat(imported.getInt("quantity")).isEqualTo(25);
        assertThat(imported.getString("offerName")).isEqualTo("Office 365 E3");
        JsonPath changed = JsonPath.from(trail.getString("[1].change"));
        assertThat(changed.getInt("quantity")).isEqualTo(30);
        assertThat(changed.getBoolean("autoRenew")).isFalse();
        assertThat(changed.getInt("before.quantity")).isEqualTo(25);

        api.as(customer, "CustomerAdmin").get("/v1/audit-trail/subscription/" + subscription).then().statusCode(200)
                .body("size()", equalTo(2));
        api.operator().get("/v1/audit-trail/subscription/" + subscription).then().statusCode(200).body("size()", equalTo(2));
        api.agent(feed.directBillPartner("Stranger AB", true)).get("/v1/audit-trail/subscription/" + subscription).then().statusCode(404);
    }
}
