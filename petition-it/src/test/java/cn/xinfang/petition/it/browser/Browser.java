package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
import java.util.Map;
import java.util.UUID;

/**
 * Debian's headless Chromium driven by Selenium, as a person would use the product. Without
 * Chromium the browser tests are skipped with a message, except under CI=true where they must run.
 *
 * <p>Every action waits for the page's own state instead of sleeping or retrying: after a click,
 * a selection, typing or a navigation the helpers wait until the document is loaded, no
 * navigation is pending, jQuery has no request open and PrimeFaces' Ajax queue is empty
 * ({@link #idle()}). Animations are off in this browser for every page: Chromium reports
 * {@code prefers-reduced-motion: reduce}, to which PrimeFaces answers by switching its own
 * animations off ({@code $.fx.off}, {@code PrimeFaces.animationEnabled = false}), and a style
 * injected into every document switches CSS transitions and animations off. {@link #idle()}
 * checks on every page that PrimeFaces' animations really are off.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /**
     * Runs in every document before its own scripts (CDP Page.addScriptToEvaluateOnNewDocument):
     * marks the document as instrumented, records when it starts to be left (a link, a form
     * submission, a redirect after an Ajax request), and switches CSS transitions and animations off.
     */
    private static final String DOCUMENT_START = """
            (function () {
                window.__petitionTest = { leaving: false };
                var leaving = function (event) {
                    // history.pushState, #fragments and downloads keep this document
                    if (event && (event.destination && event.destination.sameDocument || event.downloadRequest != null)) {
                        return;
                    }
                    window.__petitionTest.leaving = true;
                };
                if (window.navigation) {
                    window.navigation.addEventListener('navigate', leaving);
                }
                window.addEventListener('beforeunload', function () { leaving(); });
                window.addEventListener('pagehide', function () { leaving(); });
                document.addEventListener('DOMContentLoaded', function () {
                    var style = document.createElement('style');
                    style.id = 'petition-test-no-animations';
                    style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }';
                    document.head.appendChild(style);
                });
            })();
            """;

    /** null when the page is idle, otherwise what it is still doing. */
    private static final String BUSY = """
            var t = window.__petitionTest;
            if (!t) { return 'document not instrumented (' + document.readyState + ', ' + location.href + ')'; }
            if (t.leaving) { return 'navigation pending'; }
            if (document.readyState !== 'complete') { return 'document ' + document.readyState; }
            if (window.jQuery && jQuery.active !== 0) { return 'jQuery.active = ' + jQuery.active; }
            if (window.PrimeFaces) {
                if (PrimeFaces.ajax && !PrimeFaces.ajax.Queue.isEmpty()) { return 'PrimeFaces Ajax queue not empty'; }
                if (PrimeFaces.animationActive) { return 'PrimeFaces animation active'; }
                if (PrimeFaces.animationEnabled !== false) { return 'ANIMATIONS ON'; }
            }
            return null;
            """;

    /**
     * Whether clicking the element loads another document (a link, a non-Ajax button or command
     * link), as opposed to an Ajax request or a change in the page only.
     */
    private static final String LOADS_PAGE = """
            var e = arguments[0].closest('a, button, input[type=submit], input[type=image]');
            if (!e) { return false; }
            var onclick = e.getAttribute('onclick') || '';
            if (/PrimeFaces\\.ab\\(|faces\\.ajax|jsf\\.ajax|mojarra\\.ab\\(/.test(onclick)) { return false; }
            if (/\\.submit\\(/.test(onclick)) { return true; }
            if (/window\\.open\\([^)]*'_self'/.test(onclick)) { return true; }
            if (e.tagName === 'A') {
                var href = e.getAttribute('href');
                return !!href && href.charAt(0) !== '#' && href.indexOf('javascript:') !== 0
                        && !e.hasAttribute('download') && (e.getAttribute('target') || '_self') === '_self';
            }
            return (e.type === 'submit' || e.type === 'image') && !!e.form;
            """;

    /**
     * Selects the option of a PrimeFaces selectOneMenu with the given label through the widget,
     * as a click on the option would (change event, Ajax behaviours): returns null, or why not.
     */
    private static final String SELECT_ONE = """
            var w = PrimeFaces.getWidgetById(arguments[0]), label = arguments[1];
            if (!w || !w.selectItem) { return 'no selectOneMenu widget with id ' + arguments[0]; }
            if (!w.items || w.items.length === 0) { w.callHandleMethod(null, null); }
            var labels = [];
            var item = w.items.filter(function () {
                var l = $(this).attr('data-label');
                labels.push(l);
                return l === label;
            });
            if (item.length !== 1) { return item.length + ' options labelled "' + label + '"; the options are: ' + labels.join(' | '); }
            w.selectItem(item);
            return null;
            """;

    /** The error text of a field's message (see {@link #fieldError}), or null. */
    private static final String FIELD_ERROR = """
            var id = arguments[0], field = document.getElementById(id);
            if (!field) { return null; }
            var own = document.getElementById(id + 'Message');
            if (own) { return own.innerText; }
            for (var a = field.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
                var after = Array.prototype.filter.call(a.querySelectorAll('.ui-message, .ui-message-error'), function (m) {
                    return (field.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !field.contains(m);
                });
                if (after.length > 0) {
                    var m = after[0];
                    // the message of this field only: no other field between the two
                    var other = Array.prototype.some.call(a.querySelectorAll('input:not([type=hidden]), select, textarea'), function (x) {
                        return !field.contains(x) && (field.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
                                && (x.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
                    });
                    return !other && m.classList.contains('ui-message-error') ? m.innerText : null;
                }
                if (a.tagName === 'FORM') { return null; }
            }
            return null;
            """;

    final WebDriver driver;
    private final JavascriptExecutor js;
    private final String base;
    private final Path screenshots;

    private Browser(ChromeDriver driver, URL base) {
        this.driver = driver;
        this.js = driver;
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
                "--disable-quic", "--lang=zh-CN", "--window-size=" + width + "," + height, "--user-data-dir=" + profile,
                // PrimeFaces switches its animations off when the browser prefers reduced motion
                "--force-prefers-reduced-motion");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().window().setSize(new Dimension(width, height));
            // the same through the DevTools protocol, in case the switch is ever dropped
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DOCUMENT_START));
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
        return new Browser(driver, base);
    }

    /** Opens a page of the application (relative to its base URL) and waits until it is idle. */
    void go(String path) {
        get(base + path);
    }

    /** Opens an absolute URL and waits until the page is idle. */
    void get(String url) {
        driver.get(url);
        idle();
    }

    /** The address of the page shown. */
    String currentUrl() {
        return driver.getCurrentUrl();
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

    /** Replaces the text of an input and waits until Ajax behaviours it triggered are done. */
    void type(String clientId, String text) {
        WebElement e = find(id(clientId));
        e.clear();
        e.sendKeys(text);
        idle();
    }

    void click(String css) {
        click(By.cssSelector(css));
    }

    /**
     * Clicks an element and waits for what the click causes: for a link or a non-Ajax button, a
     * new document that is idle; otherwise until Ajax requests and a navigation they may have
     * started (a redirect) are done.
     */
    void click(By by) {
        WebElement e = waitFor().until(ExpectedConditions.elementToBeClickable(by));
        boolean loadsPage = Boolean.TRUE.equals(js.executeScript(LOADS_PAGE, e));
        if (!loadsPage) {
            e.click();
            idle();
            return;
        }
        String token = UUID.randomUUID().toString();
        js.executeScript("window.__petitionTest.page = arguments[0];", token);
        e.click();
        String[] state = {null};
        waitFor().withMessage(() -> "waiting for the page after a click on " + by + ": " + state[0]).until(d -> {
            try {
                Object page = js.executeScript("return window.__petitionTest ? window.__petitionTest.page : 'none';");
                if (token.equals(page)) {
                    state[0] = "still the page that was clicked on";
                    return false;
                }
            } catch (WebDriverException betweenDocuments) {
                state[0] = "between documents: " + betweenDocuments.getMessage().lines().findFirst().orElse("");
                return false;
            }
            state[0] = busy();
            return state[0] == null;
        });
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the element's visible text contains the expected text. */
    void waitForText(String css, String expected) {
        idle();
        String[] last = {null};
        waitFor().withMessage(() -> "waiting for \"" + expected + "\" in " + css + "; it says: " + last[0]).until(d -> {
            // looked up by the script on every poll: no element reference that could go stale
            Object text = js.executeScript("var e = document.querySelector(arguments[0]); return e ? e.innerText : null;", css);
            last[0] = text == null ? "(not on the page)" : text.toString();
            return last[0].contains(expected);
        });
    }

    /**
     * Waits until the page is idle: loaded, no navigation pending, no jQuery request open,
     * PrimeFaces' Ajax queue empty, no PrimeFaces animation running (and animations off).
     */
    void idle() {
        String[] state = {null};
        waitFor().withMessage(() -> "waiting for the page to be idle: " + state[0]).until(d -> {
            state[0] = busy();
            if ("ANIMATIONS ON".equals(state[0])) {
                throw new IllegalStateException("PrimeFaces animations are on in the test browser (prefers-reduced-motion not applied)");
            }
            return state[0] == null;
        });
    }

    private String busy() {
        Object busy = js.executeScript(BUSY);
        return busy == null ? null : busy.toString();
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its visible label, in one call through the
     * widget (as a click on the option would: change event and Ajax behaviours), waits until the
     * page is idle, and checks that the menu holds and shows the option.
     */
    void selectOne(String clientId, String label) {
        find(id(clientId));
        Object refused = js.executeScript(SELECT_ONE, clientId, label);
        if (refused != null) {
            throw new AssertionError("cannot pick \"" + label + "\" in " + clientId + ": " + refused);
        }
        idle();
        Object selected = js.executeScript("var w = PrimeFaces.getWidgetById(arguments[0]); return w ? w.getSelectedLabel() : null;", clientId);
        String shown = driver.findElement(By.cssSelector(id(clientId + "_label"))).getText();
        if (!label.equals(selected) || !shown.contains(label)) {
            throw new AssertionError("picked \"" + label + "\" in " + clientId + " but it holds \"" + selected + "\" and shows \"" + shown + "\"");
        }
    }

    /**
     * The text of the error message shown for a form field, once there is one: its h:message
     * with the id {@code <field>Message}, or else the first p:message after the field in the
     * nearest enclosing element that has one (every page puts a field's p:message right after it).
     */
    String fieldError(String clientId) {
        String[] last = {null};
        return waitFor().withMessage(() -> "waiting for an error message at " + clientId + ": " + last[0]).until(d -> {
            Object text = js.executeScript(FIELD_ERROR, clientId);
            last[0] = String.valueOf(text);
            return text == null || text.toString().isBlank() ? null : text.toString();
        });
    }

    /** The global message of a severity (info, warn, error) in the page's p:messages, once shown. */
    String message(String severity) {
        return message("messages", severity);
    }

    /** The message of a severity (info, warn, error) in the given p:messages, once shown. */
    String message(String messagesId, String severity) {
        return find(id(messagesId) + " .ui-messages-" + severity).getText();
    }

    void login(String username, String password) {
        go("login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        click(id("loginForm:submit"));
        // the click waited for the page after the sign-in: the workspace, or the login page with a message
        if (!present(id("headerForm:logout")) && !present(id("loginForm:loginMessages") + " .ui-messages-error, #loginForm .ui-message-error")) {
            throw new AssertionError("after signing in as " + username + " neither the workspace nor a login message: " + pageText());
        }
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
