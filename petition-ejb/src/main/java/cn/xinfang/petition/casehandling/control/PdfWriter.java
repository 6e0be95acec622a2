package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.control.Clocks;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import cn.xinfang.petition.shared.boundary.BusinessException;
import java.util.function.Supplier;

/**
 * Renders {@link OfficialDocument}s as PDFs in the layout of GB/T 9704 as far as a free font
 * allows: A4, the standard margins, 三号 body text with 22 lines a page and 28 characters a line,
 * 二号 bold title, red letterhead. The font (Noto Serif SC, subset to GB2312, see
 * {@code fonts/README.md}) is embedded so that the files are fit for the archive.
 */
@ApplicationScoped
public class PdfWriter {

    static final float MM = 72f / 25.4f;
    static final float MARGIN_TOP = 37 * MM;
    static final float MARGIN_BOTTOM = 35 * MM;
    static final float MARGIN_LEFT = 28 * MM;
    static final float MARGIN_RIGHT = 26 * MM;
    static final Rectangle PAGE = PageSize.A4;
    static final float TEXT_WIDTH = PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;

    /** 三号: 28 of them fill the 156 mm line exactly. */
    static final float BODY_SIZE = 15.75f;
    /**
     * 22 lines in the 225 mm text block. OpenPDF starts a new page unless a whole leading is left
     * below the line it adds, so 22 lines take 23 leadings (and a hair for rounding).
     */
    static final float LEADING = (PAGE.getHeight() - MARGIN_TOP - MARGIN_BOTTOM) / 23.02f;
    /** 二号. */
    static final float TITLE_SIZE = 22f;
    static final float TITLE_LEADING = 34f;
    /** Upper bound for the letterhead; a long organ name is shrunk to fit one line. */
    static final float ORGAN_SIZE = 32f;
    /** 四号: fields table, note, page numbers. */
    static final float SMALL_SIZE = 14f;
    static final float SMALL_LEADING = 22f;
    static final float INDENT = 2 * BODY_SIZE;
    static final Color RED = new Color(230, 0, 0);
    static final String CREATOR = "信访业务平台";

    @Inject
    Clock clock = Clock.system(Clocks.ZONE);

    public PdfWriter() {
    }

    PdfWriter(Clock clock) {
        this.clock = clock;
    }

    /** One notice as a PDF; page numbers only if it runs to more than one page. */
    /** Runs a writer, turning a character the embedded font lacks into a refusal the clerk can act on. */
    public static byte[] orRefuse(Supplier<byte[]> writer) {
        try {
            return writer.get();
        } catch (MissingCharacterException e) {
            throw new BusinessException("error.document.character", e.character(), e.where());
        }
    }

    public byte[] write(OfficialDocument doc) {
        Objects.requireNonNull(doc, "doc");
        String subject = doc.documentNumber() == null ? doc.title() : doc.documentNumber() + " " + doc.title();
        return render(doc.title(), subject, List.of(doc));
    }

