package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.http.VerifiedTokenCache;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("Security: a token on every endpoint, roles as in api.md, and a transfer seen only by its source and target (404 for anyone else)")
class SecurityTest {

    @InjectInfra
    Infrastructure infra;

    World world;
    String id;

    @BeforeEach
    void aTransfer() {
        world = World.ready(new Api(infra), new Feed(infra));
        id = world.created(world.office365(3));
    }

    @Inject
    JWTCallerPrincipalFactory tokenVerifier;

    @Test
    @DisplayName("bearer tokens are verified through the cache of verified tokens (a forged or expired one is still refused: 401)")
    void tokenCacheIsInstalled() {
        assertThat(tokenVerifier).isInstanceOf(VerifiedTokenCache.class);
        String token = world.api.bearer(world.partner, "AdminAgent");
        given().header("Authorization", token).get(world.transfer(id)).then().statusCode(200);
        given().header("Authorization", token).get(world.transfer(id)).then().statusCode(200);
        given().header("Authorization", token.substring(0, token.length() - 4) + "AAAA").get(world.transfer(id)).then().statusCode(401);
    }

    @Test
    @DisplayName("no token: 401 problem on every endpoint")
    void noToken() {
        String t = world.transfer(id);
        for (var call : new String[][] {{"GET", world.transfers()}, {"GET", t}, {"DELETE", t}, {"PATCH", t}, {"POST", t + "/accept"},
                {"POST", t + "/verifications"}, {"GET", "/v1/transfers"}, {"POST", world.transfers()},
                {"GET", "/v1/customers/" + world.customer + "/transferseligibility?transferType=directToIndirect"},
                {"GET", world.subscriptions()}, {"POST", world.subscriptions()}}) {
            given().contentType(ContentType.JSON).body("{}").request(call[0], call[1]).then().statusCode(401)
                    .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        }
    }

    @Test
    @DisplayName("roles: only an AdminAgent requests; a CustomerAdmin accepts, rejects, withdraws and verifies nothing (403)")
    void roles() {
        String t = world.transfer(id);
        world.api.as(world.partner, "SalesAgent", "GlobalAdmin").body(World.newTransfer(world.provider, world.office365(1)))
                .post(world.transfers()).then().statusCode(403);
        world.api.as(world.provider, "CustomerAdmin").post(t + "/accept").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        world.api.as(world.provider, "CustomerAdmin").body("{\"status\":\"reject\"}").patch(t).then().statusCode(403);
        world.api.as(world.partner, "SalesAgent").delete(t).then().statusCode(403);
        world.api.as(world.provider, "CustomerAdmin").post(t + "/verifications").then().statusCode(403);
        world.api.as(world.partner, "CustomerAdmin").body(org.csptransition.transfer.support.Api.subscription(null, "O", "O",
                "OFFICE365_LICENSE", 1, null, null)).post(world.subscriptions()).then().statusCode(403);
    }

    @Test
    @DisplayName("a tenant that is neither source nor target, even the operator, gets 404 on every transfer endpoint")
    void othersGet404() {
        String t = world.transfer(id);
        for (UUID stranger : new UUID[] {UUID.randomUUID(), world.customer}) {
            world.api.agent(stranger).get(t).then().statusCode(404);
            world.api.agent(stranger).delete(t).then().statusCode(404);
            world.api.as(stranger, "AdminAgent").body("{\"status\":\"reject\"}").patch(t).then().statusCode(404);
            world.api.agent(stranger).post(t + "/accept").then().statusCode(404);
            world.api.agent(stranger).post(t + "/verifications").then().statusCode(404);
        }
        world.api.as(Api.OPERATOR_TENANT, "ProgramOperator", "AdminAgent").get(t).then().statusCode(404);
        world.api.agent(world.partner).get("/v1/customers/" + UUID.randomUUID() + "/transfers/" + id).then().statusCode(404);
        world.get(id).then().statusCode(200).body("status", equalTo("Active"));
    }
}
