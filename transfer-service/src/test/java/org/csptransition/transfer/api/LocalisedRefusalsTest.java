package org.csptransition.transfer.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.transfer.support.Api;
import org.csptransition.transfer.support.Feed;
import org.csptransition.transfer.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;

/**
 * Refusals answer in the caller's language ({@code Accept-Language}: en, sv, nl, fr; English otherwise), with the same
 * status, code and context in every language, and say which language in {@code Content-Language}.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "transfer-service"))
@DisplayName("Refusals in the caller's language: Swedish for sv-SE, French for fr-FR, English for anything else")
class LocalisedRefusalsTest {

    static final String FOURTH_COFFEE = "Fourth Coffee Distribution";

    @InjectInfra
    Infrastructure infra;

    World world;

    @BeforeEach
    void world() {
        world = World.ready(new Api(infra), new Feed(infra));
    }

    @Test
    @DisplayName("T3 MCA not accepted (409): the detail in Swedish with the provider and the status filled in, Content-Language sv")
    void mcaInSwedish() {
        UUID provider = world.feed.provider(FOURTH_COFFEE);
        world.feed.extend(world.customer, World.CUSTOMER_NAME, world.partner, provider, FOURTH_COFFEE, "ACCEPTANCE_REQUIRED");

        world.api.agent(world.partner).header("Accept-Language", "sv-SE").body(World.newTransfer(provider, world.office365(3)))
                .post(world.transfers()).then().statusCode(409)
                .header("Content-Language", "sv")
                .body("code", equalTo("MCA_NOT_ACCEPTED"))
                .body("detail", equalTo("Kundens Microsoft-kundavtal är ACCEPTANCE_REQUIRED för " + FOURTH_COFFEE
                        + ": leverantören måste intyga det eller kunden godkänna det"))
                .body("context.mcaStatus", equalTo("ACCEPTANCE_REQUIRED"));
    }

    @Test
    @DisplayName("T3 a line that is not the partner's (422): errors[] in Swedish naming the subscription; T4 the holder named in Swedish (409)")
    void linesInSwedish() {
        UUID unknown = UUID.randomUUID();
        world.api.agent(world.partner).header("Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5").body(World.newTransfer(world.provider, unknown))
                .post(world.transfers()).then().statusCode(422)
                .header("Content-Language", "sv")
                .body("code", equalTo("SUBSCRIPTION_NOT_FOUND"))
                .body("errors[0].field", equalTo("lineItems[0].subscriptionId"))
                .body("errors[0].message", equalTo("Prenumerationen " + unknown + " är inte en av partnerns prenumerationer"));

        UUID subscription = world.office365(2);
        String holder = world.created(subscription);
        world.api.agent(world.partner).header("Accept-Language", "sv-SE").body(World.newTransfer(world.provider, subscription))
                .post(world.transfers()).then().statusCode(409)
                .body("code", equalTo("TRANSFER_SUBSCRIPTION_IN_ACTIVE_TRANSFER"))
                .body("detail", equalTo("Prenumerationen " + subscription + " ingår redan i den aktiva överföringen " + holder
                        + "; dra tillbaka den först eller vänta tills den är avslutad"))
                .body("context.transferId", equalTo(holder));
    }

    @Test
    @DisplayName("T2/T11 the eligibility reasons in Swedish; a malformed page size (400) in Swedish too")
    void eligibilityAndInputInSwedish() {
        UUID term = world.api.importSubscription(world.customer, world.partner, "TB-1", "Dynamics 365 Business Central", "TERM_BASED", 5,
                null, null);
        world.api.agent(world.partner).header("Accept-Language", "sv-SE")
                .get("/v1/customers/" + world.customer + "/transferseligibility?transferType=directToIndirect").then().statusCode(200)
                .header("Content-Language", "sv")
                .body("find { it.id == '" + term + "' }.reasonCode", equalTo("PRODUCT_TYPE_NOT_TRANSFERABLE"))
                .body("find { it.id == '" + term + "' }.reason", equalTo("Endast licensbaserade Office 365-prenumerationer och Azure "
                        + "pay-as-you-go (MS-AZR-0145P) flyttas genom överföring från direkt till indirekt; den här är TERM_BASED: säg upp "
                        + "den och köp den på nytt via den indirekta leverantören"));

        world.api.agent(world.provider).header("Accept-Language", "sv-SE").get("/v1/transfers?size=0").then().statusCode(400)
                .header("Content-Language", "sv")
                .body("code", equalTo("INVALID_PAGE_SIZE"))
                .body("detail", equalTo("size måste vara mellan 1 och 200"));
    }

    @Test
    @DisplayName("T6 the source may not accept (403) in French; a language the suite does not speak gets English, Content-Language en")
    void frenchAndFallback() {
        String id = world.created(world.office365(3));
        world.api.agent(world.partner).header("Accept-Language", "fr-FR").post(world.transfer(id) + "/accept").then().statusCode(403)
                .header("Content-Language", "fr")
                .body("code", equalTo("NOT_THE_TARGET_PROVIDER"))
                .body("detail", equalTo("Seul le fournisseur à qui la demande est adressée peut l'accepter ou la refuser"));
        world.api.agent(world.partner).header("Accept-Language", "de-DE").post(world.transfer(id) + "/accept").then().statusCode(403)
                .header("Content-Language", "en")
                .body("detail", equalTo("Only the provider the request is addressed to may accept or reject it"));
    }
}
