package org.csptransition.eligibility.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.http.Roles;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Default deny by role, then by object: every operation admits only the roles it names (any other gets 403, also the
 * ProgramOperator role claimed from a tenant that is not the program owner's), and a tenant the caller is no party to
 * is 404, whether or not it is registered.
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "eligibility-service"))
@DisplayName("Access: roles per operation (403) and strangers (404) over HTTP")
class AccessResourceTest {

    static final Set<String> READERS = Set.of(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.PROGRAM_OPERATOR);
    static final Set<String> GLOBAL_ADMIN = Set.of(Roles.GLOBAL_ADMIN);
    static final Set<String> OPERATOR = Set.of(Roles.PROGRAM_OPERATOR);
    /** The operator imports; a GlobalAdmin registers its own tenant (E6). */
    static final Set<String> OPERATOR_OR_GLOBAL_ADMIN = Set.of(Roles.PROGRAM_OPERATOR, Roles.GLOBAL_ADMIN);

    @InjectInfra
    Infrastructure infra;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(infra);
    }

    /** One operation with the roles it admits and a body it would accept. */
    record Operation(String method, String path, Set<String> admits, String body) {

        boolean tenantScoped() {
            return path.contains("{tenant}");
        }

        Response send(String bearer, UUID tenant) {
            RequestSpecification request = given().header("Authorization", bearer);
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body.replace("{tenant}", tenant.toString()));
            }
            return request.request(method, path.replace("{tenant}", tenant.toString()));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Operation> operations() {
        String partner = PartnerResourceTest.aPartnerJson(UUID.randomUUID(), Api.aPartnerId(), "eva@fabrikam.se")
                .replaceFirst("\"tenantId\": \"[^\"]+\"", "\"tenantId\": \"{tenant}\"");
        String p = "/v1/partners/{tenant}";
        return List.of(
                new Operation("POST", "/v1/partners", OPERATOR_OR_GLOBAL_ADMIN, partner),
                new Operation("GET", p, READERS, null),
                new Operation("PATCH", p, GLOBAL_ADMIN, "{ \"preferredLocale\": \"sv-SE\" }"),
                new Operation("POST", p + "/revenue-records", OPERATOR, """
                        { "records": [ { "month": "2020-09", "amountUsd": "1.00", "category": "CLOUD", "invoiceStatus": "PAID", "role": "INDIRECT_RESELLER" } ] }"""),
                new Operation("GET", p + "/revenue/trailing-twelve-months?asOf=2021-05-01", READERS, null),
                new Operation("GET", p + "/direct-bill-eligibility?asOf=2021-05-01", READERS, null),
                new Operation("POST", p + "/direct-bill-enrollment", GLOBAL_ADMIN, null),
                new Operation("GET", p + "/direct-bill-enrollment", READERS, null),
                new Operation("POST", p + "/direct-bill-enrollment/credit-check", OPERATOR, "{ \"result\": \"PASSED\" }"),
                new Operation("PUT", p + "/support-plan", GLOBAL_ADMIN, "{ \"plan\": \"ASFP\" }"),
                new Operation("POST", "/v1/capability-reviews", OPERATOR, "{ \"asOf\": \"2021-05-01\" }"),
                new Operation("POST", p + "/indirect-reseller-enrollment", GLOBAL_ADMIN, null),
                new Operation("GET", p + "/indirect-reseller-enrollment", READERS, null),
                new Operation("DELETE", p + "/indirect-reseller-enrollment", GLOBAL_ADMIN, null),
                new Operation("POST", p + "/indirect-reseller-enrollment/decision", OPERATOR, "{ \"decision\": \"APPROVE\" }"),
                new Operation("POST", p + "/indirect-reseller-enrollment/agreement-acceptance", GLOBAL_ADMIN, null));
    }

    /** A token with {@code role} from where it counts: the program owner's tenant for the operator, else the partner itself. */
    String bearer(String role, UUID tenant) {
        return role.equals(Roles.PROGRAM_OPERATOR) ? api.operator() : api.tenant(tenant, role);
    }

    @Test
    @DisplayName("every operation answers 403 problem+json to each suite role it does not admit, to no role and to unknown roles")
    void roleSweep() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            List<String> bearers = new ArrayList<>();
            for (String role : Roles.ALL) {
                if (!operation.admits().contains(role)) {
                    bearers.add(bearer(role, tenant));
                }
            }
            bearers.add(api.tenant(tenant));
            bearers.add(api.tenant(tenant, "Owner", "admin", "globaladmin"));
            for (String bearer : bearers) {
                Response response = operation.send(bearer, tenant);
                if (response.statusCode() != 403 || !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(operation + " → " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertThat(wrong).as("operations that did not answer 403").isEmpty();
    }

    @Test
    @DisplayName("ProgramOperator claimed from a tenant that is not the program owner's: 403 on registration, revenue, decisions and reviews")
    void operatorFromAnotherTenant() {
        UUID tenant = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        UUID stranger = UUID.randomUUID();
        for (String bearer : List.of(api.tenant(stranger, Roles.PROGRAM_OPERATOR), api.tenant(tenant, Roles.PROGRAM_OPERATOR),
                api.tenant(stranger, Roles.PROGRAM_OPERATOR, Roles.GLOBAL_ADMIN))) {
            for (Operation operation : operations()) {
                if (operation.admits().equals(OPERATOR)) {
                    Response response = operation.send(bearer, operation.path().equals("/v1/partners") ? UUID.randomUUID() : tenant);
                    assertThat(response.statusCode()).as(operation.toString()).isEqualTo(403);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }
        }
        // nothing was recorded for the partner
        given().header("Authorization", api.operator()).when()
                .get("/v1/partners/" + tenant + "/revenue/trailing-twelve-months?asOf=2021-05-01")
                .then().statusCode(200).body("months", org.hamcrest.Matchers.hasSize(12))
                .body("totalUsd", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo("0"), org.hamcrest.Matchers.equalTo("0.00")));
    }

    @Test
    @DisplayName("a tenant the caller is no party to is 404 NOT_FOUND on every operation about it, registered or not")
    void strangersGetNotFound() {
        UUID registered = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        UUID unknown = UUID.randomUUID();
        UUID stranger = api.register("ASFP", "DIRECT_BILL:2017-03-01");
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.tenantScoped()) {
                continue;
            }
            for (UUID tenant : List.of(registered, unknown)) {
                for (String role : operation.admits()) {
                    // the operator is party to every partner: for it only a tenant that is not registered is unknown
                    if (role.equals(Roles.PROGRAM_OPERATOR) && tenant.equals(registered)) {
                        continue;
                    }
                    String bearer = role.equals(Roles.PROGRAM_OPERATOR) ? api.operator() : api.tenant(stranger, role);
                    Response response = operation.send(bearer, tenant);
                    if (response.statusCode() != 404 || !"NOT_FOUND".equals(response.path("code"))) {
                        wrong.add(operation + " as " + role + " on " + (tenant.equals(registered) ? "a registered" : "an unknown")
                                + " tenant → " + response.statusCode() + " " + response.asString());
                    }
                }
            }
        }
        assertThat(wrong).as("operations that did not answer 404 NOT_FOUND").isEmpty();
    }
}
