package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.http.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case officer's side of the appeal chain in the browser: after the reply the officer records
 * a rating given by phone, the review request (decided by the city: recorded here), its opinion,
 * the re-review and its opinion, which terminates the matter; backlog flag and list.
 */
class AppealBrowserIT extends BrowserTest {

    /** Picks a PrimeFaces radio option by clicking its label. */
    private void pick(String name, String value) {
        String inputId = browser.driver.findElement(org.openqa.selenium.By.cssSelector(
                "input[name='" + name + "'][value='" + value + "']")).getAttribute("id");
        browser.click(org.openqa.selenium.By.cssSelector("label[for='" + inputId + "']"));
    }

    private void date(String clientId, LocalDate day) {
        // set the text the date picker posts; typing races the picker's own popup
        var input = browser.find(id(clientId + "_input"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", input, day.toString());
    }

    private void waitForState(String state) {
        try {
            browser.waitForText("#matterState", state);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected " + state + "; the page says: " + browser.pageText(), e);
        }
    }

    @Test
    void theOfficerRecordsRatingReviewReReviewAndTermination() throws Exception {
        Http http = new Http(base);
        long place = http.unitId("331199102201");
        String body = """
                {"name":"钱某","idNumber":"%s","phone":"13700002222","problemPlaceId":%d,"kind":"GRIEVANCE","categoryCode":"1402",
                 "purpose":"DEMAND","content":"小区电梯长期停运，物业拒不维修。","declaration":true}"""
                .formatted(RegistrationBrowserIT.randomIdNumber(), place);
        Http.Reply receipt = http.call("POST", "public/submissions", null, body);
        assertEquals(201, receipt.status(), receipt.body());
        JsonObject replied = http.handleToReply(receipt.json().getString("number"));
        long mid = replied.getJsonObject("summary").getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        browser.login("officer", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("cases/matter.xhtml?id=" + mid);
        // the code is kept as a hash: the page cannot show it again, the officer can issue a new one
        assertFalse(browser.present("#lookupCode"), "the receipt's code is not shown again");
        assertTrue(browser.text("#lookupCodeHidden").contains("回执"), browser.text("#lookupCodeHidden"));
        browser.click(id("lookupCodeForm:issueLookupCode"));
        String fresh = browser.text("#lookupCode");
        assertTrue(fresh.matches("[A-Z2-9]{8}") && !fresh.equals(receipt.json().getString("lookupCode")), fresh);
        String number = receipt.json().getString("number");
        assertEquals(422, http.call("POST", "public/lookup", null, "{\"number\":\"" + number + "\",\"code\":\""
                + receipt.json().getString("lookupCode") + "\"}").status(), "the earlier code stops working");
        assertEquals(200, http.call("POST", "public/lookup", null, "{\"number\":\"" + number + "\",\"code\":\"" + fresh + "\"}").status());
        browser.go("cases/matter.xhtml?id=" + mid);
        assertFalse(browser.present("#lookupCode"), "shown once");
        assertTrue(browser.text("#rating").contains("尚未评价"));

        // a rating given by phone
        pick("evaluateForm:rating", "DISSATISFIED");
        browser.type("evaluateForm:comment", "电话回访：对答复不满意。");
        browser.click(id("evaluateForm:evaluate"));
        browser.waitForText("#rating", "不满意");
        assertTrue(browser.text("#rating").contains("电话回访") && browser.text("#rating").contains("officer"), browser.text("#rating"));

        // a township or department's reply is reviewed by the county itself (Art 35): no authority's name needed
        date("appealForm:requestedOn", today);
        browser.type("appealForm:reason", "对处理意见不服，请求复查。");
        browser.click(id("appealForm:requestAppeal"));
        waitForState("复查中");
        assertTrue(browser.text("#followUp").contains("本级办理"), browser.text("#followUp"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('followUp').scrollIntoView({block: 'start'});");
        browser.screenshot("appeal-review-requested");

        // the county's own opinion: dated today, no date to enter
        assertFalse(browser.present(id("decideAppealForm:decidedOn")), "a decision made here is dated the day it is made");
        pick("decideAppealForm:appealOutcome", "UPHELD");
        browser.type("decideAppealForm:opinion", "经复查，原处理意见认定事实清楚，予以维持。");
        browser.type("decideAppealForm:documentNumber", "青信复〔2026〕5号");
        browser.click(id("decideAppealForm:decideAppeal"));
        waitForState("已复查");
        assertTrue(browser.pageText().contains("复查意见书"), "the review opinion is among the documents");

        // re-review belongs to the city: without the authority's name refused, with it recorded, then its decision
        date("appealForm:requestedOn", today);
        browser.type("appealForm:reason", "对复查意见仍不服。");
        browser.click(id("appealForm:requestAppeal"));
        assertTrue(browser.message("error").contains("办理机关名称"),
                "the authority's name is required for an authority above this level");
        date("appealForm:requestedOn", today);
        browser.type("appealForm:authorityName", "清江市人民政府");
        browser.type("appealForm:reason", "对复查意见仍不服。");
        browser.click(id("appealForm:requestAppeal"));
        waitForState("复核中");
        assertTrue(browser.text("#followUp").contains("清江市人民政府"));
        pick("decideAppealForm:appealOutcome", "UPHELD");
        browser.type("decideAppealForm:opinion", "经复核，维持复查意见。");
        date("decideAppealForm:decidedOn", today);
        browser.type("decideAppealForm:documentNumber", "清信复核〔2026〕2号");
        browser.click(id("decideAppealForm:decideAppeal"));
        waitForState("已终结");
        assertTrue(browser.text("#terminated").contains("复核终结"));
        assertFalse(browser.present(id("appealForm")), "nothing further to appeal");

        // flagged as backlog by hand, then listed
        browser.type("backlogForm:backlogReason", "多次信访，县领导包案。");
        browser.click(id("backlogForm:flagBacklog"));
        browser.waitForText("#backlog", "手工列入");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('followUp').scrollIntoView({block: 'start'});");
        browser.screenshot("appeal-terminated");
        browser.go("cases/backlog.xhtml");
        assertTrue(browser.text(id("backlogList:matters")).contains(receipt.json().getString("number")));
        browser.screenshot("backlog-list");
    }
}
