package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leader reception days in the browser: the officer adds a leader and a weekly rule (filled in as a
 * form, its next dates previewed before saving), previews the year and saves it, publishes the coming weeks; a petitioner books on a phone-sized public page
 * and gets a booking code; the officer sees the booking with the ID number masked.
 */
class ReceptionBrowserIT extends BrowserTest {

    @Test
    void anOfficerSetsUpARuleTheYearAppearsAndAPetitionerBooksOnAPhone() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String tag = Integer.toString(new Random().nextInt(900000) + 100000);
        String leader = "韩立" + tag;

        browser.login("officer", "demo");
        browser.go("reception/rules.xhtml");
        browser.type("leaderForm:name", leader);
        browser.type("leaderForm:post", "副县长");
        browser.type("leaderForm:portfolio", "应急管理、市场监管");
        browser.click(id("leaderForm:addLeader"));
        assertTrue(browser.pageText().contains(leader), "the leader is listed");

        browser.type("ruleForm:name", "副县长每周四接访" + tag);
        new Select(browser.driver.findElement(By.id("ruleForm:leader"))).selectByVisibleText(leader + " 副县长");
        // the rule as a form: a preset fills it, the officer changes Wednesday to Thursday
        browser.click(By.xpath("//a[contains(@id,'preset') and text()='每周三']"));
        assertEquals("WEEKLY", new Select(browser.driver.findElement(By.id("ruleForm:frequency"))).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.driver.findElement(By.id("ruleForm:weekdays:2")).isSelected(), "Wednesday ticked by the preset");
        browser.click(By.id("ruleForm:weekdays:2"));
        browser.click(By.id("ruleForm:weekdays:3"));
        browser.type("ruleForm:validFrom", today.toString());
        browser.type("ruleForm:place", "县信访局二楼接待室");
        browser.type("ruleForm:capacity", "12");
        // the RRULE it writes, as text and back
        browser.click(By.id("ruleForm:rawToggle"));
        assertEquals("FREQ=WEEKLY;BYDAY=TH", browser.driver.findElement(By.id("ruleForm:rrule")).getAttribute("value"));
        browser.click(By.id("ruleForm:rawToggle"));
        assertTrue(browser.driver.findElement(By.id("ruleForm:weekdays:3")).isSelected(), "the typed RRULE reads back into the form");
        // the next dates before saving: Thursdays, or the working day after a holiday Thursday
        browser.click(id("ruleForm:previewRule"));
        String next = browser.text(id("ruleForm:nextDates"));
        assertTrue(next.contains("周四") && next.contains(leader), next);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('ruleForm').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-rules-form");
        browser.click(id("ruleForm:addRule"));
        String rules = browser.text(id("rulesForm:rules"));
        assertTrue(rules.contains("每周四") && rules.contains("FREQ=WEEKLY;BYDAY=TH"), "the rule is listed in words and as its RRULE: " + rules);
        // 修改 puts the rule back into the form
        browser.click(By.xpath("//tr[contains(., '副县长每周四接访" + tag + "')]//button[contains(@id,'edit')]"));
        assertTrue(browser.driver.findElement(By.id("ruleForm:weekdays:3")).isSelected(), "the stored RRULE back in the form");
        assertEquals("副县长每周四接访" + tag, browser.driver.findElement(By.id("ruleForm:name")).getAttribute("value"));
        browser.click(id("ruleForm:cancelEdit"));

        browser.type("yearForm:year", String.valueOf(today.getYear()));
        browser.click(id("yearForm:preview"));
        String proposed = browser.text(id("yearForm:proposed"));
        assertTrue(proposed.contains(leader), "the year's sessions of the new rule are proposed");
        assertTrue(browser.present(id("yearForm:conflicts")));
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('yearForm').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-rules-preview");
        browser.click(id("yearForm:generate"));
        assertTrue(browser.message("info").contains("已保存"), "the year is saved");
        assertTrue(browser.text("#previewSummary").startsWith("将新增 0 个场次"), "nothing left to add");

        browser.go("reception/index.xhtml");
        browser.type("scheduleForm:to", today.plusDays(35).toString());
        browser.click(id("scheduleForm:show"));
        browser.click(id("scheduleForm:publishOnTime"));
        assertTrue(browser.message("info").contains("已公示"));
        String schedule = browser.text(id("scheduleForm:sessions"));
        assertTrue(schedule.contains(leader) && schedule.contains("已公示"), schedule);
        browser.screenshot("reception-schedule");
        browser.logout();

        // the petitioner, on a phone, without an account
        browser.close();
        browser = Browser.open(base, 390, 844);
        browser.go("public/index.xhtml");
        browser.click(id("toReception"));
        By card = By.xpath("//div[contains(@class,'reception-card')][.//strong[@class='leader' and text()='" + leader + "']]");
        assertTrue(browser.driver.findElement(card).getText().contains("县信访局二楼接待室"));
        browser.screenshot("reception-public");
        browser.click(By.xpath("(//div[contains(@class,'reception-card')][.//strong[@class='leader' and text()='" + leader
                + "']])[1]//button"));
        browser.click(id("bookForm:send"));
        assertFalse(browser.fieldError("bookForm:name").isBlank(), "the name is required");
        browser.type("bookForm:name", "柳青" + tag);
        Random r = new Random();
        browser.type("bookForm:idNumber", IdNumber.withCheckCharacter("33118219" + (60 + r.nextInt(30)) + "0315" + String.format("%03d", r.nextInt(1000))));
        browser.type("bookForm:phone", "13812340000");
        browser.type("bookForm:subject", "小区门前道路施工半年未完工，出行不便，希望县领导协调。");
        browser.screenshot("reception-booking-form");
        browser.click(id("bookForm:send"));
        String code = browser.text("#receiptCode");
        assertEquals(8, code.length(), code);
        assertEquals("1", browser.text("#receiptNumber"));
        browser.screenshot("reception-booked");

        // the code finds the booking again
        browser.go("public/reception.xhtml");
        browser.type("codeForm:code", code);
        browser.click(id("codeForm:find"));
        assertEquals("已预约", browser.text("#bookingState"));

        // the officer sees it with the ID number masked
        browser.close();
        browser = Browser.open(base);
        browser.login("officer", "demo");
        browser.go("reception/index.xhtml");
        browser.type("scheduleForm:to", today.plusDays(35).toString());
        browser.click(id("scheduleForm:show"));
        browser.click(By.xpath("(//tr[.//strong[text()='" + leader + "'] and .//span[contains(@class,'state-PUBLISHED')]])[1]"
                + "//a[contains(@id,'open')]"));
        String bookings = browser.text(id("bookingsForm:bookings"));
        assertTrue(bookings.contains("柳青" + tag) && bookings.contains("*"), bookings);
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('bookingsForm').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-session");
    }
}
