package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo county's reception day today: the registrar runs it from the queue screen while the
 * waiting-room display (a second browser window) follows live over its WebSocket; an outcome with
 * the leader's 批示 creates a matter on the channel 领导接待日; the officer routes the 批示件, the
 * housing bureau's clerk reports back, and the county leader sees it on the 批示件 page.
 */
class ReceptionDayBrowserIT extends BrowserTest {

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void staffRunTheDayWhileTheDisplayFollowsAndTheInstructionReachesTheLeader() throws Exception {
        browser.login("registrar", "demo");
        browser.go("reception/day.xhtml");
        browser.click(By.xpath("//tr[contains(., '陈国栋') and contains(., '08:30–17:30')]//a[contains(@id, 'open')]"));
        assertTrue(browser.text(id("sessionTitle")).contains("陈国栋"));
        String displayUrl = browser.find(id("displayLink")).getAttribute("href");
        String matterNumber;

        try (Browser display = Browser.open(base, 1280, 720)) {
            display.login("registrar", "demo");
            display.get(displayUrl);
            display.waitForText("#live", "实时");
            assertTrue(display.text("#next").contains("A01") && display.text("#next").contains("B01"), display.text("#next"));

            // 登记 of a walk-in: the display shows the new number without reloading
            browser.type("walkInForm:name", "马德胜");
            browser.type("walkInForm:idNumber", IdNumber.withCheckCharacter("33119919" + (60 + new Random().nextInt(30)) + "0505"
                    + String.format("%03d", new Random().nextInt(1000))));
            browser.type("walkInForm:phone", "13905719999");
            browser.type("walkInForm:subject", "反映小区物业公司擅自提高物业费的问题");
            browser.click(id("walkInForm:walkIn"));
            display.waitForText("#next", "B02");
            assertTrue(display.all("#called .ticket").isEmpty(), "nobody called yet");

            // 叫号: the booked petitioner first; the display names them masked only
            browser.click(id("queueForm:callNext"));
            display.waitForText("#called", "A01");
            assertTrue(display.text("#called").contains("黄**"), display.text("#called"));
            assertFalse(display.pageText().contains("黄志明") || display.pageText().contains("331199"),
                    "no full name or ID number on the display");
            assertFalse(display.text("#next").contains("A01"));
            display.screenshot("reception-day-display");
            browser.screenshot("reception-day-queue");

            // 答复 with the leader's 批示: a 批示件 carried by a new matter
            assertEquals("A01", browser.text(id("currentTicket")));
            browser.type("recordForm:conversation", "信访人反映物业公司多收停车费，维修基金使用情况不公开。");
            browser.type("recordForm:opinion", "请住建局督促物业公司公开维修基金使用情况，清退多收费用。");
            new Select(browser.find(id("recordForm:outcome"))).selectByVisibleText("限期解决");
            browser.type("recordForm:resolveBy", today().plusDays(20).toString());
            browser.type("recordForm:instruction", "请县住建局二十日内督促整改，结果报我。");
            new Select(browser.find(id("recordForm:category"))).selectByValue("1402");
            new Select(browser.find(id("recordForm:problemPlace"))).selectByVisibleText("青石镇");
            browser.screenshot("reception-day-record");
            browser.click(id("recordForm:conclude"));
            matterNumber = browser.text("#instructionsForm\\:instructions a[id$='instructionMatter']").strip();
            assertTrue(matterNumber.matches("\\d{6}-\\d{4}-\\d{6}"), matterNumber);
            assertTrue(browser.text(id("instructionsForm:instructions")).contains("待交办"));
            display.waitFor().withMessage("A01 leaves the called list").until(d -> display.all("#called .ticket").isEmpty());
            browser.screenshot("reception-day-instruction");

            browser.click("#instructionsForm\\:instructions a[id$='instructionMatter']");
            assertTrue(browser.pageText().contains("领导接待日"), "the matter's channel");
            assertTrue(browser.pageText().contains("黄志明"));
            browser.screenshot("reception-day-matter");
        }
        browser.logout();

        // the bureau routes the 批示件 to the housing bureau
        browser.login("officer", "demo");
        browser.go("reception/instructions/index.xhtml");
        String row = "//tr[contains(., '" + matterNumber + "')]";
        browser.click(By.xpath(row + "//button[contains(@id, 'select')]"));
        new Select(browser.find(id("actionForm:mainUnit"))).selectByVisibleText("县住房和城乡建设局");
        browser.click(id("actionForm:route"));
        assertTrue(rowOf(browser, row).getText().contains("办理中"));
        browser.logout();

        // the unit reports back
        browser.login("clerk1", "demo");
        browser.go("reception/instructions/index.xhtml");
        browser.click(By.xpath(row + "//button[contains(@id, 'select')]"));
        browser.type("actionForm:report", "已约谈物业公司，维修基金使用情况已在小区公示，多收停车费已清退。");
        browser.click(id("actionForm:resolved"));
        browser.screenshot("reception-day-report-back");
        browser.click(id("actionForm:reportBack"));
        assertTrue(rowOf(browser, row).getText().contains("已反馈"));
        // and follows the matter up (回访): who went, how, the petitioner's attitude
        browser.click(By.xpath(row + "//button[contains(@id, 'select')]"));
        browser.type("actionForm:visitors", "县住建局 赵敏、孙强");
        browser.type("actionForm:note", "信访人对处理结果表示满意，签字确认息诉。");
        browser.click(id("actionForm:recordFollowUp"));
        browser.waitForText("#actionForm\\:followUps", "满意，息诉罢访");
        browser.screenshot("reception-day-follow-up");
        browser.logout();

        // the leader sees it on their 批示件 page
        browser.login("leader", "demo");
        browser.go("reception/instructions/index.xhtml");
        String seen = rowOf(browser, row).getText();
        assertTrue(seen.contains("已反馈") && seen.contains("多收停车费已清退") && seen.contains("已化解"), seen);
        browser.screenshot("reception-day-leader-instructions");
    }

    private static org.openqa.selenium.WebElement rowOf(Browser b, String xpath) {
        return b.waitFor().until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(By.xpath(xpath)));
    }
}
