package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.casehandling.entity.IdNumber;
import cn.xinfang.petition.it.http.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 带案下访 and 约访 on a session's page: a leader's coming 带案下访 to 青石镇 (made over REST, with a
 * matter registered there), where the officer has the leader carry the matter (refused a second
 * time, by number, in Chinese) and invites a named petitioner, whose booking code is shown once and
 * who stands among the session's bookings as 约访邀请 with the ID number masked.
 */
class ReceptionCaseVisitBrowserIT extends BrowserTest {

    @Test
    void anOfficerHasALeaderCarryAMatterAndInviteAPetitioner() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Random rnd = new Random();
        String tag = Integer.toString(rnd.nextInt(900000) + 100000);
        Http http = new Http(base);
        long bureau = http.unitId("331199001");
        String leaderName = "下访领导" + "甲乙丙丁戊己庚辛壬癸".charAt(rnd.nextInt(10)) + tag.substring(0, 3);
        JsonObject leader = http.ok("POST", "reception/leaders", "officer", """
                {"name":"%s","post":"副县长","level":"COUNTY","unitId":%d}""".formatted(leaderName, bureau));
        JsonObject session = http.ok("POST", "reception/sessions", "officer", """
                {"unitId":%d,"leaderId":%d,"day":"%s","startTime":"08:30","endTime":"12:00","place":"青石镇人民政府会议室","form":"CASE_VISIT","capacity":0}"""
                .formatted(bureau, leader.getJsonNumber("id").longValue(), today.plusDays(9 + rnd.nextInt(20))));
        long sessionId = session.getJsonNumber("id").longValue();
        String petitionerId = idNumber(rnd);
        JsonObject m = http.ok("POST", "matters", "registrar", """
                {"channelCode":"VISIT","receivedOn":"%s","petitionerName":"石永福","idNumber":"%s","phone":"13600000000",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,"content":"反映村道硬化后排水沟堵塞，雨天积水进屋。",
                 "kind":"GRIEVANCE","categoryCode":"1301","purpose":"DEMAND"}""".formatted(today, petitionerId, http.unitId("331199102201")));
        String number = m.getJsonObject("summary").getString("number");

        browser.login("officer", "demo");
        browser.go("reception/session.xhtml?id=" + sessionId);
        assertTrue(browser.pageText().contains("带案下访"), "the session's form");
        browser.type("caseVisitForm:matterNumber", number);
        browser.type("caseVisitForm:purpose", "现场察看排水沟，督促镇政府落实" + tag);
        browser.click(id("caseVisitForm:carry"));
        String carried = browser.text(id("caseVisitForm:carried"));
        assertTrue(carried.contains(number) && carried.contains("现场察看排水沟，督促镇政府落实" + tag), carried);
        browser.type("caseVisitForm:matterNumber", number);
        browser.type("caseVisitForm:purpose", "再次携带");
        browser.click(id("caseVisitForm:carry"));
        assertFalse(browser.text(id("caseVisitForm:carried")).contains("再次携带"), "carried once only");
        assertTrue(browser.pageText().contains(number), "the refusal names the matter");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('caseVisitForm').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-case-visit");

        // 约访: a named petitioner invited to the same session
        String name = "邀请" + "甲乙丙丁戊己庚辛壬癸".charAt(rnd.nextInt(10)) + "明华强芳".charAt(rnd.nextInt(4));
        String invitedId = idNumber(rnd);
        browser.type("inviteForm:name", name);
        browser.type("inviteForm:idNumber", invitedId);
        browser.type("inviteForm:phone", "139" + String.format("%08d", rnd.nextInt(100000000)));
        browser.type("inviteForm:matterNumber", number);
        browser.type("inviteForm:subject", "领导约请面谈：村道排水沟堵塞问题");
        browser.click(id("inviteForm:invite"));
        browser.waitForText("#inviteForm\\:inviteReceipt", "已约访");
        String code = browser.text("#inviteCode").strip();
        assertEquals(8, code.length(), code);
        String bookings = browser.text(id("bookingsForm:bookings"));
        assertTrue(bookings.contains(name) && bookings.contains("约访邀请") && bookings.contains(number), bookings);
        assertFalse(bookings.contains(invitedId), "the ID number is masked");
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('bookingsForm').scrollIntoView({block: 'start'});");
        browser.screenshot("reception-invitation");
    }

    /** A valid fictitious ID number of the demo county (area 331199), born in the 1960s. */
    private static String idNumber(Random rnd) {
        return IdNumber.withCheckCharacter("3311991966" + String.format("%02d", 1 + rnd.nextInt(12)) + String.format("%02d", 10 + rnd.nextInt(18))
                + String.format("%03d", rnd.nextInt(1000)));
    }
}
