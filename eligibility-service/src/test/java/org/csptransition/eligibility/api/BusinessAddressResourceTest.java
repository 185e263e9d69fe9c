package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E1 a partner's business address is complete, over HTTP")
class BusinessAddressResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    ValidatableResponse register(UUID tenant, String address, String language) {
        return given().header("Authorization", api.operator()).header("Accept-Language", language).contentType(ContentType.JSON).body("""
                { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE", "preferredLocale": "sv-SE",
                  "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                  "mpnMembershipActive": true, "businessAddress": %s,
                  "programs": [ { "program": "INDIRECT_RESELLER", "status": "ACTIVE", "since": "2015-01-01" } ] }
                """.formatted(tenant, Api.aPartnerId(), address))
                .when().post("/v1/partners").then();
    }

    @Test
    @DisplayName("E1 an address without city and postal code is refused with BUSINESS_ADDRESS_INCOMPLETE for each, in the caller's language; a complete one is stored")
    void incompleteAddress() {
        register(UUID.randomUUID(), "{ \"line1\": \"Kungsgatan 10\", \"country\": \"SE\" }", "sv-SE")
                .statusCode(422).header("Content-Language", "sv").body("code", equalTo("BUSINESS_ADDRESS_INCOMPLETE"))
                .body("errors.field", contains("businessAddress.city", "businessAddress.postalCode"))
                .body("errors[0].message", equalTo("Företagsadressen är ofullständig: city saknas."));
        UUID tenant = UUID.randomUUID();
        register(tenant, "{ \"line1\": \"Kungsgatan 10\", \"city\": \"Stockholm\", \"postalCode\": \"111 43\", \"country\": \"SE\" }", "en")
                .statusCode(201).body("businessAddress.city", equalTo("Stockholm"));
    }
}
