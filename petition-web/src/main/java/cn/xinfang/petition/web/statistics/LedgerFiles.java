package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerColumn;
import cn.xinfang.petition.casehandling.entity.LedgerReport.Problem;
import cn.xinfang.petition.web.shared.Bundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The historical ledger's files: the template the product offers (.xlsx with the notes on a second
 * sheet, or a .csv header), and the reader of an uploaded .xlsx or .csv (UTF-8, or GB18030 as
 * Excel saves it on a Chinese Windows). Headings are matched in Chinese, English or as keys;
 * choice cells may hold the template's labels, which become the codes the EJB checks.
 */
public final class LedgerFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Larger files are refused before they are parsed. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Locale[] LANGUAGES = {Locale.CHINA, Locale.ENGLISH};

    /** The file could not be read as a ledger: its problems (line 1 is the header). */
    public static final class Unreadable extends Exception {
        private final transient List<Problem> problems;

        Unreadable(List<Problem> problems) {
            super("ledger file unreadable", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private LedgerFiles() {
    }

    // ------------------------------------------------------------------ reading

    public static Ledger read(String fileName, byte[] content) throws Unreadable {
        if (content == null || content.length == 0) {
            throw unreadable("statistics2.ledger.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw unreadable("statistics2.ledger.error.tooLarge", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        List<List<String>> table = zip ? xlsx(content) : csv(text(content));
        return ledger(fileName, table);
    }

    private static Ledger ledger(String fileName, List<List<String>> table) throws Unreadable {
        if (table.isEmpty()) {
            throw unreadable("statistics2.ledger.error.empty");
        }
        Map<String, LedgerColumn> headings = headings();
        List<String> header = table.get(0);
        Map<Integer, LedgerColumn> at = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = normal(header.get(i));
            if (h.isEmpty()) {
                continue;
            }
            LedgerColumn c = headings.get(h);
            if (c == null) {
                problems.add(new Problem(1, null, "statistics2.ledger.error.unknownColumn", List.of(header.get(i).strip())));
            } else if (at.containsValue(c)) {
                problems.add(new Problem(1, c.key(), "statistics2.ledger.error.columnTwice", List.of()));
            } else {
                at.put(i, c);
            }
        }
        for (LedgerColumn c : LedgerColumn.values()) {
            if (c.required() && !at.containsValue(c)) {
                problems.add(new Problem(1, c.key(), "statistics2.ledger.error.columnMissing", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        Map<LedgerColumn, Map<String, String>> choices = choices();
        List<Ledger.Line> lines = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            Map<LedgerColumn, String> cells = new EnumMap<>(LedgerColumn.class);
            boolean any = false;
            for (Map.Entry<Integer, LedgerColumn> e : at.entrySet()) {
                String v = e.getKey() < row.size() ? row.get(e.getKey()) : null;
                if (v == null || v.isBlank()) {
                    continue;
                }
                any = true;
                String code = choices.getOrDefault(e.getValue(), Map.of()).get(normal(v));
                cells.put(e.getValue(), code != null ? code : v.strip());
            }
            if (any) {
                lines.add(new Ledger.Line(r + 1, cells));
            }
        }
        if (lines.isEmpty()) {
            throw unreadable("statistics2.ledger.error.empty");
        }
        return new Ledger(fileName, lines);
    }

    private static List<List<String>> xlsx(byte[] content) throws Unreadable {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(cell(row.getCell(c), format));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            throw unreadable("statistics2.ledger.error.unreadable");
        }
    }

    private static String cell(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return format.formatCellValue(cell);
    }

    /** UTF-8 (with or without BOM) when it decodes, else GB18030. */
    static String text(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180: commas, quoted cells with doubled quotes and line breaks inside. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    private static Unreadable unreadable(String key, String... args) {
        return new Unreadable(List.of(new Problem(0, null, key, List.of(args))));
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replace("（", "(").replace("）", ")").replace("*", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Every heading a file may use: the Chinese and English labels and the key. */
    private static Map<String, LedgerColumn> headings() {
        Map<String, LedgerColumn> m = new HashMap<>();
        for (LedgerColumn c : LedgerColumn.values()) {
            m.put(normal(c.key()), c);
            for (Locale l : LANGUAGES) {
                m.put(normal(heading(l, c)), c);
            }
        }
        return m;
    }

    /** The labels of each choice column in both languages, and the codes themselves, to the code. */
    private static Map<LedgerColumn, Map<String, String>> choices() {
        Map<LedgerColumn, Map<String, String>> m = new EnumMap<>(LedgerColumn.class);
        for (LedgerColumn c : LedgerColumn.values()) {
            Map<String, String> labels = new HashMap<>();
            for (String code : c.codes()) {
                labels.put(normal(code), code);
                for (Locale l : LANGUAGES) {
                    labels.put(normal(choice(l, c, code)), code);
                }
            }
            if (c == LedgerColumn.CROSS_LEVEL) {
                labels.put(normal("到省"), "PROVINCE");
                labels.put(normal("赴京"), "BEIJING");
                labels.put(normal("否"), "NONE");
            }
            if (!labels.isEmpty()) {
                m.put(c, labels);
            }
        }
        return m;
    }

    public static String heading(Locale l, LedgerColumn c) {
        return Bundle.text(l, "statistics2.ledger.col." + c.key());
    }

    /** The label of one code of a choice column. */
    public static String choice(Locale l, LedgerColumn c, String code) {
        String key = switch (c) {
            case CROSS_LEVEL -> "crossLevel.";
            case KIND -> "matterKind.";
            case PURPOSE -> "matterPurpose.";
            case REPLY_OUTCOME -> "replyOutcome.";
            case RATING -> "rating.";
            case OUTCOME -> "statistics2.ledger.outcome.";
            case REVIEW_OUTCOME, RE_REVIEW_OUTCOME -> LedgerColumn.APPEAL_REFUSED.equals(code)
                    ? "statistics2.ledger.appeal." : "appealOutcome.";
            default -> "";
        };
        return Bundle.text(l, key + code);
    }

    // ------------------------------------------------------------------ the template

    /** The .xlsx template: the headings (required ones marked *) and two example rows; the notes on sheet 2. */
    public static byte[] template(Locale l) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            LedgerColumn[] cols = LedgerColumn.values();
            // the first sheet is the one imported: headings only; the examples on a sheet of their own
            headings(wb.createSheet(Bundle.text(l, "statistics2.ledger.sheet.rows")), l, bold);
            Sheet sample = wb.createSheet(Bundle.text(l, "statistics2.ledger.sheet.examples"));
            headings(sample, l, bold);
            List<Map<LedgerColumn, String>> examples = examples(l);
            for (int r = 0; r < examples.size(); r++) {
                Row row = sample.createRow(r + 1);
                for (int i = 0; i < cols.length; i++) {
                    String v = examples.get(r).get(cols[i]);
                    if (v != null) {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            Sheet notes = wb.createSheet(Bundle.text(l, "statistics2.ledger.sheet.notes"));
            Row nh = notes.createRow(0);
            String[] titles = {"statistics2.ledger.note.column", "statistics2.ledger.note.required",
                    "statistics2.ledger.note.meaning", "statistics2.ledger.note.values"};
            for (int i = 0; i < titles.length; i++) {
                Cell cell = nh.createCell(i);
                cell.setCellValue(Bundle.text(l, titles[i]));
                cell.setCellStyle(bold);
            }
            for (int i = 0; i < cols.length; i++) {
                Row row = notes.createRow(i + 1);
                row.createCell(0).setCellValue(heading(l, cols[i]));
                row.createCell(1).setCellValue(Bundle.text(l, cols[i].required() ? "statistics2.ledger.note.yes"
                        : "statistics2.ledger.note.no"));
                row.createCell(2).setCellValue(Bundle.text(l, "statistics2.ledger.col." + cols[i].key() + ".def"));
                List<String> values = new ArrayList<>();
                for (String code : cols[i].codes()) {
                    values.add(choice(l, cols[i], code));
                }
                row.createCell(3).setCellValue(cols[i].isDate() ? Bundle.text(l, "statistics2.ledger.note.date")
                        : String.join(Bundle.text(l, "statistics2.ledger.note.separator"), values));
            }
            notes.setColumnWidth(0, 18 * 256);
            notes.setColumnWidth(1, 8 * 256);
            notes.setColumnWidth(2, 80 * 256);
            notes.setColumnWidth(3, 40 * 256);
            Row last = notes.createRow(cols.length + 2);
            last.createCell(0).setCellValue(Bundle.text(l, "statistics2.ledger.note.rules"));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void headings(Sheet sheet, Locale l, CellStyle bold) {
        Row head = sheet.createRow(0);
        LedgerColumn[] cols = LedgerColumn.values();
        for (int i = 0; i < cols.length; i++) {
            Cell cell = head.createCell(i);
            cell.setCellValue(heading(l, cols[i]) + (cols[i].required() ? "*" : ""));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** The .csv template (UTF-8 with BOM, so Excel opens it in Chinese): the headings only. */
    public static byte[] csvTemplate(Locale l) {
        StringBuilder b = new StringBuilder("\uFEFF");
        LedgerColumn[] cols = LedgerColumn.values();
        List<String> head = new ArrayList<>();
        for (LedgerColumn c : cols) {
            head.add(heading(l, c));
        }
        b.append(csvLine(head));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String csvLine(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String v = c == null ? "" : c;
            out.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", out) + "\r\n";
    }

    /** Two example rows: a letter accepted, replied, rated and reviewed; its repeat refused. */
    private static List<Map<LedgerColumn, String>> examples(Locale l) {
        Map<LedgerColumn, String> a = new EnumMap<>(LedgerColumn.class);
        a.put(LedgerColumn.LEDGER_NUMBER, "2024-001");
        a.put(LedgerColumn.RECEIVED_ON, "2024-03-05");
        a.put(LedgerColumn.CHANNEL, Bundle.text(l, "statistics2.ledger.example.channel"));
        a.put(LedgerColumn.PEOPLE_COUNT, "1");
        a.put(LedgerColumn.CROSS_LEVEL, choice(l, LedgerColumn.CROSS_LEVEL, "NONE"));
        a.put(LedgerColumn.PETITIONER_NAME, Bundle.text(l, "statistics2.ledger.example.name"));
        a.put(LedgerColumn.CONTENT, Bundle.text(l, "statistics2.ledger.example.content"));
        a.put(LedgerColumn.KIND, choice(l, LedgerColumn.KIND, "GRIEVANCE"));
        a.put(LedgerColumn.CATEGORY, "0701");
        a.put(LedgerColumn.PROBLEM_PLACE, Bundle.text(l, "statistics2.ledger.example.place"));
        a.put(LedgerColumn.OUTCOME, choice(l, LedgerColumn.OUTCOME, "ACCEPTED"));
        a.put(LedgerColumn.DECIDED_ON, "2024-03-08");
        a.put(LedgerColumn.MAIN_UNIT, Bundle.text(l, "statistics2.ledger.example.unit"));
        a.put(LedgerColumn.REPLIED_ON, "2024-04-20");
        a.put(LedgerColumn.REPLY_OUTCOME, choice(l, LedgerColumn.REPLY_OUTCOME, "SUPPORTED"));
        a.put(LedgerColumn.RATING, choice(l, LedgerColumn.RATING, "SATISFIED"));
        a.put(LedgerColumn.RATED_ON, "2024-04-25");
        Map<LedgerColumn, String> b = new EnumMap<>(LedgerColumn.class);
        b.putAll(a);
        b.put(LedgerColumn.LEDGER_NUMBER, "2024-002");
        b.put(LedgerColumn.RECEIVED_ON, "2024-05-10");
        b.put(LedgerColumn.REPEAT_OF, "2024-001");
        b.put(LedgerColumn.OUTCOME, choice(l, LedgerColumn.OUTCOME, "REFUSED"));
        b.put(LedgerColumn.DECIDED_ON, "2024-05-12");
        b.put(LedgerColumn.DECISION_TEXT, Bundle.text(l, "statistics2.ledger.example.refusal"));
        for (LedgerColumn c : List.of(LedgerColumn.MAIN_UNIT, LedgerColumn.REPLIED_ON, LedgerColumn.REPLY_OUTCOME,
                LedgerColumn.RATING, LedgerColumn.RATED_ON)) {
            b.remove(c);
        }
        return List.of(a, b);
    }
}
