package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.partner.PartnerProgramChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.csptransition.relationship.Fixtures.anImportJson;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("E7 no CSP-to-CSP resale over HTTP")
class NoCspToCspResaleTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    /** Only the program operator brings a named tenant in (a partner's new customer gets a tenant id from the suite). */
    io.restassured.response.ValidatableResponse register(UUID partner, UUID customer, String companyName) {
        return given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON)
                .body(anImportJson(customer, partner, companyName)).post("/v1/customer-imports").then();
    }

    @Test
    @DisplayName("E7: another partner's CSP tenant cannot be registered as a customer: 422 CUSTOMER_IS_CSP_PARTNER_TENANT on tenantId")
    void anotherPartnersTenant() {
        UUID partner = fixtures.directBillPartner();
        UUID otherPartner = fixtures.provider();

        register(partner, otherPartner, "Northwind Distribution AB").statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CUSTOMER_IS_CSP_PARTNER_TENANT"))
                .body("errors[0].field", equalTo("tenantId"));
        given().header("Authorization", fixtures.as(otherPartner, "CustomerAdmin")).get("/v1/customers/" + otherPartner)
                .then().statusCode(404);
    }

    @Test
    @DisplayName("E7: nor its own tenant, nor a tenant known only from a program event (its registration not arrived yet)")
    void ownAndPartiallyKnownTenant() {
        UUID partner = fixtures.directBillPartner();
        UUID partiallyKnown = UUID.randomUUID();
        fixtures.publish(new PartnerProgramChanged(partiallyKnown, "DIRECT_BILL", null, "ACTIVE", LocalDate.now(), List.of(), null));
        fixtures.awaitKnown(partiallyKnown, p -> true);

        register(partner, partner, "Fabrikam AB").statusCode(422).body("code", equalTo("CUSTOMER_IS_CSP_PARTNER_TENANT"));
        register(partner, partiallyKnown, "Adatum AB").statusCode(422).body("code", equalTo("CUSTOMER_IS_CSP_PARTNER_TENANT"));
    }

    @Test
    @DisplayName("E7: a non-CSP tenant of the same company can be a customer")
    void sameCompanyOtherTenant() {
        UUID partner = fixtures.directBillPartner();
        UUID otherPartner = fixtures.provider("Northwind Distribution AB", "SE");
        UUID companysOfficeTenant = UUID.randomUUID();

        register(partner, companysOfficeTenant, "Northwind Distribution AB").statusCode(201)
                .body("tenantId", equalTo(companysOfficeTenant.toString()))
                .body("companyName", equalTo("Northwind Distribution AB"));
        register(partner, otherPartner, "Northwind Distribution AB").statusCode(422)
                .body("code", equalTo("CUSTOMER_IS_CSP_PARTNER_TENANT"));
    }
}
