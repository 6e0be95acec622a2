package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.LineView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import cn.xinfang.petition.appraisal.entity.ItemKind;
import cn.xinfang.petition.appraisal.entity.RunStage;
import cn.xinfang.petition.appraisal.entity.RunStatus;
import cn.xinfang.petition.appraisal.entity.UnitGroup;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The .xlsx holds the ranking and every line, read back with POI. */
class ResultWorkbookTest {

    @Test
    void rankingAndLinesReadBack() throws Exception {
        RunView run = new RunView(1, 2, 2025, UnitGroup.TOWNSHIP, 3, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 10), RunStatus.DONE, RunStage.PUBLISHED, 2, 2, null, "appraiser", null, null, null, null, null, 0);
        ResultView a = new ResultView(10, "T1", "城关镇", new BigDecimal("45.50"), new BigDecimal("45.50"), false, true, 1, 12,
                new BigDecimal("4.50"));
        ResultView v = new ResultView(11, "T2", "青石镇", new BigDecimal("0.00"), new BigDecimal("40.00"), true, true, 2, 3,
                new BigDecimal("0.00"));
        LineView line = new LineView("A2", "按期答复率", ItemKind.INDICATOR, new BigDecimal("10.00"), new BigDecimal("6.00"),
                new BigDecimal("5.00"), new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("60.00"), null, null, List.of());
        byte[] x = new ResultWorkbook().xlsx(run, List.of(a, v), List.of(new Breakdown(run, a, List.of(line))));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x))) {
            var ranking = wb.getSheet("排名");
            assertEquals("城关镇", ranking.getRow(3).getCell(1).getStringCellValue());
            assertEquals(45.5, ranking.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("一票否决 (40.00)", ranking.getRow(4).getCell(3).getStringCellValue());
            var lines = wb.getSheet("明细");
            assertEquals("按期答复率", lines.getRow(1).getCell(2).getStringCellValue());
            assertEquals(6.0, lines.getRow(1).getCell(4).getNumericCellValue());
            assertEquals("5.00", lines.getRow(1).getCell(5).getStringCellValue());
            assertEquals("60.00% (3 / 5)", lines.getRow(1).getCell(6).getStringCellValue());
        }
    }
}
