package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workspace as each demo account sees it, in a real browser against the real EAR. */
class WorkspaceBrowserIT extends BrowserTest {

    /** Which menu areas each demo account must see — and therefore must not see the others. */
    static final Map<String, Set<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("admin", Set.of("admin"));
        AREAS.put("registrar", Set.of("cases", "reception"));
        AREAS.put("officer", Set.of("cases", "reception", "accountability", "appraisal", "statistics"));
        AREAS.put("leader", Set.of("cases", "reception", "accountability", "appraisal", "statistics"));
        AREAS.put("appraiser", Set.of("appraisal", "statistics"));
        AREAS.put("clerk1", Set.of("cases", "accountability", "appraisal"));
        AREAS.put("lead1", Set.of("cases", "reception", "accountability", "appraisal", "statistics"));
        AREAS.put("clerk2", Set.of("cases", "accountability", "appraisal"));
    }

    static final List<String> ALL = List.of("cases", "reception", "accountability", "appraisal", "statistics", "admin");

    @Test
    void everyDemoAccountLogsInAndSeesOnlyItsAreas() throws Exception {
        for (Map.Entry<String, Set<String>> account : AREAS.entrySet()) {
            String user = account.getKey();
            browser.login(user, "demo");
            browser.find(id("welcome"));
            for (String area : ALL) {
                boolean shown = browser.present(id("menuForm:m_" + area)) || "admin".equals(area) && browser.present(id("menuForm:m_units"));
                assertEquals(account.getValue().contains(area), shown, user + " menu area " + area);
                browser.go(area + "/index.xhtml");
                if (account.getValue().contains(area)) {
                    assertFalse(browser.present(id("forbiddenText")), user + " may open " + area);
                    if ("cases".equals(area)) {
                        assertTrue(browser.present(id("listForm:matters")), user + " sees the matter list");
                    } else if ("accountability".equals(area)) {
                        assertTrue(browser.present(id("tabs")), user + " sees 督办");
                    } else if ("statistics".equals(area)) {
                        assertTrue(browser.present(id("headline")), user + " sees the statistics dashboard");
                    } else if ("reception".equals(area)) {
                        // 领导接待 has landed (issue 12): the schedule replaces the notice
                        assertTrue(browser.present(id("scheduleForm:sessions")), user + " sees the reception schedule");
                    } else if ("appraisal".equals(area)) {
                        // 年终考核 has landed (issue 13): the schemes (or, for a unit, the way to its own score)
                        assertTrue(browser.present(id("homeForm")), user + " sees the appraisal home");
                        assertFalse(browser.present(id("notAvailable")), user + " no longer sees the notice in " + area);
                    } else if (!"admin".equals(area)) {
                        assertTrue(browser.present(id("notAvailable")), user + " sees the honest notice in " + area);
                    }
                } else {
                    assertTrue(browser.present(id("forbiddenText")), user + " must not open " + area);
                }
            }
            browser.go("index.xhtml");
            browser.screenshot("workspace-" + user);
            browser.logout();
        }
    }

    @Test
    void languageSwitchesToEnglishAndBackAndIsRemembered() throws Exception {
        browser.login("officer", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        assertTrue(browser.text(id("menuForm:mainMenu")).contains("信访事项"));
        browser.click(id("headerForm:langEn"));
        browser.waitForText("header", "Sign out");
        assertTrue(browser.text(id("menuForm:mainMenu")).contains("Petition matters"));
        browser.screenshot("workspace-officer-en");
        browser.logout();
        // the choice is kept with the account
        browser.login("officer", "demo");
        browser.waitForText("header", "Sign out");
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        assertTrue(browser.text(id("menuForm:mainMenu")).contains("信访事项"));
    }

    @Test
    void clerkCannotOpenAnotherUnitsPageByTypingItsUrl() throws Exception {
        browser.login("admin", "demo");
        browser.go("admin/units.xhtml");
        String href = browser.find("a[href*='unit.xhtml?id=']:not([href='x'])").getAttribute("href");
        String clerk1Unit = browser.driver.findElements(org.openqa.selenium.By.linkText("县住房和城乡建设局")).get(0)
                .getAttribute("href").replaceAll(".*id=", "");
        assertTrue(href.contains("id="));
        browser.logout();

        browser.login("clerk2", "demo");
        browser.go("org/unit.xhtml?id=" + clerk1Unit);
        assertTrue(browser.message("error").contains("无权访问"));
        assertFalse(browser.present(id("unitCode")), "no data of the other unit on the page");
        assertFalse(browser.pageText().contains("赵敏"), "clerk1's name is not shown");
        browser.screenshot("clerk2-other-unit-refused");

        // hand-typed nonsense gets a message, never an error page or a stack trace
        browser.go("org/unit.xhtml?id=abc");
        assertTrue(browser.message("error").contains("编号必须是数字"));
        browser.go("org/unit.xhtml?id=99999999");
        assertTrue(browser.message("error").contains("记录不存在"));
        browser.go("admin/users.xhtml");
        assertTrue(browser.text(id("pageTitle")).contains("无权访问"));
        browser.go("no/such/page.xhtml");
        assertTrue(browser.pageText().contains("页面不存在"));
        assertFalse(browser.pageText().contains("Exception"));

        // the own unit is visible
        browser.go("org/unit.xhtml");
        assertEquals("331199102", browser.text(id("unitCode")));
    }

    @Test
    void wrongPasswordsAreToldApartFromLockedAccounts() throws Exception {
        browser.login("nosuchuser", "whatever");
        assertTrue(browser.message("loginForm:loginMessages", "error").contains("用户名或密码错误"));
        browser.go("login.xhtml");
        browser.type("loginForm:username", "");
        browser.click(id("loginForm:submit"));
        assertTrue(browser.pageText().contains("登录"), "empty input stays on the login page with a message");
        browser.screenshot("login-validation");
    }
}
