package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 统计报表 as the bureau's officer opens it: last year's figures beside the year before. */
class StatisticsBrowserIT extends BrowserTest {

    @Test
    void officerShowsLastYearsTable() throws Exception {
        browser.login("officer", "demo");
        browser.click(id("menuForm:m_statistics"));
        browser.click(id("statsForm:preset-lastYear"));
        int last = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        String period = browser.text(id("periodLine"));
        assertTrue(period.contains(last + "-01-01") && period.contains(last + "-12-31"), period);
        String received = browser.text(id("value-received")).strip();
        assertTrue(received.matches("\\d+"), "received is a count: " + received);
        assertTrue(browser.text(id("row-undecided")).contains("截止日"), "the definition stands beside the number");
        browser.screenshot("statistics-table");
    }
}
