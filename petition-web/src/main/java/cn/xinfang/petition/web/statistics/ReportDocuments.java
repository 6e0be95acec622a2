package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.statistics.boundary.Summary;
import cn.xinfang.petition.statistics.entity.Figure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import cn.xinfang.petition.casehandling.boundary.Printing;

/**
 * The downloads of 统计报表: the tables as .xlsx (the same numbers as the screen, Chinese headers,
 * the period and the definitions on a sheet of their own) and the generated 工作总结 and 信访通报
 * text as an editable .docx. Both are written in Chinese, the language of the bureau's reports.
 */
public final class ReportDocuments {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";

    private final ResourceBundle b = ResourceBundle.getBundle("cn.xinfang.petition.web.i18n.messages", Locale.CHINA);
    private final Summary s;
    private final String unitName;

    public ReportDocuments(Summary summary, String unitName) {
        this.s = summary;
        this.unitName = unitName;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0"));

            Sheet sheet = wb.createSheet(t("stats.xlsx.sheet.figures"));
            cell(sheet, 0, 0, t("stats.xlsx.title"), bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            cell(sheet, 1, 0, periodLine(), null);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            header(sheet, 3, bold, t("statistics.figure"), t("statistics.value"), t("statistics.previous"), t("statistics.change"));
            int r = 4;
            for (Figure f : Figure.values()) {
                cell(sheet, r, 0, t("figure." + f.key()), null);
                if (f.isRate()) {
                    Summary.RateValue v = s.rates().get(f.key());
                    number(sheet, r, 1, v.value(), pct);
                    number(sheet, r, 2, v.previous(), pct);
                    number(sheet, r, 3, v.changePoints(), pct);
                } else {
                    Summary.FigureValue v = s.figures().get(f.key());
                    sheet.getRow(r).createCell(1).setCellValue(v.value());
                    sheet.getRow(r).createCell(2).setCellValue(v.previous());
                    number(sheet, r, 3, v.changePct(), pct);
                }
                r++;
            }
            sheet.setColumnWidth(0, 40 * 256);

            table(wb.createSheet(t("stats.xlsx.sheet.channels")), t("stats.table.name.channels"), s.channels(), bold);
            table(wb.createSheet(t("stats.xlsx.sheet.units")), t("stats.table.name.units"), s.units(), bold);
            table(wb.createSheet(t("stats.xlsx.sheet.townships")), t("stats.table.name.townships"), s.townships(), bold);

            Sheet cats = wb.createSheet(t("stats.xlsx.sheet.categories"));
            header(cats, 0, bold, t("statistics.category"), t("statistics.value"), t("statistics.share"), t("statistics.previous"));
            r = 1;
            for (Summary.CategoryShare c : s.categories()) {
                r = category(cats, r, c.name(), c, pct);
                for (Summary.CategoryShare sub : c.children()) {
                    r = category(cats, r, "　" + sub.name(), sub, pct);
                }
            }
            cats.setColumnWidth(0, 30 * 256);

            Sheet defs = wb.createSheet(t("stats.xlsx.sheet.definitions"));
            cell(defs, 0, 0, periodLine(), null);
            cell(defs, 1, 0, t("statistics.rounding"), null);
            header(defs, 3, bold, t("statistics.figure"), t("statistics.definition"));
            r = 4;
            for (Figure f : Figure.values()) {
                cell(defs, r, 0, t("figure." + f.key()), null);
                cell(defs, r, 1, t("figure." + f.key() + ".def"), null);
                r++;
            }
            defs.setColumnWidth(0, 40 * 256);
            defs.setColumnWidth(1, 100 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] docx() {
        ReportText text = ReportText.chinese(s);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, MessageFormat.format(t("stats.docx.title"), text.period(s.from(), s.to())), 22, true);
            paragraph(doc, periodLine(), 12, false);
            paragraph(doc, t("stats.report.summary"), 16, true);
            for (String sentence : text.summary()) {
                paragraph(doc, sentence, 16, false);
            }
            paragraph(doc, t("stats.report.bulletin"), 16, true);
            for (String sentence : text.bulletin()) {
                paragraph(doc, sentence, 16, false);
            }
            List<Figure> main = MAIN;
            XWPFTable table = doc.createTable(main.size() + 1, 4);
            String[] head = {t("statistics.figure"), t("statistics.value"), t("statistics.previous"), t("statistics.change")};
            for (int i = 0; i < head.length; i++) {
                table.getRow(0).getCell(i).setText(head[i]);
            }
            for (int i = 0; i < main.size(); i++) {
                Summary.FigureValue v = s.figures().get(main.get(i).key());
                table.getRow(i + 1).getCell(0).setText(t("figure." + main.get(i).key()));
                table.getRow(i + 1).getCell(1).setText(String.valueOf(v.value()));
                table.getRow(i + 1).getCell(2).setText(String.valueOf(v.previous()));
                table.getRow(i + 1).getCell(3).setText(v.changePct() == null ? "" : v.changePct().toPlainString() + "%");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The generated text as a PDF through the product's official-document writer (Chinese font
     * embedded): the title, the period, the 工作总结 and 信访通报 sections, the main figures beside
     * last year's. No letterhead: it is the officer's draft of a section, not an issued document.
     */
    public byte[] pdf(Printing printing) {
        ReportText text = ReportText.chinese(s);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(periodLine());
        paragraphs.add(t("statistics2.pdf.summaryHeading"));
        paragraphs.addAll(text.summary());
        paragraphs.add(t("statistics2.pdf.bulletinHeading"));
        paragraphs.addAll(text.bulletin());
        paragraphs.add(t("statistics2.pdf.figuresHeading"));
        List<Printing.Line> lines = new ArrayList<>();
        for (Figure f : MAIN) {
            Summary.FigureValue v = s.figures().get(f.key());
            lines.add(new Printing.Line(t("figure." + f.key()), v.changePct() == null
                    ? MessageFormat.format(t("statistics2.pdf.figure"), String.valueOf(v.value()), String.valueOf(v.previous()))
                    : MessageFormat.format(t("statistics2.pdf.figureChange"), String.valueOf(v.value()),
                    String.valueOf(v.previous()), v.changePct().toPlainString())));
        }
        return printing.print(new Printing.Notice(null, MessageFormat.format(t("stats.docx.title"), text.period(s.from(), s.to())),
                paragraphs, lines, null, null, t("statistics2.pdf.footer")));
    }

    /** The figures the Word and PDF reports list beside last year's. */
    static final List<Figure> MAIN = List.of(Figure.RECEIVED, Figure.RECEIVED_PERSONS, Figure.LETTERS, Figure.VISIT_BATCHES,
            Figure.VISIT_PERSONS, Figure.ACCEPTED, Figure.REPEATS, Figure.DISTINCT, Figure.BACKLOG);

    private String periodLine() {
        String line = MessageFormat.format(t("statistics.periodLine"), s.from().toString(), s.to().toString(),
                s.previousFrom().toString(), s.previousTo().toString(), s.asOf().toString());
        return unitName == null ? line : t("stats.xlsx.unit") + "：" + unitName + "。" + line;
    }

    private void table(Sheet sheet, String first, List<Summary.TableRow> rows, CellStyle bold) {
        Row h = sheet.createRow(0);
        Cell c0 = h.createCell(0);
        c0.setCellValue(first);
        c0.setCellStyle(bold);
        int col = 1;
        for (Figure f : Figure.TABLE_COLUMNS) {
            Cell a = h.createCell(col++);
            a.setCellValue(t("figure." + f.key()));
            a.setCellStyle(bold);
            Cell p = h.createCell(col++);
            p.setCellValue(t("figure." + f.key()) + "·" + t("statistics.previous"));
            p.setCellStyle(bold);
        }
        int r = 1;
        for (Summary.TableRow row : rows) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue(row.name());
            col = 1;
            for (Figure f : Figure.TABLE_COLUMNS) {
                x.createCell(col++).setCellValue(row.cells().get(f.key()).value());
                x.createCell(col++).setCellValue(row.cells().get(f.key()).previous());
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
    }

    private static int category(Sheet sheet, int r, String name, Summary.CategoryShare c, CellStyle pct) {
        Row x = sheet.createRow(r);
        x.createCell(0).setCellValue(name);
        x.createCell(1).setCellValue(c.value());
        number(sheet, r, 2, c.sharePct(), pct);
        x.createCell(3).setCellValue(c.previous());
        return r + 1;
    }

    private static void header(Sheet sheet, int r, CellStyle bold, String... names) {
        Row h = sheet.createRow(r);
        for (int i = 0; i < names.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(names[i]);
            c.setCellStyle(bold);
        }
    }

    private static void cell(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A percentage as a number with one decimal; an absent one (the whole was 0) stays blank. */
    private static void number(Sheet sheet, int r, int c, BigDecimal value, CellStyle pct) {
        Cell cell = sheet.getRow(r).createCell(c);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(pct);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        if (!bold) {
            p.setFirstLineIndent(640);
        }
        run(p, text, size, bold);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("仿宋", XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
    }

    private String t(String key) {
        return b.getString(key);
    }
}
