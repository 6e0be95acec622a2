package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.it.http.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 年终考核 in the demo county as the appraisal office uses it: the schemes (last year's published,
 * this year's draft), an indicator's points changed and saved as a new version, a run with its
 * progress, the ranking, a unit's lost points opened down to the matters behind them (as many as
 * the line says), and a township's own 自查.
 */
class AppraisalBrowserIT extends BrowserTest {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** Two letters received a month ago at 石桥村 and never decided: overdue for acceptance on the cut-off day. */
    private void registerUndecided() throws Exception {
        Http http = new Http(base);
        HttpResponse<String> units = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/units"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("registrar:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        int i = units.body().indexOf("\"石桥村\"");
        assertTrue(i > 0, units.body());
        String before = units.body().substring(0, i);
        long place = Long.parseLong(before.substring(before.lastIndexOf("\"id\":") + 5).replaceAll("[^0-9].*", ""));
        LocalDate on = TODAY.minusDays(30).getYear() == YEAR ? TODAY.minusDays(30) : LocalDate.of(YEAR, 1, 1);
        for (int k = 0; k < 2; k++) {
            String idNumber = IdNumber.withCheckCharacter("33118219" + (60 + new Random().nextInt(30)) + "0101"
                    + String.format("%03d", new Random().nextInt(1000)));
            http.ok("POST", "matters", "registrar", """
                    {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"考核某","idNumber":"%s","phone":"13600000000",
                     "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"反映道路破损问题。",
                     "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""".formatted(on, idNumber, place));
        }
    }

    @Test
    void appraiserEditsRunsAndDrillsDownAndAUnitChecksItself() throws Exception {
        registerUndecided();
        browser.login("appraiser", "demo");
        // the demo county's appraisal is seeded by the job timer shortly after the first start
        for (int i = 0; i < 60 && browser.all("#homeForm\\:schemes tbody tr").size() < 4; i++) {
            Thread.sleep(2000);
            browser.go("appraisal/index.xhtml");
        }
        String schemes = browser.text("#homeForm\\:schemes");
        assertTrue(schemes.contains((YEAR - 1) + "") && schemes.contains("已发布"), schemes);
        assertTrue(schemes.contains(YEAR + "") && schemes.contains("草稿"), schemes);
        browser.screenshot("appraisal-schemes");

        // this year's township scheme: 按期答复率 10 → 12 points, saved as version 2 with a note
        WebElement row = browser.driver.findElements(By.cssSelector("#homeForm\\:schemes tbody tr")).stream()
                .filter(r -> r.getText().startsWith(YEAR + "") && r.getText().contains("乡镇")).findFirst().orElseThrow();
        browser.click(By.cssSelector("#" + row.findElement(By.cssSelector("a[id$='open']")).getAttribute("id").replace(":", "\\:")));
        assertTrue(browser.text("#schemeTitle").contains("版本 1"), browser.text("#schemeTitle"));
        assertEquals("按期答复率", browser.find(id("schemeForm:items:1:title")).getAttribute("value"));
        browser.type("schemeForm:items:1:points", "12");
        browser.type("schemeForm:note", "按期答复率调为12分");
        browser.click(id("schemeForm:save"));
        assertTrue(browser.text("#schemeTitle").contains("版本 2"), browser.text("#schemeTitle"));
        assertTrue(browser.text("#schemeForm\\:versions").contains("按期答复率调为12分"));
        browser.screenshot("appraisal-scheme-editor");

        // run it: the progress, then the ranking
        browser.click(id("runForm:start"));
        browser.waitForText("#runInfo", "已完成");
        browser.find("#runForm\\:ranking");
        assertTrue(browser.text("#runInfo").contains("版本 2"), browser.text("#runInfo"));
        browser.screenshot("appraisal-ranking");

        // a unit that lost points on a figure: its line links to the matters behind it
        List<String> units = browser.all("#runForm\\:ranking a[id$='unitLink']").stream().map(a -> a.getAttribute("href")).toList();
        assertTrue(units.size() >= 3, "every township is ranked or listed");
        WebElement figure = null;
        for (String unit : units) {
            browser.get(unit);
            browser.find("#lines");
            figure = browser.all("#lines a[id$='figure']").stream().filter(a -> !a.getText().strip().endsWith(" 0")).findFirst().orElse(null);
            if (figure != null) {
                break;
            }
        }
        assertTrue(figure != null, "a unit with matters behind a lost point");
        browser.screenshot("appraisal-unit");
        Matcher m = Pattern.compile("(\\d+)$").matcher(figure.getText().strip());
        assertTrue(m.find(), figure.getText());
        String count = m.group(1);
        browser.click(By.cssSelector("#" + figure.getAttribute("id").replace(":", "\\:")));
        browser.waitForText("#matterCount", count);
        assertEquals(Math.min(Integer.parseInt(count), 200), browser.all("#matterList tbody tr .matter-number").size());
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('mattersTitle').scrollIntoView()");
        browser.screenshot("appraisal-drilldown");
        browser.logout();

        // a township's clerk sees the township's own provisional score only
        browser.login("clerk2", "demo");
        browser.go("appraisal/mine.xhtml");
        browser.find("#lines");
        assertTrue(browser.text("#unitTitle").contains("暂定结果"), browser.text("#unitTitle"));
        browser.screenshot("appraisal-mine");
        browser.go("appraisal/index.xhtml");
        assertTrue(browser.present("#homeForm\\:mine"));
    }
}
