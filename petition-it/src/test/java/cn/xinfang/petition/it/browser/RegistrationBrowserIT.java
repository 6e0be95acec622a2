package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.Random;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registrar registers a collective, cross-level visit, then the same petitioner's next visit
 * as a repeat of it; the township clerk sees the matter with the ID number masked, another unit's
 * clerk does not see it at all.
 */
class RegistrationBrowserIT extends BrowserTest {

    /** A valid resident ID number with a random sequence, so that every run has a new petitioner. */
    static String randomIdNumber() {
        Random random = new Random();
        return IdNumber.withCheckCharacter("331182" + (1950 + random.nextInt(50))
                + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000)));
    }

    /** Registers a visit of the petitioner; as a repeat of the earlier matter if one is given. */
    private String register(String idNumber, String repeatOf) throws Exception {
        boolean repeat = repeatOf != null;
        browser.go("cases/register.xhtml");
        browser.find(id("registerForm:channel"));
        browser.selectOne("registerForm:channel", "来访");
        browser.type("registerForm:petitionerName", "王建设");
        browser.type("registerForm:idNumber", idNumber);
        browser.type("registerForm:phone", "13905710000");
        browser.type("registerForm:address", "青山县青石镇石桥村 8 号");
        browser.click(id("registerForm:findEarlier"));
        if (repeat) {
            // the one earlier matter is offered, besides registering as a new matter
            browser.find(id("registerForm:earlierFound"));
            assertEquals(2, browser.all("input[name='registerForm:repeatOf']").size(), "new, or a repeat of the one earlier matter");
            String radio = browser.driver.findElement(By.cssSelector("input[name='registerForm:repeatOf'][value='" + repeatOf + "']"))
                    .getAttribute("id");
            browser.click(By.cssSelector("label[for='" + radio + "']"));
        } else {
            browser.find(id("registerForm:noEarlier"));
            assertFalse(browser.present(id("registerForm:repeatOf")), "no earlier matter to repeat");
        }
        var people = browser.find(id("registerForm:peopleCount_input"));
        people.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12", Keys.TAB);
        browser.idle();
        browser.type("registerForm:rep0", "王建设");
        browser.type("registerForm:rep1", "李红");
        browser.selectOne("registerForm:crossLevel", "赴省");
        browser.selectOne("registerForm:kind", "申诉求决类");
        browser.selectOne("registerForm:purpose", "求决");
        browser.selectOne("registerForm:category", "城乡建设 / 拆迁安置");
        browser.selectOne("registerForm:problemPlace", "青石镇 / 石桥村");
        browser.type("registerForm:content", "石桥村十二户村民反映：2025 年道路拓宽工程拆迁安置补偿款至今未足额发放，要求尽快落实。");
        if (!repeat) {
            browser.screenshot("registration-form");
        }
        browser.click(id("registerForm:save"));
        try {
            browser.waitForText(id("pageTitle"), "信访事项 ");
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("registration-failed");
            throw new AssertionError("registration did not complete; the page says: " + browser.pageText(), e);
        }
        return browser.text(id("matterNumber"));
    }

    @Test
    void registrarRegistersACollectiveCrossLevelVisitAndItsRepeat() throws Exception {
        browser.login("registrar", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");

        // bad input first: nothing filled in, every required field is marked and nothing is saved
        browser.go("cases/register.xhtml");
        browser.click(id("registerForm:save"));
        for (String field : new String[]{"channel", "petitionerName", "kind", "purpose", "category", "problemPlace", "content"}) {
            assertFalse(browser.fieldError("registerForm:" + field).isBlank(), field + " is required");
        }
        assertFalse(browser.present(id("matterNumber")), "nothing saved");
        browser.type("registerForm:idNumber", "110105194912310021");
        browser.type("registerForm:petitionerName", "测试");
        browser.click(id("registerForm:findEarlier"));

        String idNumber = randomIdNumber();
        String first = register(idNumber, null);
        assertTrue(first.matches("331199-\\d{4}-\\d{6}"), first);
        assertTrue(browser.message("info").contains(first), "the message names the new matter");
        assertEquals("已登记", browser.text(id("matterState")));
        assertTrue(browser.text(id("matterPeople")).contains("集体访"));
        assertEquals("赴省", browser.text(id("matterCrossLevel")));
        assertEquals(idNumber, browser.text(id("petitionerId")), "the registrar sees the full ID number");
        assertTrue(browser.text(id("timeline")).contains("登记"));
        browser.screenshot("matter-page");

        String second = register(idNumber, first);
        assertFalse(first.equals(second));
        assertTrue(browser.text(id("matterRepeat")).contains(first), "linked to the earlier matter");
        assertTrue(browser.message("info").contains(second));
        String matterUrl = browser.driver.getCurrentUrl();

        browser.go("cases/index.xhtml");
        browser.type("listForm:text", idNumber);
        browser.click(id("listForm:search"));
        String list = browser.text(id("listForm:matters"));
        assertTrue(list.contains(first) && list.contains(second), list);
        browser.screenshot("matter-list");
        // 逾期未评价 only: these have not been replied yet, so neither is listed
        browser.click(id("listForm:evaluationOverdue") + " .ui-chkbox-box");
        browser.click(id("listForm:search"));
        browser.find(id("listForm:matters") + " .ui-datatable-empty-message");
        assertFalse(browser.text(id("listForm:matters")).contains(first));
        browser.logout();

        // the township clerk of 青石镇 sees it, with the ID number masked
        browser.login("clerk2", "demo");
        browser.get(matterUrl);
        browser.find(id("matterNumber"));
        assertFalse(browser.text(id("petitionerId")).equals(idNumber));
        assertTrue(browser.text(id("petitionerId")).contains("*"));
        browser.logout();

        // a department clerk does not, not even by URL
        browser.login("clerk1", "demo");
        browser.get(matterUrl);
        assertTrue(browser.message("error").contains("无权访问"));
        assertFalse(browser.present(id("matterNumber")));
        browser.go("cases/register.xhtml");
        assertTrue(browser.present(id("forbiddenText")), "only registrars and officers register");
    }

    private void loginAndOpen(String user, String url) {
        browser.login(user, "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.get(url);
        browser.find(id("matterNumber"));
    }

    private void submit(String buttonId, String expectedState) {
        browser.click(id(buttonId));
        browser.waitForText(id("matterState"), expectedState);
    }

    /** The journey registrar → officer → unit clerk → unit leader → officer, all in the browser. */
    @Test
    void aMatterGoesFromRegistrationThroughTheUnitToClosing() throws Exception {
        browser.login("registrar", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        String number = register(randomIdNumber(), null);
        String url = browser.driver.getCurrentUrl();
        browser.logout();

        // the bureau's case officer accepts and assigns it to the housing bureau (clerk1, lead1)
        loginAndOpen("officer", url);
        submit("decideForm:decide", "已受理");
        browser.selectOne("routeForm:mainUnit", "县住房和城乡建设局");
        submit("routeForm:route", "办理中");
        assertTrue(browser.text(id("mainUnit")).contains("县住房和城乡建设局"));
        browser.logout();

        // the unit clerk finds it in the inbox and records progress
        browser.login("clerk1", "demo");
        browser.go("cases/index.xhtml");
        browser.waitForText(id("inbox"), number);
        browser.screenshot("unit-inbox");
        browser.click(By.linkText(number));
        browser.find(id("matterNumber"));
        browser.type("textForm:text", "已与信访人代表面谈，调取拆迁补偿协议和发放台账。");
        submit("textForm:note", "办理中");
        browser.logout();

        // the unit leader approves the one extension
        loginAndOpen("lead1", url);
        browser.find(id("extendForm:days_input"));
        browser.type("extendForm:text", "涉及多户补偿标准核定，需会同自然资源部门调查。");
        submit("extendForm:extend", "办理中");
        assertTrue(browser.text(id("handlingDue")).contains("已延期 30 日"));
        assertFalse(browser.present(id("extendForm")), "only one extension");
        browser.logout();

        // the clerk drafts the written opinion; the leader approves it
        loginAndOpen("clerk1", url);
        browser.click(By.xpath("//*[@id='replyForm:outcome']//label[text()='支持']"));
        browser.type("replyForm:text", "经核实，石桥村道路拓宽工程拆迁安置补偿款尚有部分未发放。依据有关规定，你们的诉求合理，予以支持，"
                + "相关款项将于三十日内足额发放。");
        submit("replyForm:draftReply", "答复待审批");
        browser.logout();
        loginAndOpen("lead1", url);
        submit("finalForm:approveReply", "已答复");
        browser.logout();

        // 交办: the unit reports back, then the bureau closes
        loginAndOpen("clerk1", url);
        browser.type("textForm:text", "已书面答复信访人，补偿款发放方案已报县政府。");
        submit("textForm:reportBack", "已报结果");
        browser.logout();
        loginAndOpen("officer", url);
        submit("finalForm:close", "已办结");
        String timeline = browser.text(id("timeline"));
        for (String step : new String[]{"登记", "受理", "交办/转办", "办理记录", "延期", "拟写答复", "批准答复", "报送结果", "办结"}) {
            assertTrue(timeline.contains(step), step + " in " + timeline);
        }
        browser.screenshot("matter-closed");

        // the same timeline in English: every step and its parameters from the bundles, the page stays on the matter
        browser.click(By.id("headerForm:langEn"));
        try {
            String english = browser.text(id("timeline"));
            assertTrue(english.contains("Registered") && english.contains("Extended") && english.contains("Closed"), english);
            assertTrue(english.contains("to 县住房和城乡建设局"), "the routing names its unit in an English sentence: " + english);
            assertFalse(english.contains("交办") || english.contains("转办") || english.contains(" 日"),
                    "no Chinese prose of the product's own on the English timeline: " + english);
            browser.screenshot("matter-timeline-en");
        } finally {
            browser.click(By.id("headerForm:langZh"));
        }
        assertTrue(browser.text(id("timeline")).contains("交办 县住房和城乡建设局"));
    }
}
