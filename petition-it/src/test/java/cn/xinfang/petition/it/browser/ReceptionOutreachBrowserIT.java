package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 值班 and the reception figures in the browser: the officer finds the demo county's New Year roster,
 * is refused a shift with fewer people than it needs, adds one with two, swaps one of them with a
 * reason and writes the duty log; the statistics tables show the reception-day section, whose
 * numbers open the items behind them, as many as the number says.
 */
class ReceptionOutreachBrowserIT extends BrowserTest {

    @Test
    void anOfficerKeepsTheDutyRosterAndTheReceptionFiguresOpenTheirItems() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String tag = Integer.toString(new Random().nextInt(900000) + 100000);
        LocalDate day = today.plusDays(40 + new Random().nextInt(20));

        browser.login("officer", "demo");
        browser.go("reception/duty.xhtml");
        browser.type("dutyFilter:to", today.plusMonths(4).toString());
        browser.click(id("dutyFilter:show"));
        assertTrue(browser.text(id("rosterForm:shifts")).contains("元旦"), "the demo county's New Year roster");

        browser.type("shiftForm:day", day.toString());
        browser.type("shiftForm:occasion", "春节前" + tag);
        browser.type("shiftForm:leaderName", "何副县长" + tag);
        browser.type("shiftForm:leaderPost", "副县长");
        browser.click(id("shiftForm:addShift"));
        assertTrue(browser.pageText().contains("本班次至少需要 2 人值班"), "one person is not enough for a shift of two");
        browser.type("shiftForm:staffName", "吕干事" + tag);
        browser.type("shiftForm:staffPost", "县信访局干部");
        browser.click(id("shiftForm:addShift"));
        String roster = browser.text(id("rosterForm:shifts"));
        assertTrue(roster.contains("春节前" + tag) && roster.contains("吕干事" + tag), roster);

        browser.click(By.xpath("//tr[contains(., '春节前" + tag + "')]//button[contains(@id,'select')]"));
        new Select(browser.driver.findElement(By.id("shiftAction:memberId"))).selectByVisibleText("吕干事" + tag);
        browser.type("shiftAction:memberName", "施干事" + tag);
        browser.type("shiftAction:memberPost", "县信访局干部");
        browser.type("shiftAction:reason", "家中有事，调班");
        browser.click(id("shiftAction:swap"));
        browser.click(By.xpath("//tr[contains(., '春节前" + tag + "')]//button[contains(@id,'select')]"));
        browser.type("shiftAction:summary", "群众1人来访反映欠薪，已登记转办。");
        browser.click(id("shiftAction:log"));
        String all = browser.text(id("rosterForm:shifts"));
        assertTrue(all.contains("吕干事" + tag + " → 施干事" + tag + "：家中有事，调班"), all);
        assertTrue(all.contains("群众1人来访反映欠薪"), all);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('rosterForm').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-duty");

        // the catalogue's reception section: a number opens its items, as many as it says
        browser.go("statistics/tables.xhtml");
        browser.click(id("statsForm:preset-thisYear"));
        assertTrue(browser.present("#section-RECEPTION"));
        String batches = browser.text("#link-receptionBatches").strip();
        assertTrue(batches.matches("\\d+"), batches);
        assertTrue(browser.text("#row-receptionBatches").contains("每次来访"), "the definition stands beside the number");
        assertTrue(browser.text("#reportSummary").contains("次领导接访活动"), "the report text has its reception sentence");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('section-RECEPTION').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-statistics-section");
        browser.click("#link-receptionBatches");
        browser.waitForText("#tally", "共 " + batches + " 项");
        assertEquals(batches, browser.text("#figureValue").strip());
        browser.screenshot("reception-figure-items");
        browser.logout();

        // a unit clerk keeps the unit's own roster and opens a reception figure from the statistics
        browser.login("clerk1", "demo");
        browser.go("reception/duty.xhtml");
        assertTrue(browser.present("#dutyFilter\\:to"), "the duty page is open to a unit clerk");
        assertTrue(!browser.text(id("rosterForm:shifts")).contains("元旦"), "not the bureau's roster");
        browser.go("reception/figure.xhtml?key=receptionSessions&from=" + today.withDayOfYear(1) + "&to=" + today);
        assertTrue(browser.present("#figureValue"));
    }
}
