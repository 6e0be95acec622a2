package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.http.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen on a phone: submit online, keep the code, look the matter up, rate the reply. */
class CitizenBrowserIT extends BrowserTest {

    @Override
    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(base, 390, 844);
    }

    @Test
    void submitOnlineLookUpAndRateOnAPhone() throws Exception {
        browser.go("public/index.xhtml");
        browser.click(id("toSubmit"));
        browser.find(id("submitForm:send"));

        // nothing filled in: every required field is marked, nothing is stored
        browser.click(id("submitForm:send"));
        for (String field : new String[]{"petitionerName", "problemPlace", "category", "content"}) {
            assertFalse(browser.fieldError("submitForm:" + field).isBlank(), field + " is required");
        }
        assertFalse(browser.present("#receiptNumber"), "nothing stored");

        String idNumber = RegistrationBrowserIT.randomIdNumber();
        browser.type("submitForm:petitionerName", "林小梅");
        browser.type("submitForm:idNumber", idNumber);
        browser.type("submitForm:phone", "13812345678");
        browser.type("submitForm:address", "石桥村 3 组");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(org.openqa.selenium.By.id("submitForm:problemPlace")))
                .selectByVisibleText("青石镇 / 石桥村");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(org.openqa.selenium.By.id("submitForm:category")))
                .selectByIndex(3);
        browser.type("submitForm:content", "我家承包地被村里调整后至今未重新分配，多次找村委会未解决，请求落实土地承包经营权。");
        // without the declaration it is refused politely
        browser.click(id("submitForm:send"));
        assertTrue(browser.fieldError("submitForm:declaration").contains("承诺"), "refused at the declaration");
        assertFalse(browser.present("#receiptNumber"));
        browser.click(id("submitForm:declaration"));
        browser.screenshot("citizen-submit");
        browser.click(id("submitForm:send"));
        String number = browser.text("#receiptNumber");
        String code = browser.text("#receiptCode");
        assertTrue(number.matches("331199-\\d{4}-\\d{6}"), number);
        assertEquals(8, code.length());
        browser.screenshot("citizen-receipt");

        // the bureau and the unit handle it to a reply (staff side, over the API)
        new Http(base).handleToReply(number);

        browser.go("public/lookup.xhtml");
        browser.type("lookupForm:number", number);
        browser.type("lookupForm:code", "WRONG234");
        browser.click(id("lookupForm:go"));
        assertTrue(browser.message("lookupForm:messages", "error").contains("不正确"));
        assertFalse(browser.present("#resultNumber"));
        browser.type("lookupForm:code", code);
        browser.click(id("lookupForm:go"));
        assertEquals(number, browser.text("#resultNumber"));
        assertEquals("已答复", browser.text("#publicState"));
        String steps = browser.text("#steps");
        assertTrue(steps.contains("受理") && steps.contains("批准答复"), steps);
        assertFalse(steps.contains("clerk1") || steps.contains("lead1") || steps.contains("officer"), steps);
        assertTrue(browser.pageText().contains("信访处理意见书"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('steps').scrollIntoView({block: 'start'});");
        browser.screenshot("citizen-lookup");

        browser.click("input[name='rateForm:rating'][value='DISSATISFIED']");
        browser.type("rateForm:comment", "调查不够全面。");
        browser.click(id("rateForm:rate"));
        assertEquals("不满意", browser.text("#publicRating"));
        assertTrue(browser.text(id("lookupForm:appealHint")).contains("复查"), "a dissatisfied petitioner is told how and by when to ask for review");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('publicRating').scrollIntoView({block: 'center'});");
        browser.screenshot("citizen-rated");
    }
}
