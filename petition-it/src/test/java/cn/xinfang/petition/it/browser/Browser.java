package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven by Selenium, as a person would use the product. Without
 * Chromium the browser tests are skipped with a message, except under CI=true where they must run.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final WebDriver driver;
    private final String base;
    private final Path screenshots;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        String b = base.toExternalForm();
        this.base = b.endsWith("/") ? b : b + "/";
        this.screenshots = Path.of(System.getProperty("petition.it.screenshots", "target/screenshots"));
    }

    static void requireChromium() {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present) {
            String message = "Chromium not installed (apt-get install -y chromium chromium-driver): browser tests skipped";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("skipped", "required under CI=true"));
            }
            Assumptions.abort(message);
        }
    }

    static Browser open(URL base) throws IOException {
        return open(base, 1366, 900);
    }

    /** A phone-sized viewport (e.g. 390 × 844) for the citizen's pages. */
    static Browser open(URL base, int width, int height) throws IOException {
        requireChromium();
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, base);
    }

    void go(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Element ids with a colon, as Faces writes them, for a CSS selector. */
    static String id(String clientId) {
        return "#" + clientId.replace(":", "\\:");
    }

    void type(String clientId, String text) {
        WebElement e = find(id(clientId));
        e.clear();
        e.sendKeys(text);
    }

    void click(String css) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void waitForText(String css, String expected) {
        String[] last = {null};
        waitFor().withMessage(() -> "waiting for \"" + expected + "\" in " + css + "; it says: " + last[0]).until(d -> {
            try {
                List<WebElement> found = d.findElements(By.cssSelector(css));
                last[0] = found.isEmpty() ? "(not on the page)" : found.get(0).getText();
                return last[0].contains(expected);
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page is being replaced (a navigation after a submit): the element found a
                // moment ago is gone ("stale", or Chromium's "node does not belong to the document")
                return false;
            }
        });
    }

    /** Waits until PrimeFaces has no Ajax request in flight. */
    void ajaxDone() {
        waitFor().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its visible label, and checks that the menu
     * shows it. Under load (CI has 2 cores) the option panel may still be fading in or scrolling
     * to the current item when the option counts as clickable: the driver then refuses the click
     * (another option under the pointer) or the click lands on a neighbour. So: wait until the
     * panel stands still, click, check the menu's label, and try again if it is not the option.
     */
    void selectOne(String clientId, String label) {
        By panel = By.cssSelector(id(clientId + "_panel"));
        By option = By.cssSelector(id(clientId + "_panel") + " li[data-label='" + label + "']");
        By shown = By.cssSelector(id(clientId + "_label"));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        for (int attempt = 1; ; attempt++) {
            if (!driver.findElement(panel).isDisplayed()) {
                click(id(clientId));
            }
            waitFor().until(d -> d.findElement(panel).isDisplayed() && Boolean.TRUE.equals(js.executeScript(
                    "var p = $(arguments[0]); return !p.is(':animated') && !p.find('.ui-selectonemenu-items-wrapper').is(':animated');",
                    d.findElement(panel))));
            try {
                waitFor().until(ExpectedConditions.elementToBeClickable(option)).click();
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                if (attempt == 5) {
                    throw e;
                }
                pause();
                continue;
            }
            ajaxDone();
            String now = driver.findElement(shown).getText();
            if (now.contains(label)) {
                return;
            }
            if (attempt == 5) {
                throw new AssertionError("could not pick \"" + label + "\" in " + clientId + "; it shows \"" + now + "\"");
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void login(String username, String password) {
        go("login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click(id("loginForm:submit"));
        // wait until the login finished one way or the other: navigating away earlier would abort it
        waitFor().until(d -> !d.findElements(By.cssSelector(id("headerForm:logout"))).isEmpty()
                || !d.findElements(By.cssSelector(id("loginForm:loginMessages") + " .ui-messages-error, #loginForm .ui-message-error")).isEmpty());
    }

    void logout() {
        click(id("headerForm:logout"));
        find(id("loginForm:byeNotice"));
    }

    WebDriverWait waitFor() {
        // generous: CI machines have two cores and run the server, the browser and the build at once
        return new WebDriverWait(driver, Duration.ofSeconds(40));
    }

    Path screenshot(String name) throws IOException {
        Files.createDirectories(screenshots);
        Path target = screenshots.resolve(name + ".png");
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
