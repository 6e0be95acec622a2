package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.shared.control.Clocks;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentPagesTest {

    final PdfWriter writer = new PdfWriter(Clock.fixed(
            ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, Clocks.ZONE).toInstant(), Clocks.ZONE));
    final AttachmentPages pages = new AttachmentPages(writer);

    /** A plain PDF of n pages, "SCAN-PAGE-k" on page k, as a scanner or another program would write it. */
    static byte[] pdf(int n, com.lowagie.text.Rectangle size) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(size);
        com.lowagie.text.pdf.PdfWriter.getInstance(d, out);
        d.open();
        for (int i = 1; i <= n; i++) {
            if (i > 1) {
                d.newPage();
            }
            d.add(new Paragraph("SCAN-PAGE-" + i));
        }
        d.close();
        return out.toByteArray();
    }

    static BufferedImage picture(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        return img;
    }

    static byte[] image(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A two-page bilevel TIFF, as office scanners write letters. */
    static byte[] tiff2() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            w.prepareWriteSequence(null);
            w.writeToSequence(new IIOImage(picture(850, 1100, BufferedImage.TYPE_BYTE_BINARY), null, null), null);
            w.writeToSequence(new IIOImage(picture(850, 1100, BufferedImage.TYPE_BYTE_BINARY), null, null), null);
            w.endWriteSequence();
        }
        w.dispose();
        return out.toByteArray();
    }

    static AttachmentPages.Item item(int n, String name, byte[] data) {
        String type = AttachmentFiles.sniff(data).map(AttachmentFiles.FileType::contentType).orElse("application/pdf");
        return new AttachmentPages.Item(n, name, AttachmentKind.LETTER, type, data.length,
                AttachmentFiles.sha256(data), "registrar", Instant.parse("2026-11-24T02:00:00Z"), () -> data);
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor ex = new PdfTextExtractor(reader);
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            b.append("[page ").append(i).append("]").append(ex.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return b.toString();
    }

    static int count(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            return reader.getNumberOfPages();
        } finally {
            reader.close();
        }
    }

    byte[] documents() {
        return writer.writeAll("信访事项 331199-2026-000001 案卷", List.of(
                OfficialDocument.builder("信访事项登记表").field("事项编号", "331199-2026-000001").build(),
                OfficialDocument.builder("办理过程记录").paragraph("2026-11-24 10:00　registrar　登记").build()));
    }

    @Test
    void withoutAttachmentsTheFileIsUnchanged() {
        byte[] docs = documents();
        assertSame(docs, pages.append(docs, List.of()));
    }

    @Test
    void pdfPagesAreImportedAsTheyAreBehindACoverAndImagesGetAPageEach() throws Exception {
        byte[] docs = documents();
        int docPages = count(docs);
        byte[] letter = pdf(3, PageSize.LETTER);
        byte[] landscape = pdf(1, PageSize.A3.rotate());
        List<AttachmentPages.Item> items = new ArrayList<>();
        items.add(item(1, "来信扫描.pdf", letter));
        items.add(item(2, "现场照片.png", image("png", 1600, 900)));
        items.add(item(3, "收据.jpg", image("jpg", 600, 800)));
        items.add(item(4, "承诺书.tif", tiff2()));
        items.add(item(5, "wide.pdf", landscape));
        byte[] file = pages.append(docs, items);

        // documents, cover + 3, png, jpg, 2 tiff pages, cover + 1
        assertEquals(docPages + 4 + 1 + 1 + 2 + 2, count(file));
        String text = text(file);
        assertTrue(text.contains("信访事项登记表"), text);
        assertTrue(text.contains("附件 1") && text.contains("来信扫描.pdf") && text.replaceAll("\\s", "").contains(AttachmentFiles.sha256(letter)), text);
        assertTrue(text.contains("SCAN-PAGE-1") && text.contains("SCAN-PAGE-3"), text);
        assertTrue(text.contains("附件 2：现场照片.png"), text);
        assertTrue(text.contains("附件 3：收据.jpg"), text);
        assertTrue(text.contains("附件 4：承诺书.tif（信件扫描件，第 2/2 页）"), text);
        PdfReader reader = new PdfReader(file);
        // imported pages keep their own size: US Letter stays Letter, A3 landscape stays A3 landscape
        assertEquals(PageSize.LETTER.getWidth(), reader.getPageSizeWithRotation(docPages + 2).getWidth(), 0.5);
        assertEquals(PageSize.A3.getHeight(), reader.getPageSizeWithRotation(count(file)).getWidth(), 0.5);
        // a wide photo gets a landscape A4 page, a tall receipt a portrait one
        assertEquals(PageSize.A4.getHeight(), reader.getPageSizeWithRotation(docPages + 5).getWidth(), 0.5);
        assertEquals(PageSize.A4.getWidth(), reader.getPageSizeWithRotation(docPages + 6).getWidth(), 0.5);
        assertEquals("信访事项 331199-2026-000001 案卷", reader.getInfo().get("Title"));
        reader.close();
    }

    @Test
    void aDamagedFileGetsAPageSayingSoAndTheRestFollows() throws Exception {
        byte[] good = pdf(2, PageSize.A4);
        byte[] truncated = java.util.Arrays.copyOf(good, 40);
        byte[] brokenPng = java.util.Arrays.copyOf(image("png", 200, 200), 60);
        byte[] file = pages.append(documents(), List.of(item(1, "坏的.pdf", truncated), item(2, "坏图.png", brokenPng),
                item(3, "好的.pdf", good)));
        String text = text(file);
        assertTrue(text.contains("附件 1") && text.contains("坏的.pdf") && text.contains("无法并入案卷"), text);
        assertTrue(text.contains("附件 2") && text.contains("坏图.png"), text);
        assertEquals(2, text.split("无法并入案卷", -1).length - 1, text);
        assertTrue(text.contains("附件 3") && text.contains("SCAN-PAGE-2"), text);
    }

    /** The 140-byte PDF of issue 14 whose page tree points to itself. */
    static final byte[] LOOP = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Count 1/Kids[2 0 R]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void aFileThatBreaksThePdfLibraryGetsAPageSayingSoInsteadOfFailingTheWholeFile() throws Exception {
        byte[] good = pdf(1, PageSize.A4);
        byte[] file = pages.append(documents(), List.of(item(1, "循环.pdf", LOOP), item(2, "好的.pdf", good)));
        String text = text(file);
        assertTrue(text.contains("附件 1") && text.contains("循环.pdf") && text.contains("无法并入案卷"), text);
        assertTrue(text.contains("附件 2") && text.contains("SCAN-PAGE-1"), text);
    }

    @Test
    void theUploadCheckRefusesTheLoopButNotAPlainOrDamagedFile() throws Exception {
        assertEquals(PdfCheck.Verdict.HARMFUL, PdfCheck.check(LOOP));
        assertEquals(PdfCheck.Verdict.ACCEPTABLE, PdfCheck.check(pdf(3, PageSize.A4)));
        assertEquals(PdfCheck.Verdict.ACCEPTABLE, PdfCheck.check(java.util.Arrays.copyOf(pdf(2, PageSize.A4), 40)));
    }

    @Test
    void aNameWithCharactersOutsideTheFontStillPrints() throws Exception {
        byte[] file = pages.append(documents(), List.of(item(1, "𠀀𪚥信.png", image("png", 100, 100))));
        assertTrue(text(file).contains("附件 1：??信.png"), text(file));
    }
}
