package org.csptransition.relationship.web;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.csptransition.infra.Infrastructure;
import org.csptransition.platform.events.EventType;
import org.csptransition.platform.events.Topics;
import org.csptransition.platform.events.relationship.AgreementStatusChanged;
import org.csptransition.platform.testing.InjectInfra;
import org.csptransition.platform.testing.RealInfraResource;
import org.csptransition.platform.testing.TopicReader;
import org.csptransition.relationship.Fixtures;
import org.csptransition.relationship.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * R4, R5 the customer's pages in a real browser (Debian's headless Chromium through chromedriver): each page clicked
 * through in Swedish and in French, a used, an expired and a tampered link, and the outcome checked through the REST API.
 * Every page it shows is saved as a PNG in {@code target/pages/}; {@code -Dpages.screenshots=../docs/pages} writes the
 * pictures of the documentation instead. Runs in the profile {@code browser} (where {@code /usr/bin/chromium} exists).
 */
@QuarkusTest
@WithTestResource(value = RealInfraResource.class, initArgs = @ResourceArg(name = "service", value = "relationship-service"))
@DisplayName("R4, R5 the customer's pages in headless Chromium, in Swedish and in French")
class CustomerPagesBrowserTest {

    @InjectInfra
    Infrastructure infra;

    @Inject
    MovableClock clock;

    @TestHTTPResource("/")
    URL base;

