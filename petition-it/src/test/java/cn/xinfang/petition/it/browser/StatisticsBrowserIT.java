package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.it.http.Http;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 统计报表 as the bureau's officer uses it: the dashboard draws its charts, a click on a bar opens
 * the matters behind it (as many as the bar says), the standard tables link every number, and
 * both downloads open.
 */
class StatisticsBrowserIT extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** Three letters and a visit received today in the demo county, so that this year's bars are not empty. */
    private void registerToday() throws Exception {
        Http http = new Http(base);
        HttpResponse<String> units = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/units"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("registrar:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        int i = units.body().indexOf("\"石桥村\"");
        assertTrue(i > 0, units.body());
        String before = units.body().substring(0, i);
        long place = Long.parseLong(before.substring(before.lastIndexOf("\"id\":") + 5).replaceAll("[^0-9].*", ""));
        for (String channel : List.of("LETTER", "LETTER", "LETTER", "VISIT")) {
            String idNumber = IdNumber.withCheckCharacter("33118219" + (60 + new Random().nextInt(30)) + "0101"
                    + String.format("%03d", new Random().nextInt(1000)));
            http.ok("POST", "matters", "registrar", """
                    {"channelCode":"%s","receivedOn":"%s","petitionerName":"统计某","idNumber":"%s","phone":"13600000000",
                     "peopleCount":2,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"反映道路破损问题。",
                     "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}""".formatted(channel, TODAY, idNumber, place));
        }
    }

    @Test
    void dashboardBarsOpenTheirMattersAndTheTablesAndDownloadsWork() throws Exception {
        registerToday();
        browser.login("officer", "demo");
        // the 工作台's summary: this month's received, a link to exactly its matters
        browser.go("index.xhtml");
        String month = browser.text("#home-kpi-received strong").strip();
        assertTrue(Long.parseLong(month) >= 4, "this month counts today's matters: " + month);
        browser.screenshot("statistics-home-summary");
        browser.click("#home-kpi-received");
        browser.waitForText("#figureCount", "共（件）：" + month);
        browser.click(id("menuForm:m_statistics"));
        browser.find("#chart-channelGroups[data-rendered='true']");
        for (String chart : List.of("channelGroups", "trend", "categories", "units", "townships", "deadlines", "satisfaction")) {
            assertTrue(browser.present("#chart-" + chart + "[data-rendered='true'] svg"), chart + " is drawn (SVG)");
        }
        String letters = browser.text("#kpi-received strong");
        assertTrue(Long.parseLong(letters) >= 4, "this year counts today's matters: " + letters);
        browser.screenshot("statistics-dashboard");

        // the bar of this year's letters: where ECharts laid it out, clicked like a user would
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        WebElement chart = browser.find("#chart-channelGroups");
        @SuppressWarnings("unchecked")
        Map<String, Object> bar = (Map<String, Object>) js.executeScript("""
                var c = echarts.getInstanceByDom(arguments[0]);
                var l = c.getModel().getSeriesByIndex(0).getData().getItemLayout(0);
                var v = c.getOption().series[0].data[0];
                return {x: l.x + l.width / 2, y: l.y + l.height / 2, value: v};""", chart);
        long value = ((Number) bar.get("value")).longValue();
        assertTrue(value >= 3, "this year's letters: " + value);
        int dx = (int) Math.round(((Number) bar.get("x")).doubleValue() - chart.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(((Number) bar.get("y")).doubleValue() - chart.getSize().getHeight() / 2.0);
        js.executeScript("window.__petitionTest.page = 'dashboard';");
        new Actions(browser.driver).moveToElement(chart, dx, dy).click().perform();
        browser.waitFor().until(d -> String.valueOf(js.executeScript("return location.pathname")).endsWith("/cases/index.xhtml"));
        browser.idle();
        browser.waitForText("#figureLabel", "来信");
        assertEquals("共（件）：" + value, browser.text("#figureCount"), "the list holds as many matters as the bar");
        assertTrue(browser.pageText().contains(value + ""), "the paginator says the same");
        browser.screenshot("statistics-drilldown");

        // the standard tables: every number a link to the list of the same size
        browser.go("statistics/tables.xhtml");
        browser.click(id("statsForm:preset-thisYear"));
        String received = browser.text("#link-received").strip();
        assertTrue(received.matches("\\d+"), received);
        assertTrue(browser.text("#row-undecided").contains("截止日"), "the definition stands beside the number");
        assertTrue(browser.text("#row-backlogSharePct").contains("%"));
        assertTrue(browser.text("#reportSummary").contains("群众来信来访共" + received + "件"), browser.text("#reportSummary"));
        browser.screenshot("statistics-table");
        String xlsx = browser.find("#downloadXlsx").getAttribute("href");
        String docx = browser.find("#downloadDocx").getAttribute("href");
        String pdf = browser.find("#downloadPdf").getAttribute("href");
        browser.click("#link-received");
        browser.waitForText("#figureCount", "共（件）：" + received);

        // both downloads, with the browser's session
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> x = client.send(HttpRequest.newBuilder(URI.create(xlsx)).header("Cookie", "JSESSIONID=" + session.getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, x.statusCode());
        assertTrue(x.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            assertEquals(Long.parseLong(received), (long) wb.getSheet("统计报表").getRow(4).getCell(1).getNumericCellValue());
        }
        HttpResponse<byte[]> w = client.send(HttpRequest.newBuilder(URI.create(docx)).header("Cookie", "JSESSIONID=" + session.getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, w.statusCode());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(w.body()))) {
            assertTrue(doc.getParagraphs().get(3).getText().contains("群众来信来访共" + received + "件"));
        }
        HttpResponse<byte[]> p = client.send(HttpRequest.newBuilder(URI.create(pdf)).header("Cookie", "JSESSIONID=" + session.getValue())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, p.statusCode());
        assertEquals("application/pdf", p.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(p.body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void theDashboardReadsOnAPhone() throws Exception {
        browser.close();
        browser = Browser.open(base, 390, 844);
        browser.login("officer", "demo");
        browser.go("statistics/index.xhtml");
        browser.find("#chart-satisfaction[data-rendered='true']");
        browser.screenshot("statistics-dashboard-phone");
        Object wide = ((JavascriptExecutor) browser.driver).executeScript("""
                if (document.documentElement.scrollWidth <= window.innerWidth + 1) { return null; }
                var widest = null;
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > window.innerWidth + 1 && (!widest || r.right > widest.r)) { widest = {r: r.right, e: e}; }
                });
                return widest ? widest.e.tagName + '#' + widest.e.id + '.' + widest.e.className + ' ' + widest.r : 'unknown';""");
        assertEquals(null, wide, "no sideways scrolling on a phone");
    }
}
