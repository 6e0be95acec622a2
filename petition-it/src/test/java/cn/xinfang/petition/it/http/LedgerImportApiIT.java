package cn.xinfang.petition.it.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /api/imports with a .csv ledger written as a bureau would (Chinese headings and labels):
 * a dry run by default, the real run with {@code dryRun=false}, 422 with the problems when a row is
 * wrong, the same file twice creating nothing; and the template with its headings and notes.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LedgerImportApiIT {

    static final LocalDate DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).withDayOfMonth(3);

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> send(String method, String path, String user, byte[] body, String type) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (type != null) {
            b.header("Content-Type", type);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonObject json(HttpResponse<byte[]> r) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("Exception") || body.contains("\tat "), body);
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @Test
    void csvLedgerDryRunRealRunAndOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String header = "台账编号,收件日期,渠道,人数,越级,信访人,主要内容,类别,问题分类,问题属地,受理结果,受理日期,承办单位,答复日期,答复结果,评价,评价日期\r\n";
        String good = header
                + tag + "-1," + DAY + ",来信,1,无,台账甲,\"反映拖欠工资，请求处理。\",申诉求决类,0701,331199102201,受理," + DAY.plusDays(2)
                + ",331199005," + DAY.plusDays(20) + ",解释说明,基本满意," + DAY.plusDays(22) + "\r\n"
                + tag + "-2," + DAY.plusDays(1) + ",来电,1,,台账乙,反映物业问题。,,1402,331199102201,不予受理," + DAY.plusDays(1)
                + ",,,,,\r\n";
        String bad = good + tag + "-3,2025/02/30,来信,1,,台账丙,反映问题。,,0701,331199102201,,,,,,,\r\n";
        byte[] badBytes = bad.getBytes(StandardCharsets.UTF_8);

        HttpResponse<byte[]> dry = send("POST", "imports?name=ledger.csv", "admin", badBytes, "text/csv");
        assertEquals(200, dry.statusCode(), new String(dry.body(), StandardCharsets.UTF_8));
        JsonObject d = json(dry);
        assertTrue(d.getBoolean("dryRun"));
        assertEquals(2, d.getJsonNumber("created").longValue());
        assertEquals(1, d.getJsonArray("problems").size(), d.toString());
        JsonObject p = d.getJsonArray("problems").getJsonObject(0);
        assertEquals(4, p.getInt("line"));
        assertEquals("receivedOn", p.getString("column"));
        assertEquals("收件日期", p.getString("columnLabel"));
        assertEquals("“2025/02/30”不是有效日期，请填写如 2024-03-05。", p.getString("message"));

        HttpResponse<byte[]> refused = send("POST", "imports?dryRun=false&name=ledger.csv", "admin", badBytes, "text/csv");
        assertEquals(422, refused.statusCode());
        assertFalse(json(refused).getBoolean("committed"));

        byte[] goodBytes = good.getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> run = send("POST", "imports?dryRun=false&name=ledger.csv", "admin", goodBytes, "text/csv");
        assertEquals(200, run.statusCode(), new String(run.body(), StandardCharsets.UTF_8));
        JsonObject r = json(run);
        assertTrue(r.getBoolean("committed"));
        assertEquals(2, r.getJsonNumber("created").longValue());
        String number = r.getJsonArray("rows").getJsonObject(0).getString("number");
        assertTrue(number.contains("-" + DAY.getYear() + "-"), number);

        // the officer finds it, with its dates and its rating
        HttpResponse<byte[]> found = send("GET", "matters?text=" + number, "officer", null, null);
        assertEquals(200, found.statusCode());
        assertTrue(new String(found.body(), StandardCharsets.UTF_8).contains(DAY.toString()));

        JsonObject again = json(send("POST", "imports?dryRun=false&name=ledger.csv", "admin", goodBytes, "text/csv"));
        assertEquals(0, again.getJsonNumber("created").longValue());
        assertEquals(2, again.getJsonNumber("existing").longValue());

        // a heading that is not the template's: nothing is read, the heading named
        HttpResponse<byte[]> odd = send("POST", "imports", "admin", ("台账编号,收件日期,渠道,信访人,主要内容,问题分类,问题属地,心情\r\n"
                + "x,2024-01-01,来信,某,某,0701,331199102201,好\r\n").getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(422, odd.statusCode());
        assertTrue(json(odd).getJsonArray("problems").getJsonObject(0).getString("message").contains("心情"));

        assertEquals(403, send("POST", "imports", "officer", goodBytes, "text/csv").statusCode(), "the administrator's only");
    }

    /** The sample ledger of the demo county that the README offers passes the dry run, every row. */
    @Test
    void theSampleLedgerOfTheDemoCountyPassesTheDryRun() throws Exception {
        byte[] sample = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "samples", "历史台账示例-青山县2023.csv"));
        HttpResponse<byte[]> r = send("POST", "imports?name=sample.csv", "admin", sample, "text/csv");
        JsonObject d = json(r);
        assertEquals(200, r.statusCode(), d.toString());
        assertEquals(0, d.getJsonArray("problems").size(), d.toString());
        assertEquals(12, d.getJsonNumber("created").longValue() + d.getJsonNumber("existing").longValue(), d.toString());
    }

    @Test
    void templateHasEveryColumnAndItsNotes() throws Exception {
        HttpResponse<byte[]> r = send("GET", "imports/template.xlsx", "admin", null, null);
        assertEquals(200, r.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            assertEquals("历史台账", wb.getSheetName(0));
            Row head = wb.getSheetAt(0).getRow(0);
            assertEquals("台账编号*", head.getCell(0).getStringCellValue());
            assertEquals("收件日期*", head.getCell(1).getStringCellValue());
            assertEquals(1, wb.getSheetAt(0).getPhysicalNumberOfRows(), "the sheet imported holds the headings only");
            Sheet notes = wb.getSheet("填写说明");
            assertEquals(head.getLastCellNum(), notes.getLastRowNum() - 2, "one note per column, then the rules");
            assertTrue(notes.getRow(2).getCell(2).getStringCellValue().contains("1950-01-01"));
            assertTrue(wb.getSheet("示例").getRow(1).getCell(0).getStringCellValue().startsWith("2024-"));
        }
        HttpResponse<byte[]> csv = send("GET", "imports/template.csv", "admin", null, null);
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("\uFEFF台账编号,收件日期,渠道"));
    }
}
