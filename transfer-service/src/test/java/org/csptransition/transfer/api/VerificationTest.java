package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Events;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("T8/T9 steps 3 and 4 over HTTP: checked, recorded, in order, then closed")
class VerificationTest {

    @InjectInfra
    Infrastructure infra;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    String verifications(String id) {
        return world.transfer(id) + "/verifications";
    }

    @Test
    @DisplayName("T9: the partner reactivated its moved original: step 4 is refused 409 VERIFICATION_FAILED naming it, nothing recorded; suspended again, step 4 closes the request")
    void partnerVerificationFails() {
        UUID license = world.office365(5);
        String id = world.created(license);
        world.accept(id).then().statusCode(200);
        world.api.agent(world.provider).post(verifications(id)).then().statusCode(200);
        world.patchSubscription(license, "{\"status\":\"ACTIVE\"}");
        world.api.agent(world.partner).body("{\"quantity\":9}").patch(world.subscriptions() + "/" + license).then().statusCode(409)
                .body("code", equalTo("SUBSCRIPTION_TRANSFERRED"));

        world.api.agent(world.partner).post(verifications(id)).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("VERIFICATION_FAILED"))
                .body("detail", containsString(license.toString()));
        world.get(id).then().statusCode(200).body("stage", equalTo("AWAITING_PARTNER_VERIFICATION"))
                .body("verifications.partner", org.hamcrest.Matchers.nullValue());

        world.patchSubscription(license, "{\"status\":\"SUSPENDED\"}");
        world.api.agent(world.partner).post(verifications(id)).then().statusCode(200).body("holds", equalTo(true))
                .body("transfer.stage", equalTo("CLOSED"));
    }

    @Test
    @DisplayName("provider then partner: each report holds and records who and when; afterwards the request is CLOSED")
    void inOrder() {
        UUID license = world.office365(5);
        UUID azure = world.azure();
        String id = world.created(license, azure);
        world.api.agent(world.provider).post(verifications(id)).then().statusCode(409)
                .body("code", equalTo("VERIFICATION_OUT_OF_ORDER")).body("context.stage", equalTo("AWAITING_PROVIDER_DECISION"));
        world.accept(id).then().statusCode(200);
        world.api.agent(world.partner).post(verifications(id)).then().statusCode(409).body("code", equalTo("VERIFICATION_OUT_OF_ORDER"));

        world.api.as(world.provider, "SalesAgent").header("If-Match", world.etag(id)).post(verifications(id)).then().statusCode(200)
                .body("step", equalTo("PROVIDER")).body("holds", equalTo(true)).body("checks", hasSize(2))
                .body("checks[0].check", equalTo("NEW_SUBSCRIPTION_LISTED_UNDER_PROVIDER"))
                .body("verifiedBy", equalTo("user@" + world.provider))
                .body("transfer.stage", equalTo("AWAITING_PARTNER_VERIFICATION"))
                .body("transfer.verifications.provider.verifiedBy", equalTo("user@" + world.provider));
        world.api.agent(world.provider).post(verifications(id)).then().statusCode(409).body("code", equalTo("VERIFICATION_OUT_OF_ORDER"));

        world.api.agent(world.partner).header("If-Match", world.etag(id)).post(verifications(id)).then().statusCode(200)
                .body("step", equalTo("PARTNER"))
                .body("checks.check", org.hamcrest.Matchers.contains("ORIGINAL_SUSPENDED", "ORIGINAL_NO_LONGER_LISTED"))
                .body("transfer.stage", equalTo("CLOSED"))
                .body("transfer.status", equalTo("Complete"))
                .body("transfer.verifications.partner.verifiedBy", equalTo("user@" + world.partner));
        world.api.agent(world.partner).post(verifications(id)).then().statusCode(409).body("context.stage", equalTo("CLOSED"));

        try (Events events = new Events(infra)) {
            var all = events.awaitAbout(id, EventType.TRANSFER_PROVIDER_VERIFIED, EventType.TRANSFER_PARTNER_VERIFIED);
            EventEnvelope provider = Events.only(all, EventType.TRANSFER_PROVIDER_VERIFIED);
            EventEnvelope partner = Events.only(all, EventType.TRANSFER_PARTNER_VERIFIED);
            Events.assertGoldenShape(provider);
            Events.assertGoldenShape(partner);
            assertThat(partner.data().get("providerVerifiedBy").asText()).isEqualTo("user@" + world.provider);
        }
    }

    @Test
    @DisplayName("not true: the provider suspended a new subscription before verifying: 409 VERIFICATION_FAILED with what is wrong")
    void notTrue() {
        String id = world.created(world.office365(5));
        String newId = world.accept(id).then().statusCode(200).extract().path("newSubscriptions[0].id");
        world.api.agent(world.provider).body("{\"status\":\"suspended\"}").patch(world.subscriptions() + "/" + newId).then().statusCode(200);

        world.api.agent(world.provider).post(verifications(id)).then().statusCode(409)
                .body("code", equalTo("VERIFICATION_FAILED"))
                .body("context.failedChecks[0].newSubscriptionId", equalTo(newId))
                .body("context.failedChecks[0].detail", containsString("SUSPENDED"));
        world.get(id).then().body("stage", equalTo("AWAITING_PROVIDER_VERIFICATION"));
    }

    @Test
    @DisplayName("a failed request is not verified (ENDED); a stale ETag is 412; a stranger gets 404")
    void edges() {
        UUID base = world.office365(5);
        String id = world.created(base);
        String stale = world.etag(id);
        world.patchSubscription(base, "{\"status\":\"suspended\"}");
        world.accept(id).then().body("transfer.status", equalTo("Failed"));

        world.api.agent(world.provider).post(verifications(id)).then().statusCode(409).body("context.stage", equalTo("ENDED"));
        world.api.agent(world.provider).header("If-Match", stale).post(verifications(id)).then().statusCode(412);
        world.api.agent(UUID.randomUUID()).post(verifications(id)).then().statusCode(404);
    }
}
