package org.csptransition.system;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import org.csptransition.infra.Infrastructure;
import org.csptransition.infra.SuiteService;
import org.csptransition.infra.journey.Journey;
import org.csptransition.infra.journey.Narrator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal reference page (docs/portal/) in Debian's headless Chromium, served from an origin of its own as a partner
 * portal is: through the TypeScript clients generated from docs/api/ (compiled to ES modules in docs/portal/client/, which
 * the page's server is seen to serve) it calls each service with a dev token, reads ETag and Location, gets 304 on a
 * repeated read; served from an origin nobody configured, the browser refuses its calls. Runs in the Maven profile
 * browser (active where /usr/bin/chromium exists).
 */
@DisplayName("A partner portal in the browser")
class PortalBrowserIT {

    static RunningSuite suite;
    static HttpServer portal;
    static HttpServer stranger;
    static ChromeDriver browser;
    static Path userData;
    /** Every file the portal's own server served, so a test sees which modules of the generated clients the page loaded. */
    static final Set<String> served = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() throws IOException {
        suite = RunningSuite.shared();
        Path pages = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize().resolve("docs/portal");
        portal = serve(pages, suite.portalPort, served);
        stranger = serve(pages, Infrastructure.freePort(), ConcurrentHashMap.newKeySet());
        userData = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + userData);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        portal.stop(0);
        stranger.stop(0);
    }

    /** A static file server, as a portal's own web server would be. */
    static HttpServer serve(Path root, int port, Set<String> served) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            served.add(root.relativize(file).toString().replace('\\', '/'));
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", file.toString().endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    String page(HttpServer server, UUID tenant) {
        String token = suite.token(tenant, "GlobalAdmin", "AdminAgent").substring("Bearer ".length());
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/index.html"
                + "?eligibility=" + encode(suite.url(SuiteService.ELIGIBILITY)) + "&relationship=" + encode(suite.url(SuiteService.RELATIONSHIP))
                + "&transfer=" + encode(suite.url(SuiteService.TRANSFER)) + "&notification=" + encode(suite.url(SuiteService.NOTIFICATION))
                + "#token=" + token;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String cell(String service, int column) {
        return browser.findElement(By.cssSelector("#read-" + service + " td:nth-child(" + column + ")")).getText();
    }

    void readAndWait(String button) {
        browser.executeScript("document.getElementById('reads').innerHTML = ''");
        browser.findElement(By.id(button)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.findElements(By.cssSelector("#reads tr")).size() == 4);
    }

    @Test
    @DisplayName("from the configured origin: every service answers with an ETag, a repeated read is 304, an application gets a Location")
    void configuredOrigin() {
        UUID tenant = registerAndAwaitEverywhere();
        browser.get(page(portal, tenant));

        readAndWait("load");
        assertThat(served).as("the generated clients' modules the page imports")
                .contains("client/eligibility/runtime.js", "client/eligibility/apis/PartnersApi.js",
                        "client/eligibility/apis/IndirectResellerEnrollmentApi.js", "client/eligibility/models/EligibilityPartnerResponse.js",
                        "client/relationship/runtime.js", "client/relationship/apis/ReadModelsApi.js",
                        "client/transfer/runtime.js", "client/transfer/apis/ReadModelsApi.js", "client/transfer/apis/TransfersApi.js",
                        "client/notification/runtime.js", "client/notification/apis/RecipientsApi.js");
        assertThat(List.of(cell("eligibility", 2), cell("relationship", 2), cell("transfer", 2), cell("notification", 2)))
                .as("the generated clients' operations").containsExactly("getPartner", "getKnownPartner", "getKnownPartner", "getRecipient");
        for (String service : List.of("eligibility", "relationship", "transfer", "notification")) {
            assertThat(cell(service, 3)).as(service + " status").isEqualTo("200");
            assertThat(cell(service, 4)).as(service + " ETag, readable by the script").matches("\"[^\"]+\"");
        }
        assertThat(cell("eligibility", 5)).isEqualTo("Fabrikam AB");
        assertThat(cell("notification", 5)).isEqualTo("eva@fabrikam.se");

        readAndWait("refresh");
        for (String service : List.of("eligibility", "relationship", "transfer", "notification")) {
            assertThat(cell(service, 3)).as(service + " conditional re-read").isEqualTo("304");
            assertThat(cell(service, 5)).isEqualTo("unchanged");
        }

        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElement(By.id("apply-status")).getText().isEmpty());
        assertThat(browser.findElement(By.id("apply-status")).getText()).startsWith("201");
        assertThat(browser.findElement(By.id("apply-location")).getText())
                .isEqualTo(suite.url(SuiteService.ELIGIBILITY) + "/v1/partners/" + tenant + "/indirect-reseller-enrollment");
    }

    @Test
    @DisplayName("a transfer: the provider sees its state with its ETag, a re-read is 304, and acting on a closed one shows the refusal")
    void transfer() {
        Journey journey = new Journey(suite.urls(), suite.infra.jwts(), Narrator.SILENT, () -> suite.infra.mail().messages());
        Journey.Outcome outcome = journey.run();
        String token = journey.providerToken();
        browser.get(page(portal, UUID.randomUUID()).replaceAll("#token=.*", "#token=" + token));
        browser.findElement(By.id("customer")).sendKeys(outcome.customer().toString());
        browser.findElement(By.id("transfer-id")).sendKeys(outcome.transfer().toString());

        io.restassured.path.json.JsonPath current = given().baseUri(suite.url(SuiteService.TRANSFER)).header("Authorization", "Bearer " + token)
                .get("/v1/customers/" + outcome.customer() + "/transfers/" + outcome.transfer()).then().statusCode(200).extract().jsonPath();

        browser.findElement(By.id("transfer-read")).click();
        awaitText("transfer-status", "200 " + current.getString("status") + " / " + current.getString("stage"));
        String etag = browser.findElement(By.id("transfer-etag")).getText();
        assertThat(etag).matches("\"\\d+\"");

        browser.findElement(By.id("transfer-refresh")).click();
        awaitText("transfer-status", "304 unchanged");
        assertThat(browser.findElement(By.id("transfer-etag")).getText()).isEqualTo(etag);

        browser.findElement(By.id("transfer-accept")).click();
        awaitText("transfer-status", "409 TRANSFER_NOT_ACTIVE");
        assertThat(browser.findElement(By.id("problem")).getText()).startsWith("TRANSFER_NOT_ACTIVE: ");
    }

    void awaitText(String id, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .withMessage(() -> "#" + id + " shows '" + browser.findElement(By.id(id)).getText() + "', problem '"
                        + browser.findElement(By.id("problem")).getText() + "'")
                .until(b -> expected.equals(b.findElement(By.id(id)).getText()));
    }

    @Test
    @DisplayName("from an origin no service lists: the browser refuses every call")
    void strangerOrigin() {
        UUID tenant = registerAndAwaitEverywhere();
        browser.get(page(stranger, tenant));

        readAndWait("load");
        for (String service : List.of("eligibility", "relationship", "transfer", "notification")) {
            assertThat(cell(service, 3)).as(service).isEqualTo("refused by the browser");
        }
    }

    private static UUID registerAndAwaitEverywhere() {
        UUID tenant = UUID.randomUUID();
        String partnerId = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        given().baseUri(suite.url(SuiteService.ELIGIBILITY)).header("Authorization", suite.operatorToken())
                .contentType(ContentType.JSON).body("""
                        { "tenantId": "%s", "partnerId": "%s", "companyName": "Fabrikam AB", "country": "SE",
                          "preferredLocale": "sv-SE",
                          "primaryContact": { "firstName": "Eva", "lastName": "Lind", "email": "eva@fabrikam.se" },
                          "mpnMembershipActive": true,
                          "programs": [ { "program": "DIRECT_BILL", "status": "ACTIVE", "since": "2017-03-01" } ] }
                        """.formatted(tenant, partnerId))
                .when().post("/v1/partners").then().statusCode(201);
        String self = suite.token(tenant, "GlobalAdmin");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().baseUri(suite.url(SuiteService.RELATIONSHIP)).header("Authorization", self).get("/v1/known-partners/" + tenant).then().statusCode(200);
            given().baseUri(suite.url(SuiteService.TRANSFER)).header("Authorization", self).get("/v1/known-partners/" + tenant).then().statusCode(200);
            given().baseUri(suite.url(SuiteService.NOTIFICATION)).header("Authorization", self).get("/v1/recipients/" + tenant).then().statusCode(200);
        });
        return tenant;
    }
}
