package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.Jwts;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.http.VerifiedTokenCache;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
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
                {"GET", world.subscriptions()}, {"POST", world.subscriptions()}, {"GET", t + "/handover"},
                {"GET", "/v1/transition-readiness?providerTenantId=" + world.provider}, {"POST", "/v1/transition-waves"},
                {"GET", "/v1/transition-waves"}, {"GET", "/v1/transition-waves/" + UUID.randomUUID()},
                {"GET", "/v1/transition-waves/" + UUID.randomUUID() + "/handover"}, {"POST", "/v1/transfers/bulk-decisions"},
                {"POST", "/v1/transfers/bulk-verifications"}}) {
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
    @DisplayName("default deny by role: every operation answers 403 to a token with each suite role it does not admit")
    void roleSweep() {
        String t = world.transfer(id);
        String s = world.subscriptions() + "/" + world.office365(1);
        String newSubscription = Api.subscription(null, "O", "O", "OFFICE365_LICENSE", 1, null, null);
        String partners = "GlobalAdmin,AdminAgent,SalesAgent";
        // method, path, body, the roles it admits
        String[][] operations = {
                {"GET", world.subscriptions(), null, partners},
                {"POST", world.subscriptions(), newSubscription, "ProgramOperator,AdminAgent"},
                {"GET", s, null, partners},
                {"PATCH", s, "{\"quantity\":2}", "GlobalAdmin,AdminAgent"},
                {"GET", "/v1/customers/" + world.customer + "/transferseligibility?transferType=directToIndirect", null, partners},
                {"POST", world.transfers(), World.newTransfer(world.provider, world.office365(1)), "AdminAgent"},
                {"GET", world.transfers(), null, partners},
                {"GET", "/v1/transfers", null, partners},
                {"GET", t, null, partners},
                {"DELETE", t, null, "AdminAgent"},
                {"PATCH", t, "{\"status\":\"reject\"}", "AdminAgent,SalesAgent"},
                {"POST", t + "/accept", null, "AdminAgent,SalesAgent"},
                {"POST", t + "/verifications", null, "AdminAgent,SalesAgent"},
                {"GET", "/v1/known-customers/" + world.customer, null, partners + ",ProgramOperator"},
                {"GET", t + "/handover", null, partners},
                {"GET", "/v1/transition-readiness?providerTenantId=" + world.provider, null, partners},
                {"POST", "/v1/transition-waves", "{\"providerTenantId\":\"" + world.provider + "\",\"allReady\":true}", "AdminAgent"},
                {"GET", "/v1/transition-waves", null, partners},
                {"GET", "/v1/transition-waves/" + UUID.randomUUID(), null, partners},
                {"GET", "/v1/transition-waves/" + UUID.randomUUID() + "/handover", null, partners},
                {"POST", "/v1/transfers/bulk-decisions", "{\"decision\":\"reject\",\"transferIds\":[\"" + id + "\"]}", "AdminAgent,SalesAgent"},
                {"POST", "/v1/transfers/bulk-verifications", "{\"transferIds\":[\"" + id + "\"]}", "AdminAgent,SalesAgent"}};
        for (String[] op : operations) {
            for (String role : Roles.ALL) {
                if (List.of(op[3].split(",")).contains(role)) {
                    continue;
                }
                // the operator's role from the operator's tenant: refused for what it does not admit, not merely ignored
                UUID tenant = role.equals(Roles.PROGRAM_OPERATOR) ? Jwts.OPERATOR_TENANT : world.partner;
                var request = world.api.as(tenant, role);
                if (op[2] != null) {
                    request = request.body(op[2]);
                }
                var response = request.request(op[0], op[1]);
                assertThat(response.statusCode()).as("%s %s as %s: %s", op[0], op[1], role, response.asString()).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        world.get(id).then().statusCode(200).body("status", equalTo("Active"));
    }

    @Test
    @DisplayName("ProgramOperator claimed from a tenant that is not the operator's: no import in a partner's name (403), nothing bought")
    void operatorRoleFromAnotherTenantBuysNothing() {
        UUID pretender = UUID.randomUUID();
        String inPartnersName = Api.subscription(world.partner, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null);
        world.api.as(pretender, "ProgramOperator").body(inPartnersName).post(world.subscriptions())
                .then().statusCode(403).contentType("application/problem+json");
        world.api.as(world.partner, "ProgramOperator").body(inPartnersName).post(world.subscriptions())
                .then().statusCode(403);
        world.api.agent(world.partner).get(world.subscriptions()).then().statusCode(200)
                .body("items.findAll { it.offerId == 'O365' }", org.hamcrest.Matchers.empty());
    }

    @Test
    @DisplayName("a stranger to the customer, whether its own profile is known or not, gets 404 on every customer endpoint")
    void strangersToTheCustomerGet404() {
        UUID knownStranger = world.feed.directBillPartner("Tailspin", true);
        String newSubscription = Api.subscription(null, "O365", "Office 365 E3", "OFFICE365_LICENSE", 1, null, null);
        for (UUID stranger : new UUID[] {UUID.randomUUID(), knownStranger}) {
            world.api.agent(stranger).get(world.subscriptions()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            world.api.agent(stranger).body(newSubscription).post(world.subscriptions()).then().statusCode(404);
            world.api.agent(stranger).get("/v1/customers/" + world.customer + "/transferseligibility?transferType=directToIndirect")
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            world.api.agent(stranger).get(world.transfers()).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            world.api.agent(stranger).body(World.newTransfer(world.provider, world.office365(1))).post(world.transfers())
                    .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            world.api.agent(stranger).get("/v1/known-customers/" + world.customer).then().statusCode(404);
            // its own list across customers is simply empty: nothing of anybody else's
            world.api.agent(stranger).get("/v1/transfers").then().statusCode(200).body("items", org.hamcrest.Matchers.hasSize(0));
        }
        // the parties still see theirs
        world.api.agent(world.partner).get(world.transfers()).then().statusCode(200);
        world.api.as(world.provider, "SalesAgent").get(world.transfers()).then().statusCode(200);
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
        world.api.as(Jwts.OPERATOR_TENANT, "ProgramOperator", "AdminAgent").get(t).then().statusCode(404);
        world.api.agent(world.partner).get("/v1/customers/" + UUID.randomUUID() + "/transfers/" + id).then().statusCode(404);
        world.get(id).then().statusCode(200).body("status", equalTo("Active"));
    }
}