    /**
     * Several documents in one PDF (the whole file of a matter, 一案一卷), each starting on a new
     * page and numbered on its own, so that every document looks as it did when it was issued.
     */
    public byte[] writeAll(String title, List<OfficialDocument> docs) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("the whole file needs a title");
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("nothing to write: no documents");
        }
        String subject = docs.stream().map(OfficialDocument::title).distinct().collect(Collectors.joining("、"));
        return render(title, subject, docs);
    }

    private byte[] render(String title, String subject, List<OfficialDocument> docs) {
        // a character the embedded font lacks (an emoji, a rare CJK character, a control
        // character stored before the door checked for them) is printed as a visible placeholder
        // (see chunk): OpenPDF would silently drop it, and refusing would leave a stored matter
        // that can never be printed
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PAGE, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            com.lowagie.text.pdf.PdfWriter pdf = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
            PageNumbers numbers = new PageNumbers();
            pdf.setPageEvent(numbers);
            document.addTitle(title);
            document.addSubject(subject);
            document.addCreator(CREATOR);
            String author = docs.stream()
                    .map(d -> d.issuingOrgan() != null ? d.issuingOrgan() : d.signatureOrgan())
                    .filter(Objects::nonNull).findFirst().orElse(CREATOR);
            document.addAuthor(author);
            // Document can only stamp "now" in the JVM's zone; the product's clock is China time
            PdfDate now = new PdfDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
            pdf.getInfo().put(PdfName.CREATIONDATE, now);
            pdf.getInfo().put(PdfName.MODDATE, now);
            pdf.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
            pdf.createXmpMetadata(); // after the info entries, which it copies
            document.open();
            for (int i = 0; i < docs.size(); i++) {
                if (i > 0) {
                    document.newPage();
                    numbers.documentFinished();
                }
                renderOne(document, docs.get(i));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not lay out the PDF", e);
        }
        return out.toByteArray();
    }

    private static void renderOne(Document document, OfficialDocument doc) throws DocumentException {
        Font body = new Font(Fonts.REGULAR, BODY_SIZE);
        if (doc.issuingOrgan() != null) {
            // one line whatever the length of the organ's name, as a letterhead should be (1 % to spare for rounding)
            float size = Math.min(ORGAN_SIZE, 0.99f * TEXT_WIDTH / Fonts.BOLD.getWidthPoint(doc.issuingOrgan(), 1f));
            document.add(paragraph(doc.issuingOrgan(), new Font(Fonts.BOLD, size, Font.NORMAL, RED),
                    size * 1.2f, Element.ALIGN_CENTER));
        }
        if (doc.documentNumber() != null) {
            Paragraph number = paragraph(doc.documentNumber(), body, LEADING, Element.ALIGN_CENTER);
            number.setSpacingBefore(LEADING / 2);
            document.add(number);
        }
        if (doc.issuingOrgan() != null) {
            document.add(redRule());
        }

        Paragraph title = paragraph(doc.title(), new Font(Fonts.BOLD, TITLE_SIZE), TITLE_LEADING, Element.ALIGN_CENTER);
        title.setSpacingBefore(doc.issuingOrgan() == null && doc.documentNumber() == null ? 0 : LEADING);
        title.setSpacingAfter(LEADING / 2);
        document.add(title);

        if (doc.addressee() != null) {
            document.add(paragraph(doc.addressee(), body, LEADING, Element.ALIGN_LEFT));
        }
        for (String text : doc.paragraphs()) {
            Paragraph paragraph = paragraph(text, body, LEADING, Element.ALIGN_JUSTIFIED);
            paragraph.setFirstLineIndent(INDENT);
            document.add(paragraph);
        }
        if (!doc.fields().isEmpty()) {
            document.add(fieldsTable(doc.fields()));
        }
        for (OfficialDocument.Section section : doc.sections()) {
            // the heading and paragraphs of a section go into a borderless table as its tables do: OpenPDF writes a
            // page's paragraphs before its tables, so the text of the file would not read in the order printed
            List<Paragraph> text = new ArrayList<>();
            if (section.heading() != null && !section.heading().isBlank()) {
                text.add(paragraph(section.heading(), new Font(Fonts.BOLD, BODY_SIZE), LEADING, Element.ALIGN_LEFT));
            }
            for (String t : section.paragraphs()) {
                Paragraph paragraph = paragraph(t, body, LEADING, Element.ALIGN_JUSTIFIED);
                paragraph.setFirstLineIndent(INDENT);
                text.add(paragraph);
            }
            if (!text.isEmpty()) {
                document.add(block(text));
            }
            if (!section.header().isEmpty()) {
                document.add(table(section));
            }
        }
        if (doc.signatureOrgan() != null || doc.date() != null) {
            document.add(signature(doc.signatureOrgan(), doc.dateText(), body));
        }
        if (doc.footerNote() != null) {
            Font small = new Font(Fonts.REGULAR, SMALL_SIZE);
            Paragraph note = paragraph(doc.footerNote(), small, SMALL_LEADING, Element.ALIGN_JUSTIFIED);
            note.setFirstLineIndent(2 * SMALL_SIZE);
            note.setSpacingBefore(LEADING / 2);
            // after a report's tables, in a table too, so that the text reads in the printed order
            document.add(doc.sections().isEmpty() ? note : block(List.of(note)));
        }
    }

    /**
     * The red rule under the letterhead: the bottom border of an empty cell, because a
     * LineSeparator chunk would drag OpenPDF's default font into the file.
     */
    private static PdfPTable redRule() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColorBottom(RED);
        cell.setBorderWidthBottom(1.4f);
        cell.setFixedHeight(4 * MM);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.addCell(cell);
        return table;
    }

    private static PdfPTable fieldsTable(List<OfficialDocument.Field> fields) throws DocumentException {
        Font small = new Font(Fonts.REGULAR, SMALL_SIZE);
        float padding = 5;
        // the label column as wide as the longest label, within reason
        float labelWidth = 4 * SMALL_SIZE;
        for (OfficialDocument.Field field : fields) {
            labelWidth = Math.max(labelWidth, Fonts.REGULAR.getWidthPoint(field.label(), SMALL_SIZE));
        }
        labelWidth = Math.min(labelWidth + 2 * padding + 2, TEXT_WIDTH * 0.4f);
        PdfPTable table = new PdfPTable(2);
        table.setTotalWidth(new float[] {labelWidth, TEXT_WIDTH - labelWidth});
        table.setLockedWidth(true);
        table.setSpacingBefore(LEADING / 2);
        table.setSpacingAfter(LEADING / 4);
        for (OfficialDocument.Field field : fields) {
            table.addCell(cell(field.label(), small, padding));
            table.addCell(cell(field.value(), small, padding));
        }
        return table;
    }

    /** Paragraphs in one borderless cell the width of the text, split across pages where they must. */
    private static PdfPTable block(List<Paragraph> paragraphs) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(LEADING / 4);
        paragraphs.forEach(cell::addElement);
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(TEXT_WIDTH);
        table.setLockedWidth(true);
        table.setSplitLate(false);
        table.addCell(cell);
        return table;
    }

    /** 五号: the cells of a report's tables, so that five or six columns fit the line. */
    static final float TABLE_SIZE = 10.5f;
    static final float TABLE_LEADING = 15f;

    /** A section's table: the header row in bold, repeated on every page the table runs to. */
    private static PdfPTable table(OfficialDocument.Section section) throws DocumentException {
        int columns = section.header().size();
        Font regular = new Font(Fonts.REGULAR, TABLE_SIZE);
        Font bold = new Font(Fonts.BOLD, TABLE_SIZE);
        PdfPTable table = new PdfPTable(columns);
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = section.widths().isEmpty() ? 1 : Math.max(1, section.widths().get(i));
        }
        table.setTotalWidth(TEXT_WIDTH);
        table.setLockedWidth(true);
        table.setWidths(widths);
        table.setSpacingBefore(LEADING / 4);
        table.setSpacingAfter(LEADING / 2);
        table.setHeaderRows(1);
        for (String h : section.header()) {
            table.addCell(tableCell(h, bold));
        }
        for (List<String> row : section.rows()) {
            for (String c : row) {
                table.addCell(tableCell(c, regular));
            }
        }
        return table;
    }

    private static PdfPCell tableCell(String text, Font font) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph(text, font, TABLE_LEADING, Element.ALIGN_LEFT));
        cell.setUseAscender(true);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, float padding) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph(text, font, SMALL_LEADING, Element.ALIGN_LEFT));
        cell.setUseAscender(true);
        cell.setPadding(padding);
        cell.setPaddingBottom(padding + 3); // room for the descent of the last line
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /**
     * 落款 as for a sealed document (GB/T 9704 7.3.5.1): the date four characters from the right
     * margin, the organ centred over the date. A table, so that the two lines stay on one page.
     */
    private static PdfPTable signature(String organ, String date, Font body) {
        float dateRight = 4 * BODY_SIZE;
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        if (organ != null) {
            Paragraph line = paragraph(organ, body, LEADING, Element.ALIGN_RIGHT);
            float organRight = date == null ? 2 * BODY_SIZE
                    : dateRight + (body.getBaseFont().getWidthPoint(date, BODY_SIZE)
                            - body.getBaseFont().getWidthPoint(organ, BODY_SIZE)) / 2;
            line.setIndentationRight(Math.max(0, organRight));
            cell.addElement(line);
        }
        if (date != null) {
            Paragraph line = paragraph(date, body, LEADING, Element.ALIGN_RIGHT);
            line.setIndentationRight(dateRight);
            cell.addElement(line);
        }
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(1.5f * LEADING); // room for the seal
        table.addCell(cell);
        return table;
    }

    private static Paragraph paragraph(String text, Font font, float leading, int alignment) {
        Paragraph paragraph = new Paragraph(leading, chunk(text, font));
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** Every chunk breaks lines by the Chinese rules; OpenPDF's default knows none of them. */
    static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(printable(normalize(text), font.getBaseFont()), font);
        chunk.setSplitCharacter(ChineseLineBreaking.INSTANCE);
        return chunk;
    }

    /** What stands for a character the font cannot print: a white square, as fonts do themselves. */
    static final int PLACEHOLDER = '\u25A1';

    /** The text with every character the font lacks (line breaks aside) replaced by {@link #PLACEHOLDER}. */
    static String printable(String text, BaseFont font) {
        if (font == null || text == null) {
            return text;
        }
        int placeholder = font.charExists(PLACEHOLDER) ? PLACEHOLDER : '?';
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(c == '\n' || font.charExists(c) ? c : placeholder));
        return b.toString();
    }

    /** Text from browser text areas: CR LF and CR become line breaks, tabs spaces. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    }

    static void checkCharacters(OfficialDocument doc, String where) {
        requireInFont(doc.issuingOrgan(), Fonts.BOLD, where + "issuing organ");
        requireInFont(doc.title(), Fonts.BOLD, where + "title");
        requireInFont(doc.documentNumber(), Fonts.REGULAR, where + "document number");
        requireInFont(doc.addressee(), Fonts.REGULAR, where + "addressee");
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            requireInFont(doc.paragraphs().get(i), Fonts.REGULAR, where + "paragraph " + (i + 1));
        }
        for (int i = 0; i < doc.fields().size(); i++) {
            OfficialDocument.Field field = doc.fields().get(i);
            requireInFont(field.label(), Fonts.REGULAR, where + "label of field " + (i + 1));
            requireInFont(field.value(), Fonts.REGULAR, where + "value of field " + (i + 1));
        }
        requireInFont(doc.signatureOrgan(), Fonts.REGULAR, where + "signature organ");
        requireInFont(doc.footerNote(), Fonts.REGULAR, where + "footer note");
    }

    private static void requireInFont(String text, BaseFont font, String where) {
        if (text == null) {
            return;
        }
        normalize(text).codePoints()
                .filter(c -> c != '\n' && !font.charExists(c))
                .findFirst()
                .ifPresent(c -> {
                    throw new MissingCharacterException(c, where);
                });
    }

    /**
     * A character the embedded font cannot print. The message names the code point and where it
     * is, but not the text, which may be a petitioner's personal data.
     */
    public static final class MissingCharacterException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int codePoint;
        private final String where;

        MissingCharacterException(int codePoint, String where) {
            super(String.format("U+%04X (%s) is not in the embedded font: %s", codePoint,
                    Objects.requireNonNullElse(Character.getName(codePoint), "unassigned"), where));
            this.codePoint = codePoint;
            this.where = where;
        }

        public int codePoint() {
            return codePoint;
        }

        /** The character itself, for a message such as 「𠀀」无法打印. */
        public String character() {
            return Character.toString(codePoint);
        }

        /** Which text holds it, for example "paragraph 3" or "document 2, title". */
        public String where() {
            return where;
        }
    }

    /**
     * Line breaking after GB/T 15834: closing marks (，。、；：？！）》」』”’ …) never start a
     * line, opening marks (（《「『“‘ …) never end one, 破折号 —— and 省略号 …… are not split, and
     * runs of ASCII (numbers, matter numbers, lookup codes) stay whole. OpenPDF asks, for each
     * character, whether the line may break after it.
     */
    static final class ChineseLineBreaking implements SplitCharacter {

        static final ChineseLineBreaking INSTANCE = new ChineseLineBreaking();

        static final String NO_LINE_START = "，。、；：？！）》」』”’〕】〉〗］｝．％‰·,.;:?!)]}%";
        static final String NO_LINE_END = "（《「『“‘〔【〈〖［｛([{";

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return current + 1 >= end || mayBreakBetween(cc[current], cc[current + 1]);
        }

        static boolean mayBreakBetween(char before, char after) {
            if (Character.isHighSurrogate(before) || after == ' ') {
                // never inside a surrogate pair; spaces stay at the line's end, where OpenPDF trims them
                return false;
            }
            if (NO_LINE_END.indexOf(before) >= 0 || NO_LINE_START.indexOf(after) >= 0) {
                return false;
            }
            if (before == after && (before == '—' || before == '―' || before == '…')) {
                return false;
            }
            return !(isAsciiGraphic(before) && isAsciiGraphic(after));
        }

        private static boolean isAsciiGraphic(char c) {
            return c > ' ' && c < 0x7f;
        }
    }

    /**
     * "— 1 —" under the text block (GB/T 9704: 4号, 7 mm below it), only when a document has more
     * than one page. The count is known only at its end, so each page gets an empty template that
     * is filled in then.
     */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float BOX_WIDTH = 120;
        private static final float BOX_HEIGHT = 20;
        private final List<PdfTemplate> pages = new ArrayList<>();

        @Override
        public void onEndPage(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            PdfTemplate template = canvas.createTemplate(BOX_WIDTH, BOX_HEIGHT);
            canvas.addTemplate(template, MARGIN_LEFT + (TEXT_WIDTH - BOX_WIDTH) / 2,
                    MARGIN_BOTTOM - 7 * MM - BOX_HEIGHT);
            pages.add(template);
        }

        @Override
        public void onCloseDocument(com.lowagie.text.pdf.PdfWriter writer, Document document) {
            documentFinished();
        }

        void documentFinished() {
            if (pages.size() > 1) {
                for (int i = 0; i < pages.size(); i++) {
                    String text = "— " + (i + 1) + " —";
                    PdfTemplate template = pages.get(i);
                    template.beginText();
                    template.setFontAndSize(Fonts.REGULAR, SMALL_SIZE);
                    float width = Fonts.REGULAR.getWidthPoint(text, SMALL_SIZE);
                    template.setTextMatrix((BOX_WIDTH - width) / 2, 5);
                    template.showText(text);
                    template.endText();
                }
            }
            pages.clear();
        }
    }

    /** Loaded once, on first use; BaseFont is read-only after loading and shared by all documents. */
    static final class Fonts {

        static final BaseFont REGULAR = load("NotoSerifSC-Regular.ttf");
        static final BaseFont BOLD = load("NotoSerifSC-Bold.ttf");

        private Fonts() {
        }

        private static BaseFont load(String file) {
            try (InputStream in = PdfWriter.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
                }
                // not cached by OpenPDF: this class is the cache
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("cannot load font " + file, e);
            }
        }
    }
}
