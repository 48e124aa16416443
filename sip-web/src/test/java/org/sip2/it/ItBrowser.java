package org.sip2.it;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium (Debian's chromium and chromium-driver) for the ITs that use the console as a person does. */
final class ItBrowser {

    private ItBrowser() {}

    static WebDriver headless() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    /**
     * Waits up to 20 s for a condition, trying again while the page changes under it. Chromium reports an element
     * that a navigation or an Ajax update has just replaced either as stale or as "unknown error: Node with given id
     * does not belong to the document", which a wait does not ignore by itself; both mean "look again".
     */
    static WebDriverWait waitFor(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Opens a console page at {@code base}, signs in as the admin on the form it leads to, waits for the heading. */
    static WebDriverWait signedInAsAdmin(WebDriver browser, String base, String page, String heading) {
        WebDriverWait wait = waitFor(browser);
        browser.get(base + page);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("j_username")))
                .sendKeys("admin");
        browser.findElement(By.id("j_password")).sendKeys(ItServer.ADMIN_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), heading));
        return wait;
    }

    /**
     * Clicks the button once it can be clicked. The console renders parts of a page again (a refresh, an
     * Ajax update), so a button found a moment ago may be gone: it is looked up afresh until the click lands (the
     * wait, from {@link #waitFor}, looks again on an element gone stale).
     */
    static void click(WebDriverWait wait, By button) {
        wait.until(browser -> {
            WebElement element = ExpectedConditions.elementToBeClickable(button).apply(browser);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }
}
