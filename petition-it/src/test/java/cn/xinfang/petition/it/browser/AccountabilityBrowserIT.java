package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.http.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 首问负责, 领导包案 and 责任追究 in the browser: the registrar hands the matter over on the matter
 * page; the county leader takes it with a milestone; the unit's clerk completes the milestone and
 * reports; the leader's page and 包案化解率 with its definition and drill-down; the officer opens
 * an accountability case, sees the 倒查 suggestion and decides it.
 */
class AccountabilityBrowserIT extends BrowserTest {

    private void date(String clientId, LocalDate day) {
        var input = browser.find(id(clientId + "_input"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", input,
                day.toString());
    }

    private void scrollTo(String elementId) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true);",
                browser.find(id(elementId)));
    }

    @Test
    void handoverOwnershipWithMilestonesAndACaseWithItsSuggestedPeople() throws Exception {
        // a tall window: the chain, the plan with its milestones and the case fit in one screenshot
        browser.close();
        browser = Browser.open(base, 1366, 1500);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Http http = new Http(base);
        String body = """
                {"channelCode":"VISIT","receivedOn":"%s","petitionerName":"吴某","idNumber":"%s","phone":"13700004444",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"老旧小区改造后排水不畅，多次反映未解决。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}"""
                .formatted(today, RegistrationBrowserIT.randomIdNumber(), http.unitId("331199102201"));
        JsonObject m = http.ok("POST", "matters", "registrar", body);
        String number = m.getJsonObject("summary").getString("number");
        long id = m.getJsonObject("summary").getJsonNumber("id").longValue();
        m = http.ok("POST", "matters/" + id + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(m) + "}");
        http.ok("POST", "matters/" + id + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + http.unitId("331199004")
                + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");

        // 首问负责: the registrar is responsible until the handover, which needs a reason
        browser.login("registrar", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("cases/matter.xhtml?id=" + id);
        assertTrue(browser.text(id("chainPerson")).contains("李秀英"), browser.text(id("chainPerson")));
        assertTrue(browser.text(id("chainFirstContact")).contains("李秀英"));
        browser.selectOne("handoverForm:to", "赵敏（县住房和城乡建设局）");
        browser.click(id("handoverForm:handOver"));
        assertTrue(browser.pageText().contains("交接须写明原因"), "a clear message when the reason is missing");
        assertTrue(browser.text(id("chainPerson")).contains("李秀英"), "nothing changed");
        browser.selectOne("handoverForm:to", "赵敏（县住房和城乡建设局）");
        browser.type("handoverForm:reason", "已交办住建局，由承办人跟进。");
        browser.click(id("handoverForm:handOver"));
        assertTrue(browser.text(id("chainPerson")).contains("赵敏"), browser.text(id("chainPerson")));
        assertTrue(browser.text(id("chainHistory")).contains("已交办住建局，由承办人跟进。"));
        scrollTo("responsibility");
        browser.screenshot("accountability-handover");
        browser.logout();

        // 领导包案: the county leader takes it with a working group, a plan and a milestone
        browser.login("leader", "demo");
        browser.find(id("welcome"));
        browser.go("accountability/ownerships.xhtml");
        browser.click("a[href='#tabs:tabTake']");
        browser.type("tabs:takeForm:matterNumber", number);
        browser.type("tabs:takeForm:workingGroup", "县领导、住建局、湖滨社区");
        browser.type("tabs:takeForm:plan", "一、现场查看排水管网；二、制定整改方案；三、限期完成改造并回访。");
        browser.type("tabs:takeForm:milestone1", "现场查看，查清原因");
        date("tabs:takeForm:milestone1Due", today.plusDays(7));
        browser.type("tabs:takeForm:milestone2", "完成管网改造");
        date("tabs:takeForm:milestone2Due", today.plusDays(30));
        browser.click(id("tabs:takeForm:take"));
        browser.find(id("ownershipLeader"));
        assertTrue(browser.text(id("ownershipLeader")).contains("陈志强"));
        assertTrue(browser.text(id("ownershipUnit")).contains("住房和城乡建设局"));
        assertTrue(browser.text(id("actionsForm:milestones")).contains("现场查看，查清原因"));
        String ownershipUrl = browser.currentUrl();
        browser.logout();

        // the unit's clerk completes the first milestone and reports progress
        browser.login("clerk1", "demo");
        browser.find(id("welcome"));
        browser.get(ownershipUrl);
        browser.type("actionsForm:milestoneNote", "已查明为雨污混接。");
        browser.click(id("actionsForm:milestones:0:complete"));
        assertTrue(browser.text(id("actionsForm:milestones")).contains("已查明为雨污混接"), browser.text(id("actionsForm:milestones")));
        browser.type("actionsForm:progress", "已制定雨污分流改造方案，下周开工。");
        browser.click(id("actionsForm:report"));
        assertTrue(browser.text(id("actionsForm:reports")).contains("雨污分流"));
        scrollTo("ownershipTitle");
        browser.screenshot("accountability-ownership");
        browser.logout();

        // the leader's page, and 包案化解率 with its definition and drill-down
        browser.login("leader", "demo");
        browser.find(id("welcome"));
        browser.go("accountability/ownerships.xhtml");
        assertTrue(browser.text(id("tabs:mineForm:mine")).contains(number), "the leader's page lists the matter");
        browser.screenshot("accountability-leader-ownerships");
        browser.click("a[href='#tabs:tabRate']");
        assertTrue(browser.text(id("rateDefinition")).contains("截至期末已化解"));
        date("tabs:rateForm:from", today);
        date("tabs:rateForm:to", today);
        browser.click(id("tabs:rateForm:showRates"));
        String rates = browser.text(id("tabs:rateForm:rates"));
        assertTrue(rates.contains("陈志强"), rates);
        browser.click("#tabs\\:rateForm\\:rates a[id$='drill']");
        String drill = browser.text(id("tabs:rateForm:drill"));
        assertTrue(drill.contains(number), drill);
        String title = browser.text(id("drillTitle"));
        int counted = browser.all("#tabs\\:rateForm\\:drill tbody tr").size();
        assertTrue(title.contains("包案 " + counted + " 件"), title + " / rows " + counted);
        browser.screenshot("accountability-ownership-rate");
        browser.logout();

        // 责任追究: the officer opens a case; the 倒查 suggestion names the first handler's unit; decided
        browser.login("officer", "demo");
        browser.find(id("welcome"));
        browser.go("accountability/cases.xhtml");
        browser.type("openForm:matterNumber", number);
        browser.selectOne("openForm:ground", "拖延");
        browser.type("openForm:facts", "排水问题反映三次仍未解决。");
        browser.click(id("openForm:openCase"));
        browser.find(id("caseNumber"));
        assertTrue(browser.text(id("caseNumber")).contains("责〔"), browser.text(id("caseNumber")));
        String parties = browser.text(id("actionsForm:parties"));
        assertTrue(parties.contains("住房和城乡建设局") && parties.contains("倒查建议"), parties);
        browser.screenshot("accountability-case-open");
        browser.type("actionsForm:documentNumber", "");
        browser.click(id("actionsForm:decide"));
        assertTrue(browser.pageText().contains("请填写此项"), "the document number is required");
        browser.selectOne("actionsForm:decision", "约谈");
        browser.type("actionsForm:documentNumber", "青信访责〔2026〕9号");
        browser.click(id("actionsForm:decide"));
        assertEquals("已决定", browser.text(id("caseStatus")).strip());
        assertTrue(browser.text(id("caseDocument")).contains("青信访责〔2026〕9号"));
        browser.screenshot("accountability-case");
        browser.go("accountability/cases.xhtml");
        assertTrue(browser.text(id("casesForm:cases")).contains(number));
        browser.logout();
    }
}
