package cn.xinfang.petition.it.browser;

import cn.xinfang.petition.it.Samples;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.xinfang.petition.it.browser.Browser.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registrar attaches the scanned letter on the matter page and sees it listed with its
 * download link; a web page renamed to .pdf is refused with the reason; a department clerk of
 * another unit sees neither list nor upload form.
 */
class AttachmentBrowserIT extends BrowserTest {

    /** A matter of 石桥村 registered through the API, to keep this test about the attachments. */
    private long registerByApi() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("registrar:demo".getBytes(StandardCharsets.UTF_8));
        String units = http.send(HttpRequest.newBuilder(URI.create(base + "api/units")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher place = Pattern.compile("\"id\":(\\d+),[^}]*\"name\":\"石桥村\"").matcher(units);
        assertTrue(place.find(), units);
        String body = """
                {"channelCode":"LETTER","receivedOn":"%s","petitionerName":"赵某","idNumber":"%s","phone":"13600000001",
                 "peopleCount":1,"representatives":[],"crossLevel":"NONE","problemPlaceId":%s,"content":"来信反映村道损毁，附信件扫描件。",
                 "kind":"GRIEVANCE","categoryCode":"1404","purpose":"DEMAND"}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), RegistrationBrowserIT.randomIdNumber(), place.group(1));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "api/matters")).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body().substring(created.body().indexOf("\"summary\"")));
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    @Test
    void theRegistrarAttachesTheScannedLetterOnTheMatterPage() throws Exception {
        long matter = registerByApi();
        Path dir = Files.createTempDirectory("attachments");
        Path letter = Files.write(dir.resolve("来信扫描件.pdf"), Samples.pdf("SCANNED-LETTER", 2));
        Path fake = Files.write(dir.resolve("通知.pdf"), Samples.html());

        browser.login("registrar", "demo");
        browser.find(id("welcome"));
        browser.click(id("headerForm:langZh"));
        browser.waitForText("header", "退出登录");
        browser.go("cases/matter.xhtml?id=" + matter);
        browser.find(id("matterNumber"));
        assertTrue(browser.text("#attachments").contains("暂无附件"));

        browser.driver.findElement(By.id("attachmentForm:file")).sendKeys(letter.toString());
        browser.click(id("attachmentForm:upload"));
        browser.waitForText(id("attachmentTable"), "来信扫描件.pdf");
        assertTrue(browser.message("info").contains("来信扫描件.pdf"), browser.text(id("messages")));
        String row = browser.text(id("attachmentTable"));
        assertTrue(row.contains("信件扫描件") && row.contains("registrar") && row.contains("KB"), row);
        String href = browser.driver.findElement(By.cssSelector("#attachmentTable a.attachment-link")).getAttribute("href");
        assertTrue(href.contains("/cases/attachment?matter=" + matter + "&id="), href);
        assertTrue(browser.text(id("timeline")).contains("上传附件"));
        browser.screenshot("matter-attachments");

        // a web page renamed to .pdf: refused, with the reason, and nothing listed
        browser.driver.findElement(By.id("attachmentForm:file")).sendKeys(fake.toString());
        browser.click(id("attachmentForm:upload"));
        String refused = browser.fieldError("attachmentForm:file");
        assertTrue(refused.contains("PDF") && refused.contains("TIFF"), "the accepted types are named at the file field: " + refused);
        assertFalse(browser.text(id("attachmentTable")).contains("通知"));
        String url = browser.driver.getCurrentUrl();
        browser.logout();

        // a department that has nothing to do with the matter sees neither the files nor the form
        browser.login("clerk1", "demo");
        browser.find(id("welcome"));
        browser.go("cases/matter.xhtml?id=" + matter);
        assertTrue(browser.message("error").contains("无权访问"));
        assertFalse(browser.present("#attachments"));
        assertFalse(browser.present(id("attachmentForm")));
        assertTrue(url.contains("matter"));
    }
}
