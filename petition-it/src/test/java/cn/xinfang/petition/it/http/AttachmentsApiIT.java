package cn.xinfang.petition.it.http;

import cn.xinfang.petition.it.Samples;
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
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attachments over the JSON API: raw bytes in, JSON descriptions and the bytes out, with the demo accounts. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AttachmentsApiIT {

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder request(String path, String user, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> upload(long matter, String user, String kind, String name, byte[] body, String contentType,
                                        String... headers) throws Exception {
        String query = "kind=" + kind + (name == null ? "" : "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(request("matters/" + matter + "/attachments?" + query, user, headers)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        noTrace(r.body());
        return r;
    }

    private HttpResponse<String> get(String path, String user, String... headers) throws Exception {
        HttpResponse<String> r = http.send(request(path, user, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
        noTrace(r.body());
        return r;
    }

    private static void noTrace(String body) {
        assertFalse(body.contains("\tat ") || body.contains("Exception"), "no stack trace: " + body);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** A fresh matter of 石桥村 (青石镇), registered by the registrar over the API. */
    private long matter() throws Exception {
        HttpResponse<String> units = get("units", "registrar");
        long place = array(units.body()).getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("name").equals("石桥村")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String body = MattersApiIT.registration(MattersApiIT.idNumber(), "").replace("%PLACE%", String.valueOf(place));
        HttpResponse<String> created = http.send(request("matters", "registrar").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body()).getJsonObject("summary").getJsonNumber("id").longValue();
    }

    @Test
    void uploadListAndDownloadWhateverContentTypeTheClientClaims() throws Exception {
        long id = matter();
        byte[] pdf = Samples.pdf("API-LETTER", 1);
        HttpResponse<String> created = upload(id, "registrar", "LETTER", "来信 扫描.pdf", pdf, "application/octet-stream");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject a = json(created.body());
        assertEquals("来信 扫描.pdf", a.getString("fileName"));
        assertEquals("application/pdf", a.getString("contentType"));
        assertEquals("LETTER", a.getString("kind"));
        assertEquals(pdf.length, a.getJsonNumber("sizeBytes").longValue());
        long aid = a.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/matters/" + id + "/attachments/" + aid));

        // curl --data-binary sends form content type by default; the bytes decide
        byte[] png = Samples.png(120, 80);
        HttpResponse<String> photo = upload(id, "officer", "evidence", "photo", png, "application/x-www-form-urlencoded");
        assertEquals(201, photo.statusCode(), photo.body());
        assertEquals("image/png", json(photo.body()).getString("contentType"));
        assertEquals("photo.png", json(photo.body()).getString("fileName"));

        HttpResponse<String> list = get("matters/" + id + "/attachments", "officer");
        assertEquals(200, list.statusCode());
        assertEquals(2, array(list.body()).size());
        assertEquals(200, get("matters/" + id + "/attachments", "clerk2").statusCode(), "the township of the problem's village");

        HttpResponse<byte[]> file = http.send(request("matters/" + id + "/attachments/" + aid, "registrar").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(pdf, file.body());
        assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"__ __.pdf\"; filename*=UTF-8''%E6%9D%A5%E4%BF%A1%20%E6%89%AB%E6%8F%8F.pdf",
                file.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", file.headers().firstValue("Cache-Control").orElse(""));

        // the whole file now ends with them
        HttpResponse<byte[]> whole = http.send(request("matters/" + id + "/documents/FILE", "officer").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, whole.statusCode());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(whole.body());
        String last = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
        assertTrue(last.contains("附件 2") && last.contains("photo.png"), last);
        reader.close();
    }

    @Test
    void badFilesGet4xxJsonWithTheReason() throws Exception {
        long id = matter();
        HttpResponse<String> html = upload(id, "registrar", "LETTER", "scan.pdf", Samples.html(), "application/pdf");
        assertEquals(400, html.statusCode(), html.body());
        JsonObject e = json(html.body());
        assertEquals("invalid", e.getString("error"));
        assertTrue(e.getJsonObject("fields").getString("file").contains("PDF、JPEG、PNG 或 TIFF"), html.body());
        HttpResponse<String> exe = upload(id, "registrar", "LETTER", "scan.pdf", Samples.exe(), "application/pdf", "Accept-Language", "en");
        assertEquals(400, exe.statusCode());
        assertTrue(json(exe.body()).getString("message").startsWith("Only PDF, JPEG, PNG or TIFF"), exe.body());

        HttpResponse<String> empty = upload(id, "registrar", "LETTER", "empty.pdf", new byte[0], "application/pdf");
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(json(empty.body()).getString("message").contains("文件为空"), empty.body());
        HttpResponse<String> kind = upload(id, "registrar", "PHOTO", "x.pdf", Samples.pdf("X", 1), "application/pdf");
        assertEquals(400, kind.statusCode());
        assertTrue(json(kind.body()).getJsonObject("fields").containsKey("kind"));

        byte[] big = Arrays.copyOf(Samples.pdf("BIG", 1), 10 * 1024 * 1024 + 1);
        HttpResponse<String> tooLarge = upload(id, "registrar", "LETTER", "big.pdf", big, "application/pdf");
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(json(tooLarge.body()).getString("message").contains("10 MB"), tooLarge.body());

        assertEquals(0, array(get("matters/" + id + "/attachments", "registrar").body()).size());
    }

    @Test
    void wrongRoleOrUnitGets403AndUnknownGets404() throws Exception {
        long id = matter();
        HttpResponse<String> created = upload(id, "registrar", "LETTER", "a.pdf", Samples.pdf("A", 1), "application/pdf");
        long aid = json(created.body()).getJsonNumber("id").longValue();

        HttpResponse<String> otherUnit = get("matters/" + id + "/attachments", "clerk1");
        assertEquals(403, otherUnit.statusCode());
        assertEquals("forbidden", json(otherUnit.body()).getString("error"));
        assertEquals(403, get("matters/" + id + "/attachments/" + aid, "clerk1").statusCode());
        assertEquals(403, upload(id, "clerk1", "LETTER", "b.pdf", Samples.pdf("B", 1), "application/pdf").statusCode());
        // the township sees the matter but is not its main unit: reading yes, adding no
        assertEquals(403, upload(id, "clerk2", "LETTER", "b.pdf", Samples.pdf("B", 1), "application/pdf").statusCode());
        assertEquals(403, get("matters/" + id + "/attachments", "appraiser").statusCode(), "no case-handling role");

        assertEquals(404, get("matters/" + id + "/attachments/999999999", "registrar").statusCode());
        assertEquals(404, get("matters/999999999/attachments", "registrar").statusCode());
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "api/matters/" + id + "/attachments")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesThem() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(base + "openapi")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode());
        // merged with the generated paths, which carry the application path
        assertTrue(doc.body().contains("/api/matters/{id}/routing"), doc.body());
        assertTrue(doc.body().contains("/api/matters/{id}/attachments/{aid}"), doc.body());
        assertFalse(doc.body().contains("\n  /matters/{id}/attachments"), "no second, unprefixed entry: " + doc.body());
        assertTrue(doc.body().contains("PETITION_ATTACHMENT_MAX_MB"), doc.body());
    }

    /** The 140-byte PDF of issue 14 whose page tree points to itself. */
    static final byte[] LOOP = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Count 1/Kids[2 0 R]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF").getBytes(StandardCharsets.US_ASCII);

    private HttpResponse<String> withdraw(long matter, long aid, String user, String body) throws Exception {
        HttpResponse<String> r = http.send(request("matters/" + matter + "/attachments/" + aid + "/withdrawal", user)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        noTrace(r.body());
        return r;
    }

    private int filePages(long matter) throws Exception {
        HttpResponse<byte[]> pdf = http.send(request("matters/" + matter + "/documents/FILE", "officer").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.body());
        int n = reader.getNumberOfPages();
        reader.close();
        return n;
    }

    @Test
    void aPdfThatWouldBreakTheWholeFileIsRefusedWith422() throws Exception {
        long id = matter();
        HttpResponse<String> r = upload(id, "registrar", "LETTER", "loop.pdf", LOOP, "application/pdf");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(json(r.body()).getString("message").contains("无法读取"), r.body());
        assertEquals(0, array(get("matters/" + id + "/attachments", "officer").body()).size(), "nothing kept");
        filePages(id); // the whole file still prints
    }

    @Test
    void anOfficerWithdrawsAnAttachmentWithAReasonAndTheWholeFileLeavesItOut() throws Exception {
        long id = matter();
        int documentsOnly = filePages(id);
        long aid = json(upload(id, "registrar", "LETTER", "错传.pdf", Samples.pdf("WRONG", 2), "application/pdf").body())
                .getJsonNumber("id").longValue();
        assertEquals(documentsOnly + 3, filePages(id), "a cover and two pages");

        assertEquals(403, withdraw(id, aid, "registrar", "{\"reason\":\"传错了\"}").statusCode(), "officers only");
        assertEquals(400, withdraw(id, aid, "officer", "{\"reason\":\"  \"}").statusCode(), "a reason is required");
        HttpResponse<String> ok = withdraw(id, aid, "officer", "{\"reason\":\"误传至本事项\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        JsonObject a = json(ok.body());
        assertEquals("误传至本事项", a.getString("withdrawalReason"));
        assertEquals("officer", a.getString("withdrawnBy"));
        assertEquals(422, withdraw(id, aid, "officer", "{\"reason\":\"再次\"}").statusCode(), "once only");

        JsonArray list = array(get("matters/" + id + "/attachments", "officer").body());
        assertEquals(1, list.size(), "kept and listed");
        assertTrue(list.getJsonObject(0).containsKey("withdrawnAt"), list.toString());
        assertEquals(200, get("matters/" + id + "/attachments/" + aid, "officer").statusCode(), "still downloadable");
        assertEquals(documentsOnly, filePages(id), "left out of the whole file");
    }
}
