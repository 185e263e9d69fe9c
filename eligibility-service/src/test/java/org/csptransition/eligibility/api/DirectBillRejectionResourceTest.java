package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.partner.DirectBillEnrollmentRejected;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("E4 the operator rejects a direct-bill application for another reason than the credit check, over HTTP")
class DirectBillRejectionResourceTest {

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    UUID anApplication() {
        UUID tenant = api.register(null, "INDIRECT_RESELLER:2015-01-01");
        api.attestAll(tenant);
        api.twelveMonths(tenant, Api.lastFullMonth(), "25000.00");
        given().header("Authorization", api.admin(tenant)).when().post("/v1/partners/" + tenant + "/direct-bill-enrollment")
                .then().statusCode(201);
        return tenant;
    }

    ValidatableResponse reject(UUID tenant, String authorization, String reason) {
        return given().header("Authorization", authorization).header("Accept-Language", "fr").contentType(ContentType.JSON)
                .body(reason == null ? "{}" : "{ \"reason\": \"" + reason + "\" }")
                .when().post("/v1/partners/" + tenant + "/direct-bill-enrollment/rejection").then();
    }

    @Test
    @DisplayName("E4 a negative review rejects the application with its text (REVIEW_NEGATIVE), also after a passed credit check; directbill.enrollment.rejected.v1 is published")
    void negativeReview() {
        UUID tenant = anApplication();
        given().header("Authorization", api.operator()).contentType(ContentType.JSON).body("{ \"result\": \"PASSED\" }")
                .when().post("/v1/partners/" + tenant + "/direct-bill-enrollment/credit-check").then().statusCode(200);
        try (TopicReader topic = new TopicReader(infra, Topics.PARTNER_EVENTS)) {
            reject(tenant, api.operator(), "The business address could not be verified").statusCode(200)
                    .body("status", equalTo("REJECTED"))
                    .body("rejection.reasonCode", equalTo("REVIEW_NEGATIVE"))
                    .body("rejection.reason", equalTo("The business address could not be verified"));
            List<EventEnvelope> events = Api.awaitEvents(topic, tenant, EventType.DIRECT_BILL_ENROLLMENT_REJECTED);
            DirectBillEnrollmentRejected rejected = Api.only(events, EventType.DIRECT_BILL_ENROLLMENT_REJECTED)
                    .payload(DirectBillEnrollmentRejected.class);
            assertThat(rejected.reasonCode()).isEqualTo("REVIEW_NEGATIVE");
            assertThat(rejected.reason()).isEqualTo("The business address could not be verified");
        }
        given().header("Authorization", api.admin(tenant)).contentType(ContentType.JSON).body("{ \"plan\": \"ASFP\" }")
                .when().put("/v1/partners/" + tenant + "/support-plan").then().statusCode(409).body("code", equalTo("CREDIT_CHECK_NOT_PASSED"));
    }

    @Test
    @DisplayName("E4 a rejection needs a reason (400 without), comes once (409 ENROLLMENT_CLOSED), only from the operator, only for an application")
    void refusals() {
        UUID tenant = anApplication();
        reject(tenant, api.operator(), null).statusCode(400);
        reject(tenant, api.admin(tenant), "mine").statusCode(403);
        reject(UUID.randomUUID(), api.operator(), "nobody").statusCode(404);
        UUID neverApplied = api.register(null, "INDIRECT_RESELLER:2015-01-01");
        reject(neverApplied, api.operator(), "never").statusCode(409).body("code", equalTo("NO_DIRECT_BILL_APPLICATION"));
        reject(tenant, api.operator(), "Incomplete documents").statusCode(200);
        reject(tenant, api.operator(), "Again").statusCode(409).body("code", equalTo("ENROLLMENT_CLOSED"))
                .header("Content-Language", "fr");
    }
}
