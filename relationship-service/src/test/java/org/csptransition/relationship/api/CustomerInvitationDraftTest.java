package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R4 the invitation's e-mail draft, in the reseller's language, with the link")
class CustomerInvitationDraftTest {

    @InjectInfra
    Infrastructure infra;

    @ParameterizedTest(name = "a reseller in {0} gets a {1} draft")
    @CsvSource(delimiter = '|', value = {
            "sv-SE | sv-SE | Inbjudan: återförsäljarrelation med Fabrikam AB och Northwind | Länken kan användas en gång",
            "nl-NL | nl-NL | Uitnodiging: resellerrelatie met Fabrikam AB en Northwind     | De link kan één keer worden gebruikt",
            "fr-FR | fr-FR | Invitation : relation de revendeur avec Fabrikam AB et Northwind | Le lien ne peut être utilisé qu'une seule fois",
            "en-US | en-US | Invitation: reseller relationship with Fabrikam AB and Northwind | The link can be used once",
            "de-DE | en-US | Invitation: reseller relationship with Fabrikam AB and Northwind | The link can be used once"})
    void draftInTheResellersLanguage(String resellerLocale, String draftLocale, String subjectStart, String bodyPart) {
        Fixtures fixtures = new Fixtures(infra);
        UUID reseller = fixtures.transitionedPartner(resellerLocale);
        UUID provider = fixtures.provider("Northwind Distribution AB", "SE");
        fixtures.partnership(provider, reseller);

        var draft = given().header("Authorization", fixtures.as(reseller, "AdminAgent")).contentType(ContentType.JSON)
                .body("{\"indirectProviderTenantId\": \"" + provider + "\"}").post("/v1/customer-invitations")
                .then().statusCode(201).extract().jsonPath();

        assertThat(draft.getString("emailDraft.locale")).isEqualTo(draftLocale);
        assertThat(draft.getString("emailDraft.subject")).startsWith(subjectStart.strip());
        assertThat(draft.getString("emailDraft.body"))
                .contains(bodyPart.strip())
                .contains(draft.getString("link"))
                .contains("Fabrikam AB", "Northwind Distribution AB")
                .doesNotContain("{");
        assertThat(draft.getString("link")).matches("http://127\\.0\\.0\\.1:8082/customer/links/[A-Za-z0-9_-]{43}");
    }
}
