package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.http.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The matter list's word search in the browser: the matched words marked in the excerpt, the petition's markup as text. */
class TextSearchBrowserIT extends BrowserTest {

    @Test
    void theListMarksTheMatchedWordsAndShowsMarkupAsText() throws Exception {
        Http http = new Http(base);
        long village = http.unitId("331199102201");
        // two rare characters make the search unique to this run
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String words = "鳏寡" + tag.chars().mapToObj(ch -> String.valueOf((char) ('甲' + ch % 10))).reduce("", String::concat);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = """
                {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"霍某","phone":"13612345678",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%d,
                 "content":"请求落实%s补助。<script>window.pwned=1</script>","kind":"GRIEVANCE","categoryCode":"0701","purpose":"DEMAND"}"""
                .formatted(today, village, words);
        JsonObject created = http.ok("POST", "matters", "registrar", body);
        String number = created.getJsonObject("summary").getString("number");

        browser.login("officer", "demo");
        browser.go("cases/index.xhtml");
        browser.type("listForm:text", words);
        browser.click(id("listForm:search"));
        String list = browser.text(id("listForm:matters"));
        assertTrue(list.contains(number), list);
        List<WebElement> marks = browser.all(id("listForm:matters") + " mark");
        assertEquals(List.of(words), marks.stream().map(WebElement::getText).toList());
        assertTrue(list.contains("<script>window.pwned=1</script>"), "the petition's markup is shown as text: " + list);
        assertFalse(Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return window.pwned === 1")), "and never runs");
        browser.screenshot("text-search-highlight");
    }
}
