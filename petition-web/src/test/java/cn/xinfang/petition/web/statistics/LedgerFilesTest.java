package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.casehandling.entity.Ledger;
import cn.xinfang.petition.casehandling.entity.LedgerColumn;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LedgerFilesTest {

    private static final String HEADER = "台账编号*,收件日期,渠道,信访人,主要内容,问题分类,问题属地,越级,受理结果,评价,复查结果\r\n";

    @Test
    void csvInUtf8WithQuotesAndLabelsBecomesCodes() throws Exception {
        String csv = "\uFEFF" + HEADER + "A-1,2024-03-05,来信,张某,\"反映，\"\"拖欠\"\"工资\r\n两行\",0701,石桥村,进京,受理,基本满意,不予受理\r\n"
                + ",,,,,,,,,,\r\n"
                + "A-2,2024/3/6,VISIT,李某,物业,1402,石桥村,到省,Not accepted,SATISFIED,维持\r\n";
        Ledger l = LedgerFiles.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, l.lines().size(), "blank rows are skipped");
        Ledger.Line a = l.lines().get(0);
        assertEquals(2, a.line());
        assertEquals("反映，\"拖欠\"工资\r\n两行", a.get(LedgerColumn.CONTENT));
        assertEquals("BEIJING", a.get(LedgerColumn.CROSS_LEVEL));
        assertEquals("ACCEPTED", a.get(LedgerColumn.OUTCOME));
        assertEquals("BASICALLY_SATISFIED", a.get(LedgerColumn.RATING));
        assertEquals("REFUSED", a.get(LedgerColumn.REVIEW_OUTCOME));
        assertEquals("来信", a.get(LedgerColumn.CHANNEL), "channels are looked up by the EJB");
        Ledger.Line b = l.lines().get(1);
        assertEquals(4, b.line(), "the line in the file, blank lines counted");
        assertEquals("PROVINCE", b.get(LedgerColumn.CROSS_LEVEL));
        assertEquals("REFUSED", b.get(LedgerColumn.OUTCOME), "English labels too");
        assertEquals("UPHELD", b.get(LedgerColumn.REVIEW_OUTCOME));
    }

    @Test
    void csvSavedByExcelOnChineseWindowsIsRead() throws Exception {
        String csv = HEADER + "G-1,2024-03-05,来信,王某,反映问题,0701,石桥村,,,,\r\n";
        Ledger l = LedgerFiles.read("gbk.csv", csv.getBytes(Charset.forName("GBK")));
        assertEquals("王某", l.lines().get(0).get(LedgerColumn.PETITIONER_NAME));
    }

    @Test
    void unknownAndMissingHeadingsAreNamed() {
        LedgerFiles.Unreadable e = assertThrows(LedgerFiles.Unreadable.class, () -> LedgerFiles.read("x.csv",
                "台账编号,收件日期,心情\r\nx,2024-01-01,好\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("statistics2.ledger.error.unknownColumn", e.problems().get(0).key());
        assertEquals(List.of("心情"), e.problems().get(0).args());
        assertTrue(e.problems().stream().anyMatch(p -> "channel".equals(p.column())
                && "statistics2.ledger.error.columnMissing".equals(p.key())));
        assertEquals("statistics2.ledger.error.empty", assertThrows(LedgerFiles.Unreadable.class,
                () -> LedgerFiles.read("e.csv", new byte[0])).problems().get(0).key());
        assertEquals("statistics2.ledger.error.unreadable", assertThrows(LedgerFiles.Unreadable.class,
                () -> LedgerFiles.read("z.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0})).problems().get(0).key());
    }

    @Test
    void xlsxDatesAndNumbersAreReadAsWritten() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("历史台账");
            String[] head = {"台账编号", "收件日期", "渠道", "人数", "信访人", "主要内容", "问题分类", "问题属地"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue(2024001);
            var date = r.createCell(1);
            date.setCellValue(LocalDate.of(2024, 3, 5));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("yyyy年m月d日"));
            date.setCellStyle(style);
            r.createCell(2).setCellValue("来访");
            r.createCell(3).setCellValue(7);
            r.createCell(4).setCellValue("赵某");
            r.createCell(5).setCellValue("反映问题");
            r.createCell(6).setCellValue("0701");
            r.createCell(7).setCellValue("石桥村");
            wb.write(out);
            Ledger.Line line = LedgerFiles.read("a.xlsx", out.toByteArray()).lines().get(0);
            assertEquals("2024001", line.get(LedgerColumn.LEDGER_NUMBER));
            assertEquals("2024-03-05", line.get(LedgerColumn.RECEIVED_ON));
            assertEquals("7", line.get(LedgerColumn.PEOPLE_COUNT));
            assertNull(line.get(LedgerColumn.ID_NUMBER));
        }
    }

    @Test
    void theTemplateReadsBackAsAnEmptyLedgerWithEveryColumn() throws Exception {
        LedgerFiles.Unreadable e = assertThrows(LedgerFiles.Unreadable.class,
                () -> LedgerFiles.read("t.xlsx", LedgerFiles.template(Locale.CHINA)));
        assertEquals("statistics2.ledger.error.empty", e.problems().get(0).key(), "headings only: nothing to import");
        String[] cells = new String[LedgerColumn.values().length];
        java.util.Arrays.fill(cells, "");
        cells[LedgerColumn.LEDGER_NUMBER.ordinal()] = "E-1";
        cells[LedgerColumn.PETITIONER_NAME.ordinal()] = "Someone";
        Ledger none = LedgerFiles.read("t.csv", (new String(LedgerFiles.csvTemplate(Locale.ENGLISH), StandardCharsets.UTF_8)
                + String.join(",", cells) + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, none.lines().size());
        assertEquals("Someone", none.lines().get(0).get(LedgerColumn.PETITIONER_NAME));
    }
}
