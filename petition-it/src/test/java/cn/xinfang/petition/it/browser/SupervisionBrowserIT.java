package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.http.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One supervision cycle in the browser: the officer urges, the unit's clerk sees it in the header
 * and on the 工作台, signs for it and answers; the officer finds the answer unsatisfactory and
 * escalates to 挂牌督办 under the county leader; the flagged list shows it and so does the
 * leader's 工作台.
 */
class SupervisionBrowserIT extends BrowserTest {

    @Test
    void officerUrgesClerkSignsAndAnswersOfficerEscalatesLeaderSeesIt() throws Exception {
        Http http = new Http(base);
        // registered by the bureau's registrar over the API (the public form has per-address limits the other tests use up)
        String body = """
                {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"孙某","idNumber":"%s","phone":"13700003333",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"小区污水管道堵塞一个多月，无人处理。",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), RegistrationBrowserIT.randomIdNumber(),
                        http.unitId("331199102201"));
        JsonObject m = http.ok("POST", "matters", "registrar", body);
        String number = m.getJsonObject("summary").getString("number");
        long id = m.getJsonObject("summary").getJsonNumber("id").longValue();
        m = http.ok("POST", "matters/" + id + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + Http.version(m) + "}");
        http.ok("POST", "matters/" + id + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + http.unitId("331199004")
                + ",\"coUnitIds\":[],\"version\":" + Http.version(m) + "}");

        // the officer urges the 住建局
        browser.login("officer", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("accountability/index.xhtml");
        browser.click("a[href='#tabs:tabUrge']");
        browser.type("tabs:urgeForm:matterNumber", "不存在的编号");
        browser.click(id("tabs:urgeForm:urge"));
        assertTrue(browser.pageText().contains("没有这个事项编号"), "a clear message for an unknown number");
        browser.click("a[href='#tabs:tabUrge']");
        browser.type("tabs:urgeForm:matterNumber", number);
        browser.type("tabs:urgeForm:requirement", "请于期限内报送污水管道疏通进展。");
        browser.click(id("tabs:urgeForm:urge"));
        browser.find(id("noticeNumber"));
        assertTrue(browser.text(id("noticeStatus")).contains("待签收"), browser.text(id("noticeStatus")));
        String noticeUrl = browser.currentUrl();
        browser.screenshot("accountability-urged");
        browser.logout();

        // the clerk: the bell, the to-do list, sign, answer
        browser.login("clerk1", "demo");
        browser.find(id("welcome"));
        assertTrue(Integer.parseInt(browser.text(id("headerForm:bellCount")).strip()) >= 1, "the header counts the notification");
        assertTrue(browser.text(id("todo")).contains("催"), browser.text(id("todo")));
        browser.screenshot("accountability-clerk-workspace");
        browser.click(id("headerForm:bell"));
        browser.find(id("notificationsForm:notifications"));
        assertTrue(browser.text(id("notificationsForm:notifications")).contains(number));
        browser.screenshot("accountability-notifications");
        browser.get(noticeUrl);
        browser.click(id("actionsForm:sign"));
        assertTrue(browser.text(id("noticeStatus")).contains("已签收"));
        browser.type("actionsForm:progress", "已联系物业公司，管道疏通已完成一半。");
        browser.click(id("actionsForm:answer"));
        assertTrue(browser.text(id("noticeStatus")).contains("已回复"));
        assertTrue(browser.text(id("reports")).contains("管道疏通已完成一半"));
        browser.logout();

        // the officer: unsatisfactory, escalate to 挂牌督办 under the county leader
        browser.login("officer", "demo");
        browser.find(id("welcome"));
        browser.get(noticeUrl);
        browser.selectOne("actionsForm:assessment", "不满意");
        browser.type("actionsForm:note", "未说明完成时限。");
        browser.click(id("actionsForm:assess"));
        assertTrue(browser.text(id("reports")).contains("不满意"));
        browser.selectOne("actionsForm:leader", "陈志强（青山县）");
        browser.type("actionsForm:reason", "群众反映强烈，久拖不决。");
        browser.click(id("actionsForm:escalate"));
        browser.find(id("noticeLeader"));
        assertTrue(browser.text(id("noticeNumber")).contains("挂牌督办"), browser.text(id("noticeNumber")));
        assertTrue(browser.text(id("noticeLeader")).contains("陈志强"));
        browser.screenshot("accountability-flagged-notice");
        browser.go("accountability/index.xhtml");
        browser.click("a[href='#tabs:tabFlagged']");
        assertTrue(browser.text(id("tabs:flaggedForm:flagged")).contains(number), "on the flagged list");
        browser.screenshot("accountability-flagged-list");
        browser.logout();

        // the county leader's 工作台
        browser.login("leader", "demo");
        browser.find(id("welcome"));
        assertTrue(browser.text(id("todo")).contains(number), browser.text(id("todo")));
        browser.screenshot("accountability-leader-workspace");
        browser.logout();
    }
}