    Fixtures fixtures;
    UUID provider;
    WebDriver browser;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        fixtures = new Fixtures(infra);
        provider = fixtures.provider();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1000,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws IOException {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    @DisplayName("R4, R5 in Swedish: a new customer accepts the invitation and then the MCA; partners of record and ACCEPTED through the API; the used link says so")
    void swedishNewCustomer() {
        UUID reseller = resellerWithProvider("sv-SE");
        String link = invite(reseller, null);
        UUID customer;
        String mcaLink;
        try (TopicReader topic = new TopicReader(infra, Topics.RELATIONSHIP_EVENTS)) {
            browser.get(link);
            assertThat(browser.getCurrentUrl()).endsWith("/customer/request");
            assertThat(text("title")).isEqualTo("Fabrikam AB bjuder in er organisation att arbeta med den och " + providerName());
            assertThat(text("reseller")).contains("indirekt återförsäljare");
            assertThat(text("provider")).contains("indirekt leverantör");
            assertThat(text("delegated-admin")).contains("delegerade administratörsrättigheter");
            screenshot("invitation-sv");

            follow("sign-in");
            screenshot("sign-in-sv");
            customer = UUID.fromString(browser.findElement(By.id("tenantId")).getAttribute("value"));
            browser.findElement(By.id("user")).sendKeys("Astrid Admin");
            follow("sign-in");

            assertThat(text("signed-in")).contains("Astrid Admin", customer.toString());
            browser.findElement(By.id("companyName")).sendKeys("Contoso AB");
            browser.findElement(By.id("domain")).sendKeys("contoso.onmicrosoft.com");
            browser.findElement(By.id("country")).sendKeys("SE");
            screenshot("invitation-signed-in-sv");
            follow("accept");

            assertThat(text("outcome")).startsWith("Klart: Fabrikam AB och " + providerName() + " är nu partner of record");
            assertThat(text("agreement")).contains("måste fortfarande godkännas");
            assertThat(browser.getCurrentUrl()).doesNotContain(link.substring(link.lastIndexOf('/') + 1));
            screenshot("invitation-accepted-sv");
            mcaLink = Fixtures.awaitOne(topic, customer.toString(), EventType.CUSTOMER_AGREEMENT_STATUS_CHANGED, e -> true)
                    .payload(AgreementStatusChanged.class).customerAcceptanceLink();
        }
        given().header("Authorization", fixtures.as(reseller, "AdminAgent")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200).body("items.role", containsInAnyOrder("INDIRECT_RESELLER", "INDIRECT_PROVIDER"))
                .body("items.delegatedAdmin", containsInAnyOrder(true, true));

        browser.get(link);
        assertThat(problemCode()).isEqualTo("LINK_ALREADY_USED");
        assertThat(text("problem")).startsWith("Den här länken användes");
        screenshot("link-used-sv");

        browser.get(local(mcaLink));
        assertThat(text("title")).isEqualTo("Godkänn Microsoft Customer Agreement");
        assertThat(text("template")).contains("117a15d1-0000-4000-8000-000000000001");
        follow("sign-in");
        browser.findElement(By.id("user")).sendKeys("Astrid Admin");
        follow("sign-in");
        screenshot("agreement-sv");
        follow("accept");
        assertThat(text("outcome")).isEqualTo("Microsoft Customer Agreement är godkänt för " + providerName() + ".");
        screenshot("agreement-accepted-sv");

        given().header("Authorization", fixtures.as(provider, "AdminAgent"))
                .get("/v1/customers/" + customer + "/agreement-status?indirectProviderTenantId=" + provider)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("basis", equalTo("CUSTOMER_ACCEPTANCE"));
    }

    @Test
    @DisplayName("R4 in French: an existing customer accepts, another customer is refused, an expired and a tampered link say so")
    void frenchExistingCustomer() {
        UUID reseller = resellerWithProvider("fr-FR");
        UUID customer = fixtures.directBillCustomerOf(reseller);
        String link = invite(reseller, customer);

        browser.get(link);
        assertThat(text("title")).isEqualTo("Fabrikam AB invite votre organisation à travailler avec lui et " + providerName());
        screenshot("invitation-fr");
        follow("sign-in");
        var tenant = browser.findElement(By.id("tenantId"));
        assertThat(tenant.getAttribute("value")).isEqualTo(customer.toString());
        tenant.clear();
        tenant.sendKeys(UUID.randomUUID().toString());
        browser.findElement(By.id("user")).sendKeys("Mallory");
        follow("sign-in");
        follow("accept");
        assertThat(problemCode()).isEqualTo("LINK_FOR_ANOTHER_CUSTOMER");
        screenshot("link-for-another-customer-fr");

        browser.manage().deleteAllCookies();
        browser.get(link);
        follow("sign-in");
        browser.findElement(By.id("user")).sendKeys("Camille Admin");
        follow("sign-in");
        follow("accept");
        assertThat(text("outcome")).startsWith("C'est fait : Fabrikam AB et " + providerName() + " sont désormais partenaires attitrés");
        screenshot("invitation-accepted-fr");
        given().header("Authorization", fixtures.as(customer, "CustomerAdmin")).get("/v1/customers/" + customer + "/relationships")
                .then().statusCode(200)
                .body("items.find { it.partnerTenantId == '%s' }.delegatedAdmin".formatted(provider), equalTo(true))
                .body("items.find { it.partnerTenantId == '%s' }.role".formatted(provider), equalTo("INDIRECT_PROVIDER"));

        String expiring = invite(reseller, null);
        clock.advance(Duration.ofDays(31));
        browser.get(expiring);
        assertThat(problemCode()).isEqualTo("LINK_EXPIRED");
        assertThat(text("problem")).startsWith("Ce lien a expiré le");
        screenshot("link-expired-fr");

        browser.get(expiring.substring(0, expiring.length() - 1) + (expiring.endsWith("A") ? "B" : "A"));
        assertThat(problemCode()).isEqualTo("LINK_NOT_FOUND");
        screenshot("link-not-found");
    }

    private UUID resellerWithProvider(String locale) {
        UUID reseller = fixtures.transitionedPartner(locale);
        fixtures.partnership(provider, reseller);
        return reseller;
    }

    private String invite(UUID reseller, UUID customer) {
        String link = given().header("Authorization", fixtures.as(reseller, "AdminAgent")).contentType(ContentType.JSON)
                .body(customer == null ? "{\"indirectProviderTenantId\": \"%s\"}".formatted(provider)
                        : "{\"indirectProviderTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, customer))
                .post("/v1/customer-invitations").then().statusCode(201).extract().path("link");
        return local(link);
    }

    /** The link as the test's service instance serves it (the configured public base URL names the suite's port). */
    private String local(String link) {
        return base.toString().replaceAll("/$", "") + link.substring(link.indexOf("/customer/"));
    }

    private String providerName() {
        return given().header("Authorization", fixtures.operator()).get("/v1/known-partners/" + provider).then().statusCode(200)
                .extract().path("companyName");
    }

    /**
     * Clicks a link or a form's button and waits until the browser has left the page: both pages of a step have a
     * "sign-in" element, so finding the next one before the navigation ends would find the old one.
     */
    private void follow(String id) {
        WebElement element = browser.findElement(By.id(id));
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(element));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String problemCode() {
        return browser.findElement(By.id("problem")).getAttribute("data-code");
    }

    private void screenshot(String name) {
        Path dir = Path.of(System.getProperty("pages.screenshots", "target/pages"));
        try {
            Files.createDirectories(dir);
            File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
