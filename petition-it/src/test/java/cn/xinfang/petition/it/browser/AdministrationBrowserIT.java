package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.UUID;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's journey: create a unit and a user through the dialogs, see form errors in
 * Chinese, watch the new user be forced to change the password and get locked out, then read the
 * change history.
 */
class AdministrationBrowserIT extends BrowserTest {

    @Test
    void adminCreatesUnitAndUserThenTheUserIsForcedToChangePasswordAndLockedAfterFiveFailures() throws Exception {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        browser.login("admin", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");

        // a unit: first a wrong one (village directly under the county), then the right one
        browser.go("admin/units.xhtml");
        browser.click(id("unitsForm:newUnit"));
        browser.find(id("unitDialogForm:code"));
        browser.click(id("unitDialogForm:saveUnit"));
        assertFalse(browser.fieldError("unitDialogForm:code").isBlank(), "an empty code is marked");
        assertFalse(browser.fieldError("unitDialogForm:name").isBlank(), "an empty name is marked");
        browser.type("unitDialogForm:code", "T" + tag);
        browser.type("unitDialogForm:name", "测试新村" + tag);
        browser.selectOne("unitDialogForm:kind", "村");
        browser.selectOne("unitDialogForm:parent", "青石镇（331199102）");
        browser.click(id("unitDialogForm:saveUnit"));
        assertTrue(browser.message("info").contains("测试新村" + tag), "the saved unit is named");
        browser.screenshot("admin-units");

        // a user in that township, with an initial password that breaks the rules first
        browser.go("admin/users.xhtml");
        browser.click(id("usersForm:newUser"));
        browser.find(id("userDialogForm:username"));
        String username = "u" + tag;
        browser.type("userDialogForm:username", username);
        browser.type("userDialogForm:displayName", "测试承办人");
        browser.selectOne("userDialogForm:unit", "青石镇");
        browser.click(By.xpath("//*[@id='userDialogForm:roles']//label[text()='承办人']"));
        browser.type("userDialogForm:initialPassword", "short");
        browser.click(id("userDialogForm:saveUser"));
        String tooShort = browser.fieldError("userDialogForm:initialPassword");
        assertTrue(tooShort.contains("8") && tooShort.contains("64"), "the length rule at the password: " + tooShort);
        assertFalse(browser.present(id("messages") + " .ui-messages-info"), "nothing saved");
        browser.screenshot("admin-user-validation");
        browser.type("userDialogForm:initialPassword", "Start1234");
        browser.click(id("userDialogForm:saveUser"));
        assertTrue(browser.message("info").contains(username), "the saved user is named");
        browser.type("usersForm:text", username);
        browser.click(id("usersForm:search"));
        browser.waitForText(id("usersForm:users"), "须修改密码");
        browser.screenshot("admin-users");
        browser.logout();

        // the new user must choose a password before anything else
        browser.login(username, "Start1234");
        browser.find(id("forcedNotice"));
        browser.go("index.xhtml");
        browser.find(id("forcedNotice"));
        browser.type("passwordForm:currentPassword", "Start1234");
        browser.type("passwordForm:newPassword", "Better5678");
        browser.type("passwordForm:repeatPassword", "Better5678");
        browser.click(id("passwordForm:change"));
        browser.message("info");
        assertFalse(browser.present(id("messages") + " .ui-messages-error"));
        browser.go("index.xhtml");
        assertTrue(browser.text(id("myRoles")).contains("承办人"));
        browser.logout();

        // five wrong passwords lock the account; then even the right one is refused
        for (int i = 0; i < 5; i++) {
            browser.login(username, "Wrong0000");
        }
        assertTrue(browser.text(id("loginForm:loginMessages")).contains("已被锁定"));
        browser.login(username, "Better5678");
        assertTrue(browser.text(id("loginForm:loginMessages")).contains("已被锁定"));
        assertFalse(browser.present(id("welcome")));
        browser.screenshot("login-locked");

        // the administrator sees the lock, lifts it, and reads the history
        browser.login("admin", "demo");
        browser.go("admin/users.xhtml");
        browser.type("usersForm:text", username);
        browser.click(id("usersForm:search"));
        browser.waitForText(id("usersForm:users"), "已锁定");
        browser.click(By.xpath("//tbody[@id='usersForm:users_data']//a[contains(@href,'history')]"));
        browser.waitForText(id("historyForm:entries"), "新增");
        String history = browser.text(id("historyForm:entries"));
        assertTrue(history.contains("admin"), "created by admin");
        assertTrue(history.contains(username), "the user's own password change is recorded");
        assertTrue(history.contains("锁定至"), "the lock is recorded");
        browser.screenshot("admin-history");
    }

    /** The administrator enters next year's holiday arrangement; a bad line imports nothing. */
    @Test
    void adminImportsNextYearsHolidayArrangement() throws Exception {
        int year = 2090 + new java.util.Random().nextInt(9);
        browser.login("admin", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("admin/calendar.xhtml");
        var yearInput = browser.find(id("yearForm:year_input"));
        yearInput.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(year));
        browser.click(id("yearForm:show"));
        browser.find(id("yearForm:notCovered"));

        browser.type("importForm:csv", year + "-01-01,off,元旦\n" + year + "-13-01,off,坏日期");
        browser.click(id("importForm:doImport"));
        assertTrue(browser.message("error").contains(year + "-13-01,off,坏日期"), "the bad line is quoted");
        assertTrue(browser.present(id("yearForm:notCovered")), "nothing imported");

        browser.type("importForm:csv", "date,kind,name\n" + year + "-01-01,off,元旦\n" + year + "-02-11,off,春节");
        browser.click(id("importForm:doImport"));
        assertTrue(browser.message("info").contains(String.valueOf(year)));
        String days = browser.text(id("yearForm:days"));
        assertTrue(days.contains("元旦") && days.contains("春节"), days);
        assertFalse(browser.present(id("yearForm:notCovered")));
        browser.screenshot("admin-calendar");
    }

    /**
     * The administrator adds a top-level issue category and a child under it (a code without the
     * parent's prefix is refused at its field), then deactivates the child.
     */
    @Test
    void adminAddsAndDeactivatesAnIssueCategory() throws Exception {
        String topCode = "8" + String.format("%05d", new java.util.Random().nextInt(100_000));
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6);
        browser.login("admin", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("admin/codes.xhtml");
        browser.waitForText(id("codesForm:channels"), "12345热线");

        browser.type("addForm:code", topCode);
        browser.type("addForm:name", "测试大类" + tag);
        browser.click(id("addForm:addCategory"));
        assertTrue(browser.message("info").contains(topCode));

        browser.selectOne("addForm:parent", topCode + " 测试大类" + tag);
        browser.type("addForm:code", "1299");
        browser.type("addForm:name", "楼道照明");
        browser.click(id("addForm:addCategory"));
        assertTrue(browser.fieldError("addForm:code").contains(topCode), "refused at the code, naming the parent's code");
        browser.type("addForm:code", topCode + "01");
        browser.click(id("addForm:addCategory"));
        assertTrue(browser.message("info").contains(topCode + "01"));

        browser.type("codesForm:filter", topCode);
        browser.click(id("codesForm:applyFilter"));
        browser.waitForText(id("codesForm:categories"), "楼道照明");
        assertTrue(browser.text(id("codesForm:categories")).contains("测试大类" + tag));
        browser.click(id("codesForm:categories:1:deactivate"));
        assertTrue(browser.message("info").contains("楼道照明"));
        browser.find(id("codesForm:categories:1:activate"));
        assertTrue(browser.present(id("codesForm:categories:0:deactivate")), "the parent stays active");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
        browser.screenshot("admin-codes");

        // a channel of the county's own: refused without its statistics group, then added and listed
        String channel = "T" + tag.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "X");
        browser.type("channelForm:code", channel);
        browser.type("channelForm:name", "县长信箱" + tag);
        browser.click(id("channelForm:addChannel"));
        assertTrue(!browser.fieldError("channelForm:group").isEmpty(), "refused at the group");
        browser.selectOne("channelForm:group", "网上信访");
        browser.click(id("channelForm:addChannel"));
        assertTrue(browser.message("info").contains(channel));
        browser.waitForText(id("codesForm:channels"), channel);
        assertTrue(browser.text(id("codesForm:channels")).contains("县长信箱" + tag));
    }
}
