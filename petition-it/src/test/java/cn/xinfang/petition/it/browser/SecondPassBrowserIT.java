package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.http.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.xinfang.petition.it.browser.Browser.id;
import static cn.xinfang.petition.it.http.Http.version;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matters' second pass in the browser, with the demo accounts: the same petitioner's matter
 * handled within its period by the housing bureau is named at registration and refused by the
 * officer under Art 19; the township, a co-handling unit, records its 协办意见 from its to-do list
 * and the main unit reads it; the citizen may name the accused unit on the public form; an accusation naming only a person is identified by the officer.
 * The matters are set up over the staff JSON API (not the public one, whose per-address limit the other tests use up), then looked at and worked on as the users do.
 */
class SecondPassBrowserIT extends BrowserTest {

    private Http http() {
        return new Http(base);
    }

    private String registration(String idNumber, String content, long placeId) {
        return """
                {"channelCode":"VISIT","receivedOn":"%s","petitionerName":"赵长河","idNumber":"%s","phone":"13905718888",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"%s",
                 "kind":"GRIEVANCE","categoryCode":"1402","purpose":"DEMAND"}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")), idNumber, placeId, content);
    }

    private void loginZh(String user) {
        browser.login(user, "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
    }

    private void pickRadio(String name, String value) {
        String radio = browser.driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).getAttribute("id");
        browser.click(By.cssSelector("label[for='" + radio + "']"));
    }

    @Test
    void aMatterHandledBelowIsRefusedAndTheCoHandlingTownshipContributes() throws Exception {
        Http api = http();
        String idNumber = RegistrationBrowserIT.randomIdNumber();
        long village = api.unitId("331199102201");
        long housing = api.unitId("331199004");
        long township = api.unitId("331199102");
        JsonObject first = api.ok("POST", "matters", "registrar", registration(idNumber, "石桥村道路拓宽拆迁安置补偿款未足额发放。", village));
        long firstId = first.getJsonObject("summary").getJsonNumber("id").longValue();
        String firstNumber = first.getJsonObject("summary").getString("number");
        first = api.ok("POST", "matters/" + firstId + "/decision", "officer", "{\"decision\":\"ACCEPT\",\"version\":" + version(first) + "}");
        api.ok("POST", "matters/" + firstId + "/routing", "officer", "{\"mode\":\"ASSIGN\",\"mainUnitId\":" + housing
                + ",\"coUnitIds\":[" + township + "],\"version\":" + version(first) + "}");
        JsonObject again = api.ok("POST", "matters", "registrar", registration(idNumber, "拆迁安置补偿款问题，再次到县信访局反映。", village));
        long againId = again.getJsonObject("summary").getJsonNumber("id").longValue();

        // the registrar's repeat check names the matter the housing bureau is handling, and until when
        loginZh("registrar");
        browser.go("cases/register.xhtml");
        browser.type("registerForm:petitionerName", "赵长河");
        browser.type("registerForm:idNumber", idNumber);
        browser.click(id("registerForm:findEarlier"));
        String below = browser.text(id("registerForm:handledBelow"));
        assertTrue(below.contains(firstNumber) && below.contains("县住房和城乡建设局") && below.contains("第十九条"), below);
        browser.screenshot("registration-handled-below");
        browser.logout();

        // the officer refuses the second one under Art 19, naming the first
        loginZh("officer");
        browser.get(base + "cases/matter.xhtml?id=" + againId);
        browser.find(id("matterNumber"));
        assertTrue(browser.text(id("decideForm:handledBelow")).contains(firstNumber));
        pickRadio("decideForm:decision", "HANDLED_BELOW");
        pickRadio("decideForm:lowerMatter", String.valueOf(firstId));
        browser.screenshot("decision-handled-below");
        browser.click(id("decideForm:decide"));
        browser.waitForText(id("matterState"), "不予受理");
        String reason = browser.text(id("decisionText"));
        assertTrue(reason.contains("县住房和城乡建设局") && reason.contains(firstNumber), reason);
        assertTrue(browser.text(id("timeline")).contains("正由县住房和城乡建设局在法定期限内办理"), browser.text(id("timeline")));
        browser.logout();

        // the township finds the first one in its 协办待办 and records its opinion
        loginZh("clerk2");
        browser.go("cases/index.xhtml");
        browser.waitForText(id("coInbox"), firstNumber);
        browser.screenshot("co-handling-inbox");
        browser.click(By.linkText(firstNumber));
        browser.find(id("matterNumber"));
        browser.type("contributeForm:opinion", "经镇村核实，石桥村 12 户中 9 户已签订补偿协议，3 户因面积认定有异议，镇里配合住建局重新测量。");
        browser.click(id("contributeForm:contribute"));
        try {
            browser.waitForText(id("coHandlingTable"), "已签订补偿协议");
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("co-handling-failed");
            throw new AssertionError("the opinion is not shown; the page says: " + browser.pageText(), e);
        }
        browser.logout();

        // the main unit reads it before drafting its reply
        loginZh("clerk1");
        browser.get(base + "cases/matter.xhtml?id=" + firstId);
        browser.find(id("matterNumber"));
        String co = browser.text(id("coHandlingTable"));
        assertTrue(co.contains("青石镇") && co.contains("重新测量"), co);
        assertTrue(browser.present(id("replyForm")), "the main unit may draft its reply");
        browser.screenshot("co-handling-main-unit");
    }

    @Test
    void anAccusationIsIdentifiedByTheOfficerAndHiddenFromTheAccusedUnit() throws Exception {
        // the citizen names the accused unit on the public form
        browser.go("public/submit.xhtml");
        browser.find(id("submitForm:accusedUnit"));
        browser.screenshot("public-form-accused-unit");
        assertTrue(browser.text(id("submitForm:accusedUnit")).contains("青石镇"), "every unit may be named");
        // an accusation registered at the bureau that names only a person: the bureau's alone until identified
        Http api = http();
        String body = """
                {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"钱某","idNumber":"%s","phone":"13812340000",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"检举某干部在拆迁中收受好处。",
                 "kind":"ACCUSATION","categoryCode":"0401","purpose":"ACCUSATION","accusedParty":"某干部"}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")), RegistrationBrowserIT.randomIdNumber(), api.unitId("331199102201"));
        String number = api.ok("POST", "matters", "registrar", body).getJsonObject("summary").getString("number");

        loginZh("officer");
        browser.go("cases/index.xhtml");
        browser.type("listForm:text", number);
        browser.click(id("listForm:search"));
        browser.click(By.linkText(number));
        browser.find(id("matterNumber"));
        assertTrue(browser.present(id("accusedForm")), "the officer identifies whom it accuses");
        assertFalse(browser.all("input[name='decideForm:decision'][value='ACCEPT']").size() > 0, "not accepted before it is identified");
        browser.selectOne("accusedForm:accusedUnit", "青石镇");
        browser.screenshot("accused-identify");
        browser.click(id("accusedForm:identifyAccused"));
        browser.waitForText(id("timeline"), "青石镇");
        assertTrue(browser.all("input[name='decideForm:decision'][value='ACCEPT']").size() > 0, "identified: it may be accepted");
        browser.logout();

        // the accused township's clerk finds nothing of it
        loginZh("clerk2");
        browser.go("cases/index.xhtml");
        browser.type("listForm:text", number);
        browser.click(id("listForm:search"));
        browser.find(id("listForm:matters") + " .ui-datatable-empty-message");
    }
}
