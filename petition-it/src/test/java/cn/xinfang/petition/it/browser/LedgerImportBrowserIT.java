package cn.xinfang.petition.it.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 历史数据导入 in the browser: the administrator uploads last year's ledger; the dry run lists the
 * wrong row with its line, column and a Chinese message and imports nothing; the corrected file's
 * dry run passes, 正式导入 brings it in, and the matter's page shows the ledger's date and the import.
 */
class LedgerImportBrowserIT extends BrowserTest {

    static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).withDayOfMonth(5);

    @Test
    void theAdministratorChecksThenImportsALedger() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // settled matters only, so that nothing of this test waits in anyone's 待办
        String header = "台账编号,收件日期,渠道,人数,信访人,主要内容,问题分类,问题属地,受理结果,受理日期,承办单位,答复日期,答复结果\r\n";
        String good = header + "B" + tag + "-1," + DAY + ",来信,1,台账丁,反映拖欠工资。,0701,331199102201,受理," + DAY.plusDays(1)
                + ",县人力资源和社会保障局," + DAY.plusDays(30) + ",支持\r\n"
                + "B" + tag + "-2," + DAY.plusDays(2) + ",来访,2,台账戊,反映物业问题。,1402,331199102201,不予受理," + DAY.plusDays(2) + ",,,\r\n";
        String bad = good + "B" + tag + "-3," + DAY.plusDays(3) + ",来信,1,台账己,反映问题。,0701,331199102201,不予受理," + DAY.plusDays(1) + ",,,\r\n";
        Path dir = Files.createTempDirectory("ledger");
        Path badFile = Files.write(dir.resolve("历史台账-有误.csv"), bad.getBytes(StandardCharsets.UTF_8));
        Path goodFile = Files.write(dir.resolve("历史台账.csv"), good.getBytes(StandardCharsets.UTF_8));

        browser.login("admin", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("admin/index.xhtml");
        browser.click(By.linkText("历史数据导入"));
        browser.find(id("ledgerForm:file"));
        assertTrue(browser.find(id("templateXlsx")).getAttribute("href").endsWith("/admin/ledger-template.xlsx"));

        browser.driver.findElement(By.id("ledgerForm:file")).sendKeys(badFile.toString());
        browser.click(id("ledgerForm:check"));
        browser.waitForText(id("problems"), "受理日期");
        String problems = browser.text(id("problems"));
        assertTrue(problems.contains("4") && problems.contains("不得早于“收件日期”"), problems);
        assertTrue(browser.text(id("verdict")).contains("未导入任何事项"));
        assertFalse(browser.present(id("ledgerForm:run")), "no import while a row is wrong");
        browser.screenshot("ledger-import-problems");

        browser.driver.findElement(By.id("ledgerForm:file")).sendKeys(goodFile.toString());
        browser.click(id("ledgerForm:check"));
        browser.waitForText(id("verdict"), "检查通过");
        assertTrue(browser.text(id("summary")).contains("新建 2 件"), browser.text(id("summary")));
        browser.click(id("ledgerForm:run"));
        assertTrue(browser.message("info").contains("新建 2 件"), browser.text(id("messages")));
        browser.waitForText(id("verdict"), "已全部导入");
        browser.screenshot("ledger-import-done");
        String rows = browser.text(id("rows"));
        assertTrue(rows.contains("-" + DAY.getYear() + "-"), "the matters are numbered in the year received: " + rows);
    }
}
