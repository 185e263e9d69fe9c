package org.csptransition.relationship.api;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventEnvelope;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.events.relationship.CustomerRegistered;
import org.csptransition.platform.events.relationship.PartnerOfRecordAdded;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.csptransition.relationship.Fixtures.DIRECT_BILL;
import static org.csptransition.relationship.Fixtures.INDIRECT_RESELLER;
import static org.csptransition.relationship.Fixtures.aCustomerJson;
import static org.csptransition.relationship.Fixtures.program;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R2 customers and their partners of record over HTTP")
class CustomersTest {

    @InjectInfra
    Infrastructure infra;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(infra);
    }

    io.restassured.response.ValidatableResponse register(UUID caller, String body) {
        return given().header("Authorization", fixtures.as(caller, "AdminAgent")).contentType(ContentType.JSON).body(body)
                .post("/v1/customers").then();
    }

    @Nested
    @DisplayName("a direct-bill partner's customers")
    class DirectBill {

        @Test
        @DisplayName("R2: a direct-bill partner creates a customer: 201 with a tenant id the suite assigns, customer.registered.v1 and partner-of-record.added.v1 like their samples")
        void registers() {
            UUID partner = fixtures.directBillPartner();
            try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
                var created = register(partner, aCustomerJson("Contoso")).statusCode(201)
                        .body("callerRoles", contains("DIRECT_BILL_PARTNER")).extract();
                UUID customer = UUID.fromString(created.path("tenantId"));
                assertThat(created.header("Location")).endsWith("/v1/customers/" + customer);

                EventEnvelope registered = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_REGISTERED, e -> true);
                assertThat(Fixtures.fieldNames(registered)).isEqualTo(Fixtures.sampleFieldNames(EventType.CUSTOMER_REGISTERED));
                CustomerRegistered payload = registered.payload(CustomerRegistered.class);
                assertThat(payload.relationship()).isEqualTo("DIRECT_BILL_CUSTOMER");
                assertThat(payload.partnerName()).isEqualTo("Fabrikam AB");
                assertThat(payload.registeredByTenantId()).isEqualTo(partner);
                EventEnvelope added = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED, e -> true);
                assertThat(Fixtures.fieldNames(added)).isEqualTo(Fixtures.sampleFieldNames(EventType.CUSTOMER_PARTNER_OF_RECORD_ADDED));
                PartnerOfRecordAdded por = added.payload(PartnerOfRecordAdded.class);
                assertThat(por.role()).isEqualTo("DIRECT_BILL_PARTNER");
                assertThat(por.via()).isEqualTo("DIRECT");
                assertThat(por.delegatedAdmin()).isTrue();
                assertThat(por.customerName()).isEqualTo("Contoso");

                given().header("Authorization", fixtures.as(partner, "SalesAgent")).get("/v1/customers/" + customer + "/relationships")
                        .then().statusCode(200)
                        .body("items.partnerTenantId", contains(partner.toString()))
                        .body("items[0].partnerName", equalTo("Fabrikam AB"))
                        .body("items[0].role", equalTo("DIRECT_BILL_PARTNER"))
                        .body("items[0].delegatedAdmin", equalTo(true))
                        .body("items[0].via", equalTo("DIRECT"));
            }
        }

        @Test
        @DisplayName("R2: the program operator imports a partner's existing customer with its tenant id: the partner is its DIRECT_BILL_PARTNER of record, also when restricted (E5)")
        void operatorImports() {
            UUID partner = fixtures.directBillPartner();
            fixtures.changeProgram(partner, DIRECT_BILL, "RESTRICTED");
            UUID customer = UUID.randomUUID();

            given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON)
                    .body(Fixtures.anImportJson(customer, partner, "Contoso")).post("/v1/customer-imports").then().statusCode(201)
                    .header("Location", containsString("/v1/customers/" + customer))
                    .body("tenantId", equalTo(customer.toString()));
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers/" + customer + "/relationships")
                    .then().statusCode(200)
                    .body("items.partnerTenantId", contains(partner.toString()))
                    .body("items[0].role", equalTo("DIRECT_BILL_PARTNER"))
                    .body("items[0].delegatedAdmin", equalTo(true));
            given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer).then().statusCode(200);
        }

        @Test
        @DisplayName("R2: an import for a partner without direct bill is 422 DIRECT_BILL_PROGRAM_NOT_ACTIVE; for a partner not known yet the retryable 503 NOT_YET_KNOWN")
        void importRefusals() {
            UUID provider = fixtures.provider();

            given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON)
                    .body(Fixtures.anImportJson(UUID.randomUUID(), provider, "Contoso")).post("/v1/customer-imports").then()
                    .statusCode(422).body("code", equalTo("DIRECT_BILL_PROGRAM_NOT_ACTIVE"))
                    .body("errors[0].field", equalTo("directBillPartnerTenantId"));
            given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON)
                    .body(Fixtures.anImportJson(UUID.randomUUID(), UUID.randomUUID(), "Contoso")).post("/v1/customer-imports").then()
                    .statusCode(503).header("Retry-After", "2").body("code", equalTo("NOT_YET_KNOWN"));
        }

        @Test
        @DisplayName("R2: for its direct-bill customer the partner orders, manages reservations and order history, buys software, bills directly")
        void directBillCapabilities() {
            UUID partner = fixtures.directBillPartner();
            UUID customer = fixtures.directBillCustomerOf(partner);

            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers/" + customer)
                    .then().statusCode(200)
                    .body("capabilities", hasItems("CREATE_ORDERS", "MANAGE_AZURE_RESERVATIONS", "MANAGE_ORDER_HISTORY", "BUY_SOFTWARE", "BILL_DIRECTLY"))
                    .body("capabilities", not(hasItem("MANAGE_LICENSES")));
        }

        @Test
        @DisplayName("R2/E5: a restricted direct-bill partner cannot add customers (422 DIRECT_BILL_RESTRICTED) and no longer buys for its existing ones")
        void restricted() {
            UUID partner = fixtures.directBillPartner();
            UUID existing = fixtures.directBillCustomerOf(partner);
            fixtures.changeProgram(partner, DIRECT_BILL, "RESTRICTED");

            register(partner, aCustomerJson("Contoso")).statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("DIRECT_BILL_RESTRICTED"));
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers/" + existing)
                    .then().statusCode(200)
                    .body("capabilities", hasItems("MANAGE_EXISTING_SUBSCRIPTIONS", "BILL_DIRECTLY"))
                    .body("capabilities", not(hasItem("CREATE_ORDERS")));
        }

        @Test
        @DisplayName("R2: an indirect reseller cannot create customer tenants: 422 RESELLER_CANNOT_CREATE_CUSTOMERS")
        void resellerCannotCreate() {
            UUID reseller = fixtures.partner("Litware Reseller AB", "SE", "sv-SE", program(INDIRECT_RESELLER, "ACTIVE"));

            register(reseller, aCustomerJson("Contoso")).statusCode(422)
                    .body("code", equalTo("RESELLER_CANNOT_CREATE_CUSTOMERS"));
        }
    }

    @Nested
    @DisplayName("a provider creating a customer for a reseller")
    class ForReseller {

        @Test
        @DisplayName("R2: both become partners of record with delegated admin; the reseller manages licenses, the provider orders; the MCA status for the provider is published")
        void providerCreates() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.partner("Litware Reseller AB", "SE", "sv-SE", program(INDIRECT_RESELLER, "ACTIVE"));
            fixtures.partnership(provider, reseller);
            String body = Fixtures.aCustomerJsonFor(fixtures.partnerIdOf(reseller), "Contoso");
            UUID customer;
            try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
                customer = UUID.fromString(register(provider, body).statusCode(201).body("callerRoles", contains("INDIRECT_PROVIDER"))
                        .extract().path("tenantId"));

                CustomerRegistered registered = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_REGISTERED, e -> true)
                        .payload(CustomerRegistered.class);
                assertThat(registered.relationship()).isEqualTo("INDIRECT_RESELLER_CUSTOMER");
                assertThat(registered.partnerTenantId()).isEqualTo(reseller);
                assertThat(registered.registeredByTenantId()).isEqualTo(provider);
                EventEnvelope status = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, e -> true);
                assertThat(Fixtures.fieldNames(status)).isEqualTo(Fixtures.sampleFieldNames(EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED));
                AgreementStatusChanged changed = status.payload(AgreementStatusChanged.class);
                assertThat(changed.status()).isEqualTo("ACCEPTANCE_REQUIRED");
                assertThat(changed.previousStatus()).isNull();
                assertThat(changed.resellerTenantId()).isEqualTo(reseller);
                assertThat(changed.resellerName()).isEqualTo("Litware Reseller AB");
            }
            given().header("Authorization", fixtures.as(reseller, "AdminAgent")).get("/v1/customers/" + customer + "/relationships")
                    .then().statusCode(200)
                    .body("items.role", containsInAnyOrder("INDIRECT_RESELLER", "INDIRECT_PROVIDER"))
                    .body("items.delegatedAdmin", contains(true, true));
            given().header("Authorization", fixtures.as(reseller, "AdminAgent")).get("/v1/customers/" + customer)
                    .then().body("capabilities", hasItems("MANAGE_LICENSES", "MANAGE_USERS", "MANAGE_RENEWALS"))
                    .body("capabilities", not(hasItem("CREATE_ORDERS")));
            given().header("Authorization", fixtures.as(provider, "AdminAgent")).get("/v1/customers/" + customer)
                    .then().body("capabilities", hasItem("CREATE_ORDERS"));
        }

        @Test
        @DisplayName("R2: without an active partnership: 422 PARTNERSHIP_NOT_ACTIVE; for an unknown PartnerID: 422 RESELLER_PARTNER_ID_UNKNOWN")
        void refusals() {
            UUID provider = fixtures.provider();
            UUID reseller = fixtures.transitionedPartner();
            String withoutPartnership = Fixtures.aCustomerJsonFor(fixtures.partnerIdOf(reseller), "Contoso");
            String unknown = Fixtures.aCustomerJsonFor("1", "Contoso");

            register(provider, withoutPartnership).statusCode(422).body("code", equalTo("PARTNERSHIP_NOT_ACTIVE"))
                    .body("errors[0].field", equalTo("associatedPartnerId"));
            register(provider, unknown).statusCode(422).body("code", equalTo("RESELLER_PARTNER_ID_UNKNOWN"));
        }
    }

    @Nested
    @DisplayName("customers cannot be claimed")
    class NoClaims {

        @Test
        @DisplayName("R2: a partner naming a tenantId gets 422 CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE, for another partner's customer exactly as for an unknown id; the customer stays the other partner's")
        void tenantIdRefused() {
            UUID owner = fixtures.directBillPartner();
            UUID customer = fixtures.directBillCustomerOf(owner);
            UUID claimant = fixtures.directBillPartner();
            UUID unknown = UUID.randomUUID();

            var existing = register(claimant, Fixtures.anImportJson(customer, claimant, "Contoso")
                    .replace("\"directBillPartnerTenantId\": \"" + claimant + "\", ", "")).statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo("CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE"))
                    .body("errors[0].field", equalTo("tenantId")).extract();
            var notExisting = register(claimant, Fixtures.anImportJson(unknown, claimant, "Contoso")
                    .replace("\"directBillPartnerTenantId\": \"" + claimant + "\", ", "")).statusCode(422).extract();
            assertThat(existing.<String>path("detail")).isEqualTo(notExisting.<String>path("detail"));
            assertThat(existing.<Object>path("context")).isEqualTo(notExisting.<Object>path("context"));

            given().header("Authorization", fixtures.as(claimant, "AdminAgent")).get("/v1/customers/" + customer).then().statusCode(404);
            given().header("Authorization", fixtures.as(owner, "AdminAgent")).get("/v1/customers/" + customer + "/relationships")
                    .then().statusCode(200).body("items.partnerTenantId", contains(owner.toString()));
        }

        @Test
        @DisplayName("R2: a partner's tenantId is refused before anything else, so even a caller not known yet learns nothing of the tenant")
        void refusedBeforeTheCallerIsKnown() {
            UUID customer = fixtures.directBillCustomerOf(fixtures.directBillPartner());
            String body = aCustomerJson("Contoso").replace("{ \"companyName\"", "{ \"tenantId\": \"" + customer + "\", \"companyName\"");

            register(UUID.randomUUID(), body).statusCode(422).body("code", equalTo("CUSTOMER_TENANT_ID_ASSIGNED_BY_SUITE"));
        }

        @Test
        @DisplayName("R2: only the program operator imports: a partner's roles get 403, and so does ProgramOperator from a tenant that is not the operator's")
        void onlyTheOperatorImports() {
            UUID partner = fixtures.directBillPartner();
            String body = Fixtures.anImportJson(UUID.randomUUID(), partner, "Contoso");

            for (String role : new String[] {"GlobalAdmin", "AdminAgent", "SalesAgent", "CustomerAdmin"}) {
                given().header("Authorization", fixtures.as(partner, role)).contentType(ContentType.JSON).body(body)
                        .post("/v1/customer-imports").then().statusCode(403);
            }
            given().header("Authorization", fixtures.as(partner, "ProgramOperator", "AdminAgent")).contentType(ContentType.JSON).body(body)
                    .post("/v1/customer-imports").then().statusCode(403);
            given().header("Authorization", fixtures.as(UUID.randomUUID(), "ProgramOperator")).contentType(ContentType.JSON).body(body)
                    .post("/v1/customer-imports").then().statusCode(403);
            given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON).body(aCustomerJson("Contoso"))
                    .post("/v1/customers").then().statusCode(403);
        }
    }

    @Nested
    @DisplayName("security and conventions")
    class Security {

        @Test
        @DisplayName("only parties see a customer: its partners of record and the customer itself; anyone else 404, also for relationships and billing profile")
        void partiesOnly() {
            UUID partner = fixtures.directBillPartner();
            UUID customer = fixtures.directBillCustomerOf(partner);
            String stranger = fixtures.as(fixtures.directBillPartner(), "GlobalAdmin");

            given().header("Authorization", stranger).get("/v1/customers/" + customer).then().statusCode(404);
            given().header("Authorization", stranger).get("/v1/customers/" + customer + "/relationships").then().statusCode(404);
            given().header("Authorization", stranger).get("/v1/customers/" + customer + "/billing-profile").then().statusCode(404);
            given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer)
                    .then().statusCode(200).body("capabilities", contains("ACCEPT_CUSTOMER_AGREEMENT"));
            given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers")
                    .then().statusCode(200).body("items.tenantId", contains(customer.toString()));
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers/" + customer + "/billing-profile")
                    .then().statusCode(200).body("email", equalTo("billing@contoso.se")).body("address.city", equalTo("Malmö"));
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers")
                    .then().statusCode(200).body("items.tenantId", contains(customer.toString()));
        }

        @Test
        @DisplayName("a second import of the tenant is 409 CUSTOMER_ALREADY_REGISTERED; the same Idempotency-Key replays the first, for a partner's create too (the same tenant id)")
        void duplicates() {
            UUID partner = fixtures.directBillPartner();
            UUID customer = UUID.randomUUID();
            String key = UUID.randomUUID().toString();
            String body = Fixtures.anImportJson(customer, partner, "Contoso");

            given().header("Authorization", fixtures.operator()).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/v1/customer-imports").then().statusCode(201);
            given().header("Authorization", fixtures.operator()).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/v1/customer-imports").then().statusCode(201)
                    .header("Idempotent-Replayed", "true");
            given().header("Authorization", fixtures.operator()).contentType(ContentType.JSON).body(body)
                    .post("/v1/customer-imports").then().statusCode(409).body("code", equalTo("CUSTOMER_ALREADY_REGISTERED"));

            String created = aCustomerJson("Contoso");
            String first = given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(created).post("/v1/customers").then().statusCode(201).extract().path("tenantId");
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(created).post("/v1/customers").then().statusCode(201)
                    .header("Idempotent-Replayed", "true").body("tenantId", equalTo(first));
        }

        @Test
        @DisplayName("concurrent imports of the same tenant: one 201, the others 409 CUSTOMER_ALREADY_REGISTERED, never a 500, and one customer with one partner of record")
        void concurrentImports() throws Exception {
            UUID partner = fixtures.directBillPartner();
            UUID customer = UUID.randomUUID();
            String body = Fixtures.anImportJson(customer, partner, "Contoso");
            String operator = fixtures.operator();
            int callers = 6;
            var start = new java.util.concurrent.CountDownLatch(1);
            var pool = java.util.concurrent.Executors.newFixedThreadPool(callers);
            try {
                var answers = new java.util.ArrayList<java.util.concurrent.Future<io.restassured.response.ExtractableResponse<io.restassured.response.Response>>>();
                for (int i = 0; i < callers; i++) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().header("Authorization", operator).contentType(ContentType.JSON).body(body)
                                .post("/v1/customer-imports").then().extract();
                    }));
                }
                start.countDown();
                var statuses = new java.util.ArrayList<Integer>();
                for (var answer : answers) {
                    var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertThat(response.<String>path("code")).isEqualTo("CUSTOMER_ALREADY_REGISTERED");
                    }
                }
                assertThat(statuses).containsOnlyOnce(201).filteredOn(s -> s != 201).containsOnly(409);
            } finally {
                pool.shutdownNow();
            }
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers").then().statusCode(200)
                    .body("items.tenantId", contains(customer.toString()));
            given().header("Authorization", fixtures.as(partner, "AdminAgent")).get("/v1/customers/" + customer + "/relationships")
                    .then().statusCode(200).body("items.partnerTenantId", contains(partner.toString()));
        }

        @Test
        @DisplayName("a SalesAgent may not register (403), fields are validated (400), a caller not known yet gets a retryable 503 NOT_YET_KNOWN")
        void conventions() {
            UUID partner = fixtures.directBillPartner();
            given().header("Authorization", fixtures.as(partner, "SalesAgent")).contentType(ContentType.JSON)
                    .body(aCustomerJson("Contoso")).post("/v1/customers").then().statusCode(403);
            register(partner, aCustomerJson("Contoso").replace("\"country\": \"SE\",", "\"country\": \"Sweden\","))
                    .statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("country"));
            register(UUID.randomUUID(), aCustomerJson("Contoso")).statusCode(503).header("Retry-After", "2")
                    .body("code", equalTo("NOT_YET_KNOWN"));
        }
    }
}
