package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("E5 the customers a partner still has to move, over HTTP")
class CustomersToMoveResourceTest {

    @InjectInfra
    Infrastructure infra;

    @Test
    @DisplayName("E5: three direct-bill customers, one extended to the provider: 1 moved, 2 still to move; the partner and the operator read it, another tenant 404, a customer admin 403")
    void counts() {
        Fixtures fixtures = new Fixtures(infra);
        UUID partner = fixtures.transitionedPartner();
        UUID provider = fixtures.provider();
        fixtures.partnership(provider, partner);
        UUID moved = fixtures.directBillCustomerOf(partner);
        fixtures.directBillCustomerOf(partner);
        fixtures.directBillCustomerOf(partner);
        fixtures.directBillCustomerOf(fixtures.directBillPartner());
        fixtures.extend(partner, moved, provider);

        for (String caller : new String[]{fixtures.as(partner, "SalesAgent"), fixtures.operator()}) {
            given().header("Authorization", caller).get("/v1/partners/" + partner + "/customers-to-move").then().statusCode(200)
                    .body("partnerTenantId", equalTo(partner.toString())).body("directBillCustomers", equalTo(3))
                    .body("moved", equalTo(1)).body("stillToMove", equalTo(2));
        }
        given().header("Authorization", fixtures.as(provider, "AdminAgent")).get("/v1/partners/" + provider + "/customers-to-move")
                .then().statusCode(200).body("directBillCustomers", equalTo(0)).body("stillToMove", equalTo(0));
        given().header("Authorization", fixtures.as(provider, "AdminAgent")).get("/v1/partners/" + partner + "/customers-to-move")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        given().header("Authorization", fixtures.as(partner, "CustomerAdmin")).get("/v1/partners/" + partner + "/customers-to-move")
                .then().statusCode(403);
        given().get("/v1/partners/" + partner + "/customers-to-move").then().statusCode(401);
    }
}
