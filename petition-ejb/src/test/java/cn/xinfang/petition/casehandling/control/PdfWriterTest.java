package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.control.Clocks;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWriterTest {

    static final String ORGAN = "某某县人民政府信访局";
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 24);

    final PdfWriter writer = new PdfWriter(Clock.fixed(
            ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, Clocks.ZONE).toInstant(), Clocks.ZONE));

    static OfficialDocument opinion() {
        return OfficialDocument.builder("信访处理意见书")
                .issuingOrgan(ORGAN)
                .documentNumber("某信复〔2026〕12号")
                .addressee("王建设")
                .paragraph("你于2026年10月9日通过网上信访平台反映的“某某镇某某村集体土地征收补偿款未足额发放”"
                        + "问题（事项编号：331199-2026-000123），本机关已于2026年10月12日依法受理。"
                        + "现将处理意见告知如下：")
                .paragraph("经调查核实：2025年3月，某某县人民政府依法批准征收某某镇某某村第三、第四村民小组"
                        + "集体土地共计46.8亩，用于县道X312线改建工程。按照《某某省征地补偿标准》及县政府批复的"
                        + "补偿安置方案，该村应得土地补偿费、安置补助费和地上附着物及青苗补偿费合计人民币398.46万元。"
                        + "县自然资源局已于2025年6月将上述款项全额拨付至某某镇财政所专户，镇财政所于2025年8月"
                        + "将其中的土地补偿费和安置补助费拨付至村集体账户。")
                .paragraph("你反映的你家承包地0.92亩的青苗补偿费和地上附着物补偿费未到账的问题属实。经查，"
                        + "因你家承包地的地上附着物清点表上户主签名与土地承包经营权证记载不一致，镇政府在发放时"
                        + "暂缓支付，且未及时书面告知你本人，工作存在疏漏。镇政府已于2026年11月18日将应付你家的"
                        + "补偿款人民币21346元足额转入你本人的社会保障卡账户，并向你当面说明了情况。")
                .paragraph("关于你提出的按照2026年新标准重新计算补偿款的请求，经审查，补偿标准以征收土地预公告"
                        + "发布之日（2024年12月20日）为准。依照《中华人民共和国土地管理法》第四十八条及相关规定，"
                        + "你的该项请求缺乏法律和政策依据，本机关不予支持。")
                .paragraph("综上，本机关认为：你反映的补偿款未足额发放问题属实，相关款项现已补发到位；"
                        + "你要求提高补偿标准的请求不予支持。")
                .paragraph("如你对本处理意见不服，可以自收到本意见书之日起30日内，向某某市人民政府信访局"
                        + "书面提出复查申请。")
                .field("事项编号", "331199-2026-000123")
                .field("受理日期", "2026年10月12日")
                .field("承办单位", "某某镇人民政府")
                .signature(ORGAN, ISSUED)
                .footerNote("查询码：K7PX93QD（可凭此码在某某县网上信访平台查询办理情况）")
                .build();
    }

    static OfficialDocument acceptance() {
        return OfficialDocument.builder("受理告知书")
                .issuingOrgan(ORGAN)
                .documentNumber("某信受〔2026〕123号")
                .addressee("王建设")
                .paragraph("你于2026年10月9日提出的信访事项，经审查，符合《信访工作条例》规定的受理条件，"
                        + "本机关决定予以受理，并将在60日内办结。")
                .field("事项编号", "331199-2026-000123")
                .signature(ORGAN, LocalDate.of(2026, 10, 12))
                .build();
    }

    static OfficialDocument extension() {
        return OfficialDocument.builder("延期告知书")
                .issuingOrgan(ORGAN)
                .addressee("王建设")
                .paragraph("因情况复杂，你的信访事项不能在60日内办结。经本机关负责人批准，办理期限延长30日。")
                .signature(ORGAN, LocalDate.of(2026, 12, 8))
                .build();
    }

    @Test
    void opinionComesBackAsTextOnTwoNumberedPages() throws IOException {
        PdfReader reader = new PdfReader(writer.write(opinion()));

        assertEquals(2, reader.getNumberOfPages());
        String first = text(reader, 1);
        String last = text(reader, 2);
        assertTrue(first.startsWith(ORGAN + "某信复〔2026〕12号信访处理意见书王建设："), first);
        assertTrue((first + last).contains("你反映的你家承包地0.92亩的青苗补偿费和地上附着物补偿费未到账的问题属实。"));
        assertTrue(last.contains("2026年11月24日"), last);
        assertTrue(first.contains("—1—"), first);
        assertTrue(last.contains("—2—"), last);
    }

    @Test
    void metadataIsSet() throws IOException {
        PdfReader reader = new PdfReader(writer.write(opinion()));

        Map<String, String> info = reader.getInfo();
        assertEquals("信访处理意见书", info.get("Title"));
        assertEquals(ORGAN, info.get("Author"));
        assertEquals("某信复〔2026〕12号 信访处理意见书", info.get("Subject"));
        assertEquals(PdfWriter.CREATOR, info.get("Creator"));
        assertTrue(info.get("CreationDate").startsWith("D:20261124100000+08'00'"), info.get("CreationDate"));
        String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("信访处理意见书"), xmp);
    }

    @Test
    void fontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = writer.write(opinion());
        PdfReader reader = new PdfReader(pdf);

        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertEquals(2, fonts.size(), "regular and bold, nothing else");
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            String name = font.getAsName(PdfName.BASEFONT).toString();
            assertTrue(name.contains("NotoSerif"), name);
            assertTrue(name.matches("/[A-Z]{6}\\+.*"), "a subset: " + name);
            PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
            PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
            assertNotNull(descriptor.get(PdfName.FONTFILE2), name + " embedded");
            assertNotNull(font.get(PdfName.TOUNICODE), name + " extractable");
            PdfStream file = (PdfStream) PdfReader.getPdfObject(descriptor.get(PdfName.FONTFILE2));
            assertTrue(file.getRawLength() < 200_000, "only the glyphs used: " + file.getRawLength());
        }
        assertTrue(pdf.length < 300_000, "size " + pdf.length);
    }

    @Test
    void writeAllStartsEveryDocumentOnANewPageNumberedOnItsOwn() throws IOException {
        List<OfficialDocument> docs = List.of(acceptance(), opinion(), extension());
        PdfReader reader = new PdfReader(writer.writeAll("王建设信访事项卷宗", docs));

        assertEquals(4, reader.getNumberOfPages());
        assertEquals("王建设信访事项卷宗", reader.getInfo().get("Title"));
        assertEquals("受理告知书、信访处理意见书、延期告知书", reader.getInfo().get("Subject"));
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            pages.add(text(reader, page));
        }
        assertTrue(pages.get(0).startsWith(ORGAN + "某信受〔2026〕123号受理告知书"), pages.get(0));
        assertTrue(pages.get(1).startsWith(ORGAN + "某信复〔2026〕12号信访处理意见书"), pages.get(1));
        assertFalse(pages.get(2).startsWith(ORGAN), "the opinion's second page: " + pages.get(2));
        assertTrue(pages.get(3).startsWith(ORGAN + "延期告知书"), pages.get(3));
        // one-page notices carry no page number; the opinion counts from 1 again
        assertFalse(pages.get(0).contains("—1—"));
        assertTrue(pages.get(1).contains("—1—"));
        assertTrue(pages.get(2).contains("—2—"));
        assertFalse(pages.get(3).contains("—"));
    }

    @Test
    void breakingRulesOfTheHelper() {
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('好', '，'), "no comma at a line start");
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('问', '。'));
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('书', '》'));
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('放', '”'));
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('。', '”'), "closing marks stay together");
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('《', '中'), "no opening mark at a line end");
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('（', '2'));
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('“', '某'));
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('—', '—'), "破折号 is not split");
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('…', '…'), "省略号 is not split");
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('2', '0'), "numbers stay whole");
        assertFalse(PdfWriter.ChineseLineBreaking.mayBreakBetween('1', '-'), "matter numbers stay whole");
        assertTrue(PdfWriter.ChineseLineBreaking.mayBreakBetween('中', '国'));
        assertTrue(PdfWriter.ChineseLineBreaking.mayBreakBetween('，', '本'));
        assertTrue(PdfWriter.ChineseLineBreaking.mayBreakBetween('》', '及'));
        assertTrue(PdfWriter.ChineseLineBreaking.mayBreakBetween('年', '1'));
        assertTrue(PdfWriter.ChineseLineBreaking.mayBreakBetween('9', '日'));
    }

    /** 26 characters fill the first line after the indent, so a plain break puts the comma first on the next. */
    static final String CRAFTED = "你好".repeat(13) + "，这是一段测试文字，用来检验标点符号不会出现在行首。"
            + "逗号、句号、顿号、问号？叹号！右括号）右书名号》都不能位于行首，左括号（左书名号《不能位于行末。"
            + "第二十八个字后面是逗号的情况也要检查一下：一二三四五六七八九十一二三四五六七八九十，完。";

    @Test
    void helperRefusesEveryBreakBeforeAComma() {
        char[] cc = CRAFTED.toCharArray();
        int refused = 0;
        for (int i = 0; i + 1 < cc.length; i++) {
            boolean split = PdfWriter.ChineseLineBreaking.INSTANCE.isSplitCharacter(0, i, cc.length, cc, null);
            if (cc[i + 1] == '，') {
                assertFalse(split, "break before the comma at " + (i + 1));
                refused++;
            }
        }
        assertEquals(CRAFTED.chars().filter(c -> c == '，').count(), refused);
        assertTrue(PdfWriter.ChineseLineBreaking.INSTANCE.isSplitCharacter(0, cc.length - 1, cc.length, cc, null));
    }

    @Test
    void noLineStartsWithClosingPunctuationInTheLaidOutPdf() throws IOException {
        OfficialDocument doc = OfficialDocument.builder("测试").paragraph(CRAFTED).build();

        List<String> lines = lines(new PdfReader(writer.write(doc)), 1);

        assertEquals("测试", lines.get(0));
        assertEquals("你好".repeat(12) + "你", lines.get(1), "the last character moved down with the comma");
        assertTrue(lines.get(2).startsWith("好，"), lines.get(2));
        for (String line : lines) {
            assertTrue(PdfWriter.ChineseLineBreaking.NO_LINE_START.indexOf(line.charAt(0)) < 0, line);
            assertTrue(PdfWriter.ChineseLineBreaking.NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0, line);
        }
    }

    @Test
    void openPdfAloneWouldStartALineWithTheComma() throws IOException {
        // the control for the test above: the crafted paragraph does hit the problem
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PdfWriter.PAGE, PdfWriter.MARGIN_LEFT, PdfWriter.MARGIN_RIGHT,
                PdfWriter.MARGIN_TOP, PdfWriter.MARGIN_BOTTOM);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        Paragraph paragraph = new Paragraph(PdfWriter.LEADING,
                new Chunk(CRAFTED, new Font(PdfWriter.Fonts.REGULAR, PdfWriter.BODY_SIZE)));
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(PdfWriter.INDENT);
        document.add(paragraph);
        document.close();

        List<String> lines = lines(new PdfReader(out.toByteArray()), 1);

        assertEquals("你好".repeat(13), lines.get(0));
        assertTrue(lines.get(1).startsWith("，"), lines.get(1));
    }

    @Test
    void charactersTheFontLacksArePrintedAsAPlaceholderNeverDroppedOrRefused() throws IOException {
        byte[] one = writer.write(OfficialDocument.builder("告知书").paragraph("第一段。").paragraph("谢谢😀，收到\u0000\u001B\u202E。").build());
        String text = text(new PdfReader(one), 1);
        assertTrue(text.contains("谢谢□，收到□□□。"), text);

        byte[] title = writer.write(OfficialDocument.builder("告知书\uD840\uDC00").build());
        assertTrue(text(new PdfReader(title), 1).contains("告知书□"));

        byte[] all = writer.writeAll("卷宗", List.of(acceptance(), OfficialDocument.builder("告知书").addressee("王堃").build()));
        PdfReader reader = new PdfReader(all);
        assertTrue(text(reader, reader.getNumberOfPages()).contains("王□"));
    }

    @Test
    void charactersOutsideGb2312ThatTheFontHasAreFine() throws IOException {
        // 〝〞 and ～ are not GB2312 but in the subset; · and — are what input methods type
        OfficialDocument doc = OfficialDocument.builder("告知书")
                .addressee("阿依古丽·买买提")
                .paragraph("〝试点〞工作～结束——谢谢。\r\n第二行\t完。")
                .build();

        String text = text(new PdfReader(writer.write(doc)), 1);

        assertTrue(text.contains("阿依古丽·买买提："), text);
        assertTrue(text.contains("〝试点〞工作～结束——谢谢。第二行完。"), text);
    }

    @Test
    void theSharedFontServesConcurrentRequests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                OfficialDocument doc = i % 2 == 0 ? opinion() : acceptance();
                results.add(pool.submit(() -> writer.write(doc)));
            }
            for (Future<byte[]> result : results) {
                PdfReader reader = new PdfReader(result.get(60, TimeUnit.SECONDS));
                assertTrue(text(reader, 1).startsWith(ORGAN), "a complete, readable PDF");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A report's sections: the heading, then the table row by row, its header repeated on every page it runs to. */
    @Test
    void sectionsPrintTheirTablesRowByRowWithTheHeaderOnEveryPage() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of(String.valueOf(i), "测试镇" + i, (100 - i) + ".00", i % 2 == 0 ? "并列" : ""));
        }
        OfficialDocument doc = OfficialDocument.builder("2026年度信访工作考核结果通报")
                .paragraph("数据截止日：2027年1月10日。")
                .section(new OfficialDocument.Section("一、考核排名", List.of(), List.of("名次", "单位", "得分", "说明"), rows, List.of(1, 4, 2, 2)))
                .build();
        PdfReader reader = new PdfReader(writer.write(doc));
        assertTrue(reader.getNumberOfPages() >= 2, "sixty rows run to a second page");
        String first = text(reader, 1);
        assertTrue(first.startsWith("2026年度信访工作考核结果通报数据截止日：2027年1月10日。一、考核排名名次单位得分说明1测试镇199.002测试镇298.00并列"),
                first);
        String last = text(reader, reader.getNumberOfPages());
        assertTrue(last.startsWith("名次单位得分说明"), last);
        assertTrue(last.contains("60测试镇6040.00并列"), last);
        assertThrows(IllegalArgumentException.class, () -> new OfficialDocument.Section(null, null, List.of("a", "b"),
                List.of(List.of("1")), null));
    }

    /** Writes the PDFs and a PNG of their first pages to target/pdf-preview for a look: -Dpdf.preview=true. */
    @Test
    @EnabledIfSystemProperty(named = "pdf.preview", matches = "true")
    void preview() throws Exception {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "pdf-preview");
        Files.createDirectories(dir);
        Files.write(dir.resolve("opinion.pdf"), writer.write(opinion()));
        Files.write(dir.resolve("whole-file.pdf"),
                writer.writeAll("王建设信访事项卷宗", List.of(acceptance(), opinion(), extension())));
        for (String name : List.of("opinion", "whole-file")) {
            Process process = new ProcessBuilder("pdftoppm", "-r", "60", "-png",
                    name + ".pdf", name).directory(dir.toFile()).inheritIO().start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, process.exitValue());
        }
    }

    /** A page's text without any white space: the extractor's spacing depends on the justification. */
    static String text(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", "");
    }

    static List<String> lines(PdfReader reader, int page) throws IOException {
        return new PdfTextExtractor(reader).getTextFromPage(page).lines()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
