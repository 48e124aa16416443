package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sip2.it.console.ConsoleUserFixtures;
import org.sip2.it.kim.KimFixtures;
import org.sip2.it.pins.PinFixtures;
import org.sip2.protocol.AcsStatusResponse;

/**
 * The admin console in headless Chromium (Debian's chromium and chromium-driver) against the
 * running server, with SIP2 over TCP to see each change take effect.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIT {

    /** Set for the ITs with -Dsip.admin.password in the failsafe configuration. */
    @ArquillianResource
    URL deployed;

    private WebDriver browser;
    private WebDriverWait wait;
    private String base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClasses(PinFixtures.class, KimFixtures.class)
                .addPackage(ConsoleUserFixtures.class.getPackage());
    }

    @BeforeEach
    void openBrowser() {
        // Arquillian reports the host's outside address; the server listens on loopback only.
        base = "http://127.0.0.1:" + deployed.getPort();
        browser = ItBrowser.headless();
        wait = ItBrowser.waitFor(browser);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anUnauthenticatedRequestLandsOnTheLoginPage() {
        browser.get(base + "/console/accounts.xhtml");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertTrue(browser.findElement(By.id("j_username")).isDisplayed());
        screenshot("login");
    }

    @Test
    void aWrongPasswordIsRefused() {
        signIn("admin", "not-the-password");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void signInAndEveryPageShows() {
        signInAsAdmin();
        for (String page : new String[] {
            "dashboard",
            "accounts",
            "institutions",
            "sessions",
            "transactions",
            "patrons",
            "items",
            "catalogue-import",
            "import",
            "users"
        }) {
            browser.get(base + "/console/" + page + ".xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertFalse(browser.getPageSource().contains("Exception"), page);
            if (page.equals("patrons")) {
                searchAndOpen("term1", "Demo Patron", "patron", "Loans");
            }
            if (page.equals("items")) {
                searchAndOpen("Walden", "Walden", "item", "Status");
            }
            screenshot(page);
        }
    }

    @Test
    void aSipTransactionShowsInTheTransactionLogWithinSeconds() throws IOException {
        String item = "39999000000197";
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(kiosk.exchange(Sip.itemInformation(item)).startsWith("18"));
        }
        signInAsAdmin();
        browser.get(base + "/console/transactions.xhtml");
        // The log is written in batches once a second, off the request's path.
        wait.until(driver -> {
            driver.navigate().refresh();
            return driver.getPageSource().contains(item);
        });
    }

    @Test
    void aNewTerminalAccountLogsInOverSip() throws IOException {
        signInAsAdmin();
        browser.get(base + "/console/accounts.xhtml");
        click("accounts:new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:loginId")));
        browser.findElement(By.id("edit:loginId")).sendKeys("kiosk-7");
        browser.findElement(By.id("edit:password")).sendKeys("Kiosk7-Pass");
        // A behaviour option (Koha's hide_fields) set in the same dialog.
        browser.findElement(By.cssSelector("input.option-hide_fields")).sendKeys("AF");
        screenshot("account-dialog");
        click("edit:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Terminal account kiosk-7 saved"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:list"), "kiosk-7"));
        try (SipClient kiosk = new SipClient()) {
            assertEquals("941", kiosk.exchange("9300CNkiosk-7|COKiosk7-Pass|CPCPL|"));
            String status = kiosk.exchange("23001" + Sip.now() + "AOCPL|AANO-SUCH-PATRON|AC|");
            assertTrue(status.startsWith("24") && !status.contains("|AF"), "hide_fields AF: " + status);
        }
        // A one-character delimiter is checked.
        click("accounts:new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:loginId")));
        browser.findElement(By.id("edit:loginId")).sendKeys("kiosk-7");
        browser.findElement(By.id("edit:password")).sendKeys("x");
        click("edit:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit:edit-messages"), "already used by another terminal account"));
    }

    @Test
    void aPolicyChangeShowsInTheNext98() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(((AcsStatusResponse) kiosk.exchangeParsed("9900302.00")).checkoutOk());
            // a request that reads the terminal's institution, which is then kept in memory until a change
            assertTrue(kiosk.exchange("17" + Sip.now() + "AOCPL|AB39999000000191|AC|")
                    .startsWith("18"));
            signInAsAdmin();
            browser.get(base + "/console/institutions.xhtml");
            click("institutions:list:0:open");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "Institution CPL"));
            browser.findElement(By.cssSelector("#policy\\:checkout .ui-chkbox-box"))
                    .click();
            click("policy:save");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Institution CPL saved"));
            assertFalse(
                    ((AcsStatusResponse) kiosk.exchangeParsed("9900302.00")).checkoutOk(),
                    "the same session's next 98");
            String refused = kiosk.exchange(Sip.checkout("23529000000109", "p0109", "39999000000191", true, null));
            assertTrue(refused.contains("AFCheckout is not allowed at this library|"), refused);

            browser.findElement(By.cssSelector("#policy\\:checkout .ui-chkbox-box"))
                    .click();
            WebElement firstSaved = browser.findElement(By.id("messages"));
            click("policy:save");
            // The message of the first save is still shown: wait for the 98 itself.
            wait.until(page -> {
                try {
                    return ((AcsStatusResponse) kiosk.exchangeParsed("9900302.00")).checkoutOk();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** The loan rules are kept in memory with the institutions: a change counts in the next request. */
    @Test
    void aLoanRuleChangeShowsInTheNext18() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            String cd = "17" + Sip.now() + "AOCPL|AB39999000000005|AC|"; // a CD: the MEDIA rule's rental fee
            assertTrue(kiosk.exchange(cd).contains("|BV1.00|"), "the demo rule, now kept in memory");
            signInAsAdmin();
            browser.get(base + "/console/institutions.xhtml");
            click("institutions:list:0:open");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "Institution CPL"));
            try {
                setMediaRentalFee("2.50");
                assertTrue(kiosk.exchange(cd).contains("|BV2.50|"), "the same session's next 17");
            } finally {
                setMediaRentalFee("1.00");
            }
            assertTrue(kiosk.exchange(cd).contains("|BV1.00|"));
        }
    }

    private void setMediaRentalFee(String fee) {
        String mediaRule = "//*[@id='rules:list']//tr[td[2]='MEDIA']"; // CPL's one rule for MEDIA
        click(By.xpath(mediaRule + "//button[contains(@id, ':edit')]"));
        // The form shows the rule once the Edit's answer has replaced it (after a save it shows a blank
        // rule); PrimeFaces may replace its fields while they are read.
        WebDriverWait form = ItBrowser.waitFor(browser);
        form.ignoring(StaleElementReferenceException.class);
        form.until(ExpectedConditions.attributeToBe(By.id("rules:itemType"), "value", "MEDIA"));
        By amount = By.id("rules:rentalFee_input");
        form.until(page -> {
            if (!fee.equals(page.findElement(amount).getAttribute("value"))) {
                page.findElement(amount).sendKeys(Keys.chord(Keys.CONTROL, "a"), fee);
            }
            return fee.equals(page.findElement(amount).getAttribute("value"));
        });
        click("rules:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(mediaRule + "[td[9]='" + fee + "']")));
    }

    @Test
    void aLiveSessionIsDisconnected() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn("sc1", "sc1", "FFZG")) {
            signInAsAdmin();
            browser.get(base + "/console/sessions.xhtml");
            WebElement row =
                    wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[td[2][text()='sc1']]")));
            row.findElement(By.xpath(".//button[contains(@id,'disconnect')]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "disconnected"));
            assertTrue(kiosk.closedByServer());
        }
    }

    @Test
    void aKohaSipConfigIsPreviewedAndImported() throws IOException {
        String config = """
                <acsconfig xmlns="http://openncip.org/acs-config/1.0/">
                  <server-params min_servers='1' log_file='Sys::Syslog' />
                  <listeners><service port="127.0.0.1:8080/tcp" transport="http" protocol="NCIP/1.0" /></listeners>
                  <accounts>
                    <login id="koha-kiosk" password="KohaKiosk-9" delimiter="|" error-detect="enabled" \
                    institution="KIOSKLIB" encoding="ascii" />
                  </accounts>
                  <institutions>
                    <institution id="KIOSKLIB" implementation="ILS" parms="">
                      <policy checkin="true" renewal="false" checkout="true" status_update="false" offline="false" \
                      timeout="100" retries="5" />
                    </institution>
                  </institutions>
                </acsconfig>
                """;
        signInAsAdmin();
        browser.get(base + "/console/import.xhtml");
        WebElement xml = browser.findElement(By.id("import:xml"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1];", xml, config);
        click("import:preview");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:changes"), "koha-kiosk"));
        String preview = browser.findElement(By.id("import:changes")).getText();
        assertTrue(preview.contains("KIOSKLIB"));
        assertTrue(preview.contains("not SIP2 over raw or telnet"), preview);
        assertTrue(preview.contains("not imported"), preview);
        assertTrue(preview.contains("ADVERTISE: Koha reports renewal, offline as not allowed"), preview);
        try (SipClient kiosk = new SipClient()) {
            assertEquals("940", kiosk.exchange("9300CNkoha-kiosk|COKohaKiosk-9|"), "nothing changes before apply");
        }
        screenshot("import-preview");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("import:apply")))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Imported"));
        try (SipClient kiosk = new SipClient()) {
            assertEquals("941", kiosk.exchange("9300CNkoha-kiosk|COKohaKiosk-9|"));
            AcsStatusResponse status = (AcsStatusResponse) kiosk.exchangeParsed("9900302.00");
            assertEquals("KIOSKLIB", status.institutionId());
            assertFalse(status.acsRenewalPolicy());
        }
    }

    @Test
    void anOperatorReadsEverythingButChangesNothing() {
        signInAsAdmin();
        browser.get(base + "/console/users.xhtml");
        browser.findElement(By.id("users:username")).sendKeys("desk-operator");
        browser.findElement(By.id("users:newPassword")).sendKeys("Operator-Pass1");
        click("users:create");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Console user desk-operator created"));
        screenshot("users");
        click("nav:sign-out");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        signIn("desk-operator", "Operator-Pass1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        browser.get(base + "/console/accounts.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:list"), "term1"));
        assertTrue(browser.findElements(By.id("accounts:new")).isEmpty(), "no changes for an operator");
        assertTrue(browser.findElements(By.id("accounts:list:0:edit")).isEmpty());
        browser.get(base + "/console/listeners.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("listeners:list"), "default"));
        assertTrue(
                browser.findElement(By.id("listeners:list")).getText().contains("RAW"),
                "the operator reads the listeners");
        assertTrue(browser.findElements(By.id("listeners:new")).isEmpty(), "and cannot add one");
        assertTrue(browser.findElements(By.id("listeners:list:0:edit")).isEmpty(), "nor change one");
        assertTrue(browser.findElements(By.id("listeners:list:0:remove")).isEmpty(), "nor remove one");
    }

    @Test
    void theDashboardWarnsWhileADemoPasswordIsInUse() throws IOException {
        signInAsAdmin();
        assertEquals("sc1, term1", browser.findElement(By.id("demo-accounts")).getText());
        screenshot("dashboard-demo-passwords");
        try {
            setTerminalPassword("sc1", "Changed-sc1-Pass");
            browser.get(base + "/console/dashboard.xhtml");
            assertEquals("term1", demoAccountsBanner(), "the banner follows the change");
            try (SipClient kiosk = new SipClient()) {
                assertEquals("940", kiosk.exchange("9300CNsc1|COsc1|CPFFZG|"));
            }
        } finally {
            setTerminalPassword("sc1", "sc1"); // the other ITs log in with the demo password
        }
        browser.get(base + "/console/dashboard.xhtml");
        assertEquals("sc1, term1", demoAccountsBanner());
    }

    @Test
    void theDashboardChartsRequestsPerMinuteAndP99ByMessageType() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(kiosk.exchange("9900302.00").startsWith("98"));
        }
        signInAsAdmin();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='requests-chart'] canvas")));
        String requests = chartLabels("requests-chart");
        assertTrue(requests.contains("93 ") && requests.contains("99 "), "a line per message type: " + requests);
        String latency = chartLabels("latency-chart");
        assertTrue(latency.contains("99 "), "p99 per message type: " + latency);
        screenshot("dashboard-charts");
    }

    /** The legend of a PrimeFaces chart on the page, as drawn by Chart.js in the browser. */
    private String chartLabels(String id) {
        return String.valueOf(((JavascriptExecutor) browser)
                .executeScript(
                        "const w = Object.values(PrimeFaces.widgets).find(w => w.id && w.id.endsWith(arguments[0]));"
                                + " return w && w.chart ? w.chart.data.datasets.map(d => d.label).join(',') : "
                                + "'no chart';",
                        id));
    }

    private String demoAccountsBanner() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("demo-accounts")))
                .getText();
    }

    @Test
    void sharingCirculationIsSetOnTheInstitutionsPage() throws IOException {
        String ffzgPatron = Sip.patronStatus("CPL", "1000000004", "");
        try (SipClient cpl = SipClient.loggedIn()) {
            assertTrue(cpl.exchange(ffzgPatron).contains("|BLN|"), "apart: CPL's terminal does not find FFZG's patron");
            signInAsAdmin();
            try {
                toggleSharing("FFZG", "CPL");
                assertTrue(cpl.exchange(ffzgPatron).contains("|BLY|"), "FFZG shares with CPL: CPL serves its patron");
            } finally {
                toggleSharing("FFZG", "CPL");
            }
            assertTrue(cpl.exchange(ffzgPatron).contains("|BLN|"), "apart again");
        }
    }

    /** Opens the institution on the institutions page, ticks or unticks one partner it shares with, and saves. */
    private void toggleSharing(String institution, String partner) {
        browser.get(base + "/console/institutions.xhtml");
        rowStartingWith(institution)
                .findElement(By.xpath(".//button[contains(@id,'open')]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "Institution " + institution));
        ItBrowser.waitFor(browser)
                .ignoring(StaleElementReferenceException.class)
                .until(page -> {
                    page.findElement(By.xpath("//input[@type='checkbox' and @value='" + partner + "']"
                                    + "/ancestor::div[contains(concat(' ', @class, ' '), ' ui-chkbox ')][1]"
                                    + "//div[contains(@class,'ui-chkbox-box')]"))
                            .click();
                    return true;
                });
        click("policy:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Institution " + institution + " saved"));
    }

    /** The table row whose first cell is this text. */
    private WebElement rowStartingWith(String firstCell) {
        By row = By.xpath("//tr[td[1][text()='" + firstCell + "']]");
        return wait.until(ExpectedConditions.presenceOfElementLocated(row));
    }

    @Test
    void anAllowedRangeThatIsNotANumericCidrRangeIsRefused() {
        signInAsAdmin();
        browser.get(base + "/console/accounts.xhtml");
        click("accounts:new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:loginId")))
                .sendKeys("kiosk-range");
        browser.findElement(By.id("edit:password")).sendKeys("Kiosk-Range1");
        browser.findElement(By.id("edit:allowed")).sendKeys("10/8, cafe");
        click("edit:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("edit:edit-messages"), "Allowed IP ranges: '10/8' is not an IP address or CIDR range"));
    }

    /** Opens the account's dialog on the accounts page and sets only its password. */
    private void setTerminalPassword(String loginId, String password) {
        browser.get(base + "/console/accounts.xhtml");
        rowStartingWith(loginId)
                .findElement(By.xpath(".//button[contains(@id,'edit')]"))
                .click();
        // The dialog's form is rendered again by the Ajax update: look its fields up afresh.
        ItBrowser.waitFor(browser)
                .ignoring(StaleElementReferenceException.class)
                .until(page ->
                        loginId.equals(page.findElement(By.id("edit:loginId")).getDomProperty("value"))
                                && page.findElement(By.id("edit:password")).isDisplayed());
        browser.findElement(By.id("edit:password")).sendKeys(password);
        click("edit:reset");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Password of " + loginId + " changed"));
    }

    @Test
    void patronsAreImportedFromCsvWithAReportPerRow() throws IOException {
        Path csv = Files.createTempFile("patrons", ".csv");
        Files.writeString(csv, """
                barcode,name,institution,pin,email,phone,address,category,expires_on
                77000001,"Núñez, Ana",CPL,7701,ana@example.org,555-7701,"1 Elm St",ADULT,2030-01-31
                77000002,Ben Novak,CPL,7702,,,,CHILD,
                77000003,No Library,NOWHERE,7703,,,,,
                """);
        signInAsAdmin();
        browser.get(base + "/console/catalogue-import.xhtml");
        // the kind's menu is PrimeFaces' widget over a hidden select, which the non-ajax upload posts
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('import:kind_input').value = 'PATRONS';");
        browser.findElement(By.cssSelector("#import input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        click("import:upload");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "patrons: 3 rows, 2 created"));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("1 errors"));
        String report = browser.findElement(By.id("import:report")).getText();
        assertTrue(report.contains("77000001") && report.contains("created"), report);
        assertTrue(report.contains("unknown institution NOWHERE"), report);
        try (SipClient kiosk = SipClient.loggedIn()) {
            String status = kiosk.exchange("23001" + Sip.now() + "AOCPL|AA77000001|AC|AD7701|");
            assertTrue(status.contains("|AENúñez, Ana|BLY|CQY|"), status);
        }
        Files.delete(csv);
    }

    @Test
    void aPinLockIsShownAndClearedAndAPinSetInTheConsoleCountsAtOnce() throws Exception {
        String barcode = PinFixtures.patron(9);
        signInAsAdmin();
        browser.get(base + "/console/patrons.xhtml");
        searchAndOpen(barcode, "Pin Tester 9", "patron", "not locked");
        setPin(barcode, "first-pin");
        try (SipClient kiosk = SipClient.loggedIn("pin-kiosk", "pin-kiosk", PinFixtures.INSTITUTION)) {
            assertTrue(kiosk.exchange(pinStatus(barcode, "first-pin")).contains("|CQY|"), "verified, and remembered");
            for (int guess = 1; guess <= 5; guess++) {
                kiosk.exchange(pinStatus(barcode, "guess" + guess));
            }
            // The ITs lock for 2 s first; two more wrong PINs after it runs out lock for 4 s, then 8 s.
            Thread.sleep(2_100);
            kiosk.exchange(pinStatus(barcode, "guess6"));
            Thread.sleep(4_100);
            assertTrue(kiosk.exchange(pinStatus(barcode, "guess7")).contains("AFToo many wrong PINs"));
            click("search:results:0:open");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("patron"), "locked for SIP after too many wrong PINs"));
            screenshot("patron-pin-lock");
            click("patron:clearPinLock");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "PIN lock on " + barcode + " cleared"));
            assertTrue(
                    kiosk.exchange(pinStatus(barcode, "first-pin")).contains("|CQY|"),
                    "cleared by staff before it ran out");

            setPin(barcode, "second-pin");
            assertTrue(
                    kiosk.exchange(pinStatus(barcode, "first-pin")).contains("AFThe PIN is not correct|"),
                    "the old PIN, though verified a moment ago, is refused at once");
            assertTrue(kiosk.exchange(pinStatus(barcode, "second-pin")).contains("|CQY|"));
        }
        browser.get(base + "/console/transactions.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "PIN lock cleared by staff"));
    }

    @Test
    void aStationMayBeTrustedToActWithoutPatronPins() throws IOException {
        signInAsAdmin();
        browser.get(base + "/console/accounts.xhtml");
        click("accounts:new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:loginId")));
        assertTrue(browser.findElement(By.id("edit:pinRequired_input")).isSelected(), "required by default");
        browser.findElement(By.id("edit:loginId")).sendKeys("sorter-8");
        browser.findElement(By.id("edit:password")).sendKeys("Sorter8-Pass");
        browser.findElement(By.cssSelector("#edit\\:pinRequired .ui-chkbox-box"))
                .click();
        click("edit:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Terminal account sorter-8 saved"));
        try (SipClient sorter = SipClient.loggedIn("sorter-8", "Sorter8-Pass", "CPL");
                SipClient kiosk = SipClient.loggedIn()) {
            String noPinAsked = sorter.exchange("23001" + Sip.now() + "AOCPL|AAterm1|AC|");
            assertTrue(noPinAsked.contains("|BLY|") && !noPinAsked.contains("|CQ"), noPinAsked);
            assertTrue(
                    kiosk.exchange("23001" + Sip.now() + "AOCPL|AAterm1|AC|").contains("|CQN|"),
                    "term1 must send PINs");
        }
    }

    private static String pinStatus(String barcode, String pin) {
        return "23001" + Sip.now() + "AO" + PinFixtures.INSTITUTION + "|AA" + barcode + "|AC|AD" + pin + "|";
    }

    private void setPin(String barcode, String pin) {
        browser.findElement(By.id("patron:newPin")).sendKeys(pin);
        click("patron:setPin");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "New PIN set for " + barcode));
    }

    /** Searches on a patron or item page, opens the first result and waits for its details. */
    private void searchAndOpen(String text, String expectedResult, String detailsPanel, String expectedDetail) {
        browser.findElement(By.id("search:text")).sendKeys(text);
        click("search:find");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search:results"), expectedResult));
        click("search:results:0:open");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(detailsPanel), expectedDetail));
    }

    @Test
    void signingInGivesTheSessionANewId() {
        browser.get(base + "/console/dashboard.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")));
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        browser.findElement(By.id("j_username")).sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys(ItServer.ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        String after = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertFalse(before.equals(after), "the session id planted before the sign-in is not the signed-in one");
        assertTrue("Strict"
                .equalsIgnoreCase(browser.manage().getCookieNamed("JSESSIONID").getSameSite()));
    }

    @Test
    void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
        signIn(ConsoleUserFixtures.ONE_TIME_USER, ConsoleUserFixtures.ONE_TIME_PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-required")));
        screenshot("password-one-time");
        browser.get(base + "/console/accounts.xhtml");
        wait.until(ExpectedConditions.urlContains("/console/password.xhtml"));
        changePassword(ConsoleUserFixtures.ONE_TIME_PASSWORD, "dep-MyOwn-Pass42", "dep-MyOwn-Pass42");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        browser.get(base + "/console/accounts.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:list"), "term1"));
    }

    @Test
    void anOperatorChangesTheirOwnPassword() {
        signInAsAdmin();
        browser.get(base + "/console/users.xhtml");
        browser.findElement(By.id("users:username")).sendKeys("dep-desk");
        browser.findElement(By.id("users:newPassword")).sendKeys("short-pass1");
        click("users:create");
        message("at least 12 characters");
        browser.findElement(By.id("users:newPassword")).clear();
        browser.findElement(By.id("users:newPassword")).sendKeys("dep-Desk-Pass1");
        click("users:create");
        message("Console user dep-desk created");
        click("nav:sign-out");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        signIn("dep-desk", "dep-Desk-Pass1");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        click("nav:password");
        changePassword("not-the-current-one", "dep-Desk-Pass2!", "dep-Desk-Pass2!");
        message("The current password is not correct");
        changePassword("dep-Desk-Pass1", "dep-Desk-Pass2!", "dep-Desk-Pass3!");
        message("differ");
        changePassword("dep-Desk-Pass1", "tooshort", "tooshort");
        message("at least 12 characters");
        changePassword("dep-Desk-Pass1", "dep-Desk-Pass2!", "dep-Desk-Pass2!");
        message("Your password has been changed");
        screenshot("password-changed");
        click("nav:sign-out");
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));

        signIn("dep-desk", "dep-Desk-Pass1");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        signIn("dep-desk", "dep-Desk-Pass2!");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        signInAsAdmin();
        browser.get(base + "/console/users.xhtml");
        browser.findElement(By.id("users:username")).sendKeys("dep-leaver");
        browser.findElement(By.id("users:newPassword")).sendKeys("dep-Leaver-Pass1");
        click("users:create");
        message("Console user dep-leaver created");

        WebDriver leaver = ItBrowser.headless();
        try {
            WebDriverWait leaverWait = ItBrowser.waitFor(leaver);
            leaver.get(base + "/console/dashboard.xhtml");
            leaverWait
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")))
                    .sendKeys("dep-leaver");
            leaver.findElement(By.id("j_password")).sendKeys("dep-Leaver-Pass1");
            leaver.findElement(By.id("sign-in")).click();
            leaverWait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));

            int row = rowOf("dep-leaver");
            click("users:list:" + row + ":toggle");
            message("dep-leaver disabled");

            leaver.get(base + "/console/accounts.xhtml");
            leaverWait.until(ExpectedConditions.urlContains("/login.xhtml"));
        } finally {
            leaver.quit();
        }
    }

    @Test
    void signInsBackOffAfterWrongPasswordsForOneUser() throws Exception {
        String user = ConsoleUserFixtures.THROTTLED_USER;
        for (int i = 0; i < 5; i++) {
            assertFalse(new ConsoleHttp(base).signIn(user, "wrong-password-" + i));
        }
        assertFalse(
                new ConsoleHttp(base).signIn(user, ConsoleUserFixtures.PASSWORD),
                "the right password is refused while backing off");
        Thread.sleep(6_000); // the ITs set sip.console.backoff.seconds=5
        assertTrue(
                new ConsoleHttp(base).signIn(user, ConsoleUserFixtures.PASSWORD),
                "after the back-off the right password works");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertTrue(
                policies.stream().anyMatch(policy -> policy.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(
                policies.stream().anyMatch(policy -> policy.matches(".*script-src 'self' 'nonce-[^']+'.*")),
                policies.toString());
        assertEquals(
                "nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(login.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain HTTP");

        HttpResponse<String> console = http.send(
                HttpRequest.newBuilder(URI.create(base + "/console/dashboard.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = console.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        // the redirect to the sign-in page comes from the authentication mechanism, before the filters
        assertTrue(
                cookie.contains("HttpOnly") && cookie.toLowerCase(Locale.ROOT).contains("samesite=strict"), cookie);
    }

    private void changePassword(String current, String replacement, String repeated) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:current")));
        browser.findElement(By.id("password:current")).clear();
        browser.findElement(By.id("password:current")).sendKeys(current);
        browser.findElement(By.id("password:replacement")).clear();
        browser.findElement(By.id("password:replacement")).sendKeys(replacement);
        browser.findElement(By.id("password:repeated")).clear();
        browser.findElement(By.id("password:repeated")).sendKeys(repeated);
        click("password:change");
    }

    private void message(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    }

    /** The row of a user in the console users' table. */
    private int rowOf(String username) {
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='users:list_data'] > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().startsWith(username + " ")) {
                return i;
            }
        }
        throw new IllegalStateException("no row for " + username);
    }

    @Test
    void itemsUploadedInTheConsoleAreImportedWithAReportPerRow() throws IOException {
        Path csv = Files.createTempFile("kim-items", ".csv");
        Files.writeString(csv, """
                barcode,title,institution,owning_location,collection,status
                KIMC001,Uploaded Atlas,KIM,KIM,MAPS,available
                KIMC002,Nowhere Atlas,NOWHERE,KIM,,
                """);
        signInAsAdmin();
        browser.get(base + "/console/catalogue-import.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#import input[type=file]")))
                .sendKeys(csv.toString());
        click("import:upload");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "items: 2 rows"));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("1 errors"));
        assertTrue(browser.findElement(By.id("import:report")).getText().contains("unknown institution NOWHERE"));
        screenshot("catalogue-import");
        Files.delete(csv);
        try (SipClient kiosk =
                SipClient.loggedIn(KimFixtures.TERMINAL, KimFixtures.TERMINAL, KimFixtures.INSTITUTION)) {
            assertTrue(kiosk.exchange("17" + Sip.now() + "AOKIM|ABKIMC001|AC|").contains("|AJUploaded Atlas|"));
        }
    }

    private void signInAsAdmin() {
        signIn("admin", ItServer.ADMIN_PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
    }

    private void signIn(String user, String password) {
        browser.get(base + "/console/dashboard.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")))
                .sendKeys(user);
        browser.findElement(By.id("j_password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
    }

    private void click(String id) {
        click(By.id(id));
    }

    private void click(By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.copy(
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
