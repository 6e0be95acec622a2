package cn.xinfang.petition.web.appraisal;

import cn.xinfang.petition.appraisal.entity.AppraisalViews.Breakdown;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.LineView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.ResultView;
import cn.xinfang.petition.appraisal.entity.AppraisalViews.RunView;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A run's result as .xlsx (Apache POI, as the statistics use it): sheet 排名 (rank, unit, total,
 * veto, points lost, sample) and sheet 明细 (every unit's lines: item, points, score, computed
 * score where an objection changed it, rate or events).
 */
public final class ResultWorkbook {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ResourceBundle b = ResourceBundle.getBundle("cn.xinfang.petition.web.i18n.messages", Locale.CHINA);

    public byte[] xlsx(RunView run, List<ResultView> ranking, List<Breakdown> breakdowns) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = wb.createSheet(t("appraisal.xlsx.ranking"));
            row(sheet, 0, bold, run.year() + " " + t("appraisal.group." + run.group()) + " " + t("appraisal.run.title"),
                    run.from() + " – " + run.to(), t("appraisal.cutOff") + " " + run.cutOff(), t("appraisal.stage." + run.stage()));
            row(sheet, 2, bold, t("appraisal.rank"), t("appraisal.unit"), t("appraisal.total"), t("appraisal.vetoed"), t("appraisal.lost"),
                    t("appraisal.sample"));
            int r = 3;
            for (ResultView x : ranking) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(x.rank() == null ? t("appraisal.notRanked") : String.valueOf(x.rank()));
                row.createCell(1).setCellValue(x.unitName());
                row.createCell(2).setCellValue(x.total().doubleValue());
                row.createCell(3).setCellValue(x.vetoed() ? t("appraisal.vetoed") + " (" + x.beforeVeto() + ")" : "");
                row.createCell(4).setCellValue(x.lost().doubleValue());
                row.createCell(5).setCellValue(x.sample());
            }
            Sheet lines = wb.createSheet(t("appraisal.xlsx.lines"));
            row(lines, 0, bold, t("appraisal.unit"), t("appraisal.item.code"), t("appraisal.item"), t("appraisal.item.points"),
                    t("appraisal.score"), t("appraisal.xlsx.computed"), t("appraisal.value"));
            r = 1;
            for (Breakdown bd : breakdowns) {
                for (LineView l : bd.lines()) {
                    Row row = lines.createRow(r++);
                    row.createCell(0).setCellValue(bd.result().unitName());
                    row.createCell(1).setCellValue(l.code());
                    row.createCell(2).setCellValue(l.title());
                    row.createCell(3).setCellValue(l.max().doubleValue());
                    row.createCell(4).setCellValue(l.score().doubleValue());
                    row.createCell(5).setCellValue(l.adjusted() ? l.computed().toPlainString() : "");
                    row.createCell(6).setCellValue(l.ratePct() != null ? l.ratePct() + "% (" + l.numerator() + " / " + l.denominator() + ")"
                            : l.events() != null ? l.events() + " " + t("appraisal.times") : "");
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int r, CellStyle style, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
            row.getCell(i).setCellStyle(style);
        }
    }

    private String t(String key) {
        return b.getString(key);
    }
}
