package cn.xinfang.petition.it.http;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 考核结果通报 (GET /api/appraisal/runs/{id}/report.pdf) of the demo county's published
 * department result of last year, downloaded and read back: the title, the ranking in the order
 * and with the totals of the JSON ranking, one unit's points lost item by item as its breakdown
 * says, the cut-off day; this year's provisional result is marked 暂定; a department's clerk gets
 * the report of their own department only. Reads the demo data, changes nothing.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AppraisalReportApiIT {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    HttpResponse<byte[]> get(String path, String user) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "api/" + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonArray array(String path, String user) throws Exception {
        HttpResponse<byte[]> r = get(path, user);
        assertEquals(200, r.statusCode(), path + " " + new String(r.body(), StandardCharsets.UTF_8));
        try (JsonReader reader = Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))) {
            return reader.readArray();
        }
    }

    JsonObject object(String path, String user) throws Exception {
        HttpResponse<byte[]> r = get(path, user);
        assertEquals(200, r.statusCode(), path);
        try (JsonReader reader = Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** The PDF's text without white space (the extractor's spacing depends on the layout). */
    static String text(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder b = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor ex = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            b.append(ex.getTextFromPage(i));
        }
        reader.close();
        return b.toString().replaceAll("\\s+", "");
    }

    /** The newest run of the scheme of {@code year} for {@code group} in the given stage (the demo seeds them after the first start). */
    JsonObject run(int year, String group, String stage) throws Exception {
        for (int i = 0; i < 90; i++) {
            for (JsonObject s : array("appraisal/schemes", "appraiser").getValuesAs(JsonObject.class)) {
                if (s.getInt("year") == year && s.getString("group").equals(group)) {
                    for (JsonObject r : array("appraisal/schemes/" + s.getJsonNumber("id").longValue() + "/runs", "appraiser")
                            .getValuesAs(JsonObject.class)) {
                        if (r.getString("status").equals("DONE") && r.getString("stage").equals(stage)) {
                            return r;
                        }
                    }
                }
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("no " + stage + " run of " + year + " " + group + " in the demo data");
    }

    static String plain(JsonObject o, String key) {
        return new BigDecimal(o.getJsonNumber(key).toString()).setScale(2).toPlainString();
    }

    @Test
    void theResultsReportPrintsTheRankingAndEveryUnitsPointsAsTheJsonSays() throws Exception {
        JsonObject run = run(YEAR - 1, "DEPARTMENT", "PUBLISHED");
        long id = run.getJsonNumber("id").longValue();
        HttpResponse<byte[]> pdf = get("appraisal/runs/" + id + "/report.pdf", "appraiser");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
        Path out = Path.of("target", "screenshots", "appraisal-report.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf.body());
        String text = text(pdf.body());
        assertTrue(text.startsWith((YEAR - 1) + "年度县直部门信访工作考核结果通报"), text);
        assertFalse(text.startsWith((YEAR - 1) + "年度县直部门信访工作考核结果通报（暂定）"), text);
        LocalDate cutOff = LocalDate.parse(run.getString("cutOff"));
        String cut = cutOff.getYear() + "年" + cutOff.getMonthValue() + "月" + cutOff.getDayOfMonth() + "日";
        assertTrue(text.contains("数据截止日为" + cut), text);
        assertTrue(text.contains("数据截止日：" + cut), text);

        // the ranking: every unit in the JSON's order, with its rank (or 不排名) and total, ties marked
        List<JsonObject> ranking = array("appraisal/runs/" + id + "/results", "appraiser").getValuesAs(JsonObject.class);
        assertTrue(ranking.size() >= 3, "the demo county's departments");
        int table = text.indexOf("一、考核排名名次单位总分说明");
        int end = text.indexOf("二、各单位失分和加分情况");
        assertTrue(table > 0 && end > table, text);
        int at = table;
        for (JsonObject r : ranking) {
            String rank = r.isNull("rank") ? "不排名" : String.valueOf(r.getInt("rank"));
            String row = rank + r.getString("unitName").replaceAll("\\s+", "") + plain(r, "total");
            int i = text.indexOf(row, at);
            assertTrue(i >= at && i < end, "in order: " + row + " in " + text.substring(table, end));
            at = i + row.length();
            boolean tied = !r.isNull("rank") && ranking.stream().filter(o -> !o.isNull("rank") && o.getInt("rank") == r.getInt("rank")).count() > 1;
            List<String> remark = new java.util.ArrayList<>();
            if (tied) {
                remark.add("并列第" + r.getInt("rank") + "名");
            }
            if (r.getBoolean("vetoed")) {
                remark.add("一票否决（否决前" + plain(r, "beforeVeto") + "分）");
            }
            if (!r.getBoolean("ranked")) {
                remark.add("样本" + r.getJsonNumber("sample").longValue() + "件，不足细则规定的最低数量，不参与排名");
            }
            assertTrue(text.startsWith(String.join("；", remark), at), row + " " + remark + " in " + text.substring(at, end));
        }

        // one unit that lost points: its heading and every line that lost points, as its breakdown says
        JsonObject unit = ranking.stream().filter(r -> new BigDecimal(r.getJsonNumber("lost").toString()).signum() > 0).findFirst().orElseThrow();
        JsonObject breakdown = object("appraisal/runs/" + id + "/results/" + unit.getJsonNumber("unitId").longValue(), "appraiser");
        String heading = unit.getString("unitName").replaceAll("\\s+", "") + "：总分" + plain(unit, "total") + "分，失分" + plain(unit, "lost") + "分";
        int section = text.indexOf(heading, end);
        assertTrue(section > end, heading + " in " + text.substring(end));
        int lines = 0;
        for (JsonObject l : breakdown.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            BigDecimal max = new BigDecimal(l.getJsonNumber("max").toString());
            BigDecimal score = new BigDecimal(l.getJsonNumber("score").toString());
            if (!l.getString("kind").equals("BONUS") && max.compareTo(score) > 0) {
                String row = (l.getString("code") + l.getString("title")).replaceAll("\\s+", "") + plain(l, "max") + plain(l, "score")
                        + max.subtract(score).negate().setScale(2).toPlainString();
                assertTrue(text.indexOf(row, section) > section, row + " in " + text.substring(section));
                lines++;
            }
        }
        assertTrue(lines > 0, "the unit lost points on some item");
        assertTrue(text.contains("三、申辩调整情况"), text);

        // this year's provisional result is marked as such
        JsonObject provisional = run(YEAR, "DEPARTMENT", "PROVISIONAL");
        String draft = text(get("appraisal/runs/" + provisional.getJsonNumber("id").longValue() + "/report.pdf", "appraiser").body());
        assertTrue(draft.startsWith(YEAR + "年度县直部门信访工作考核结果通报（暂定）本结果为暂定结果") || draft.contains("本结果为暂定结果"), draft);
        assertTrue(draft.startsWith(YEAR + "年度县直部门信访工作考核结果通报（暂定）"), draft);

        // a department's clerk: the report of their own department only, as their ranking read
        List<JsonObject> own = array("appraisal/runs/" + id + "/results", "clerk1").getValuesAs(JsonObject.class);
        assertEquals(1, own.size());
        HttpResponse<byte[]> mine = get("appraisal/runs/" + id + "/report.pdf", "clerk1");
        assertEquals(200, mine.statusCode());
        String mineText = text(mine.body());
        assertTrue(mineText.contains(own.get(0).getString("unitName").replaceAll("\\s+", "")), mineText);
        for (JsonObject r : ranking) {
            if (r.getJsonNumber("unitId").longValue() != own.get(0).getJsonNumber("unitId").longValue()) {
                assertFalse(mineText.contains(r.getString("unitName").replaceAll("\\s+", "")), r.getString("unitName") + " in " + mineText);
            }
        }
        // no reading for a role the appraisal does not concern; a run that does not exist
        assertEquals(403, get("appraisal/runs/" + id + "/report.pdf", "registrar").statusCode());
        assertEquals(404, get("appraisal/runs/999999999/report.pdf", "appraiser").statusCode());
    }

    HttpResponse<byte[]> send(String method, String path, String user, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "api/" + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonObject ok(String method, String path, String user, String body) throws Exception {
        HttpResponse<byte[]> r = send(method, path, user, body);
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + " → " + r.statusCode() + " " + text);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * A department scheme of a year without matters (every rate scores full): the departments scored 3 and 4 on
     * inspection, the rest not yet (0): ties among them; 县住房和城乡建设局 (clerk1) contests its 3, the appraisal
     * office accepts 5; the report names the adjustment, the new ranking and the ties.
     */
    @Test
    void theReportNamesEveryAdjustmentOnAnObjectionAndTheTies() throws Exception {
        String items = """
                [{"code":"A1","title":"及时受理率","kind":"INDICATOR","indicator":"timelyAcceptance","scoring":"RATE_TIMES_POINTS","points":5,"whenEmpty":"FULL"},
                 {"code":"B1","title":"学习贯彻《信访工作条例》","kind":"INSPECTION","scoring":"ENTERED","points":5,"whenEmpty":"FULL"}]""";
        JsonObject scheme = null;
        String refused = "";
        int year = YEAR - 10;
        for (; scheme == null && year > YEAR - 20; year--) {
            HttpResponse<byte[]> r = send("POST", "appraisal/schemes", "appraiser",
                    "{\"year\":" + year + ",\"group\":\"DEPARTMENT\",\"weight\":8,\"objectionDays\":7,\"items\":" + items + "}");
            refused = r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8);
            if (r.statusCode() == 201) {
                try (JsonReader reader = Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))) {
                    scheme = reader.readObject();
                }
            }
        }
        assertTrue(scheme != null, "a year without a department scheme: " + refused);
        int schemeYear = scheme.getInt("year");
        long schemeId = scheme.getJsonNumber("id").longValue();
        Http http = new Http(base);
        long mine = http.unitId("331199004");
        long other = http.unitId("331199005");
        ok("POST", "appraisal/schemes/" + schemeId + "/entries", "appraiser",
                "{\"unitId\":" + mine + ",\"itemCode\":\"B1\",\"score\":3,\"comment\":\"学习记录不全\"}");
        ok("POST", "appraisal/schemes/" + schemeId + "/entries", "appraiser",
                "{\"unitId\":" + other + ",\"itemCode\":\"B1\",\"score\":4}");
        JsonObject run = ok("POST", "appraisal/schemes/" + schemeId + "/runs", "appraiser",
                "{\"from\":\"" + schemeYear + "-01-01\",\"to\":\"" + schemeYear + "-12-31\",\"cutOff\":\"" + (schemeYear + 1) + "-01-10\"}");
        long runId = run.getJsonNumber("id").longValue();
        for (int i = 0; i < 240 && !run.getString("status").equals("DONE"); i++) {
            assertFalse(run.getString("status").equals("FAILED"), run.toString());
            Thread.sleep(250);
            run = object("appraisal/runs/" + runId, "appraiser");
        }
        JsonObject filed = ok("POST", "appraisal/runs/" + runId + "/objections", "clerk1",
                "{\"itemCode\":\"B1\",\"reason\":\"全年学习记录12次，检查时漏看。\",\"evidence\":\"学习记录册\"}");
        ok("POST", "appraisal/objections/" + filed.getJsonNumber("id") + "/decision", "appraiser",
                "{\"accept\":true,\"score\":5,\"reason\":\"核实学习记录齐全，改为满分。\",\"version\":" + filed.getJsonNumber("version") + "}");

        String text = text(get("appraisal/runs/" + runId + "/report.pdf", "appraiser").body());
        assertTrue(text.startsWith(schemeYear + "年度县直部门信访工作考核结果通报（暂定）"), text);
        // 住建局 10.00 first, 人社局 9.00 second, every other department 5.00, tied third
        assertTrue(text.contains("一、考核排名名次单位总分说明1县住房和城乡建设局10.002县人力资源和社会保障局9.003"), text);
        assertTrue(text.contains("5.00并列第3名"), text);
        assertTrue(text.contains("县人力资源和社会保障局：总分9.00分，失分1.00分考核项目分值得分增减依据B1学习贯彻《信访工作条例》5.004.00-1.00"), text);
        assertTrue(text.contains("三、申辩调整情况单位考核项目原得分调整后得分处理理由县住房和城乡建设局B1学习贯彻《信访工作条例》3.005.00"
                + "核实学习记录齐全，改为满分。（appraiser，"), text);
    }
}
