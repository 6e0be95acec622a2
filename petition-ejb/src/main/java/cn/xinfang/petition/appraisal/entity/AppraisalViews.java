package cn.xinfang.petition.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The records the appraisal's boundaries return (pages and REST render them). */
public final class AppraisalViews {

    private AppraisalViews() {
    }

    public record SchemeView(long id, int year, UnitGroup group, BigDecimal weight, int objectionDays, SchemeStatus status,
                             int version, long lockVersion, Long copiedFromId, BigDecimal maxPoints, List<ItemForm> items,
                             List<VersionView> versions) implements Serializable {
    }

    public record VersionView(int number, String savedBy, Instant savedAt, String note, int items) implements Serializable {
    }

    /** An indicator of the catalogue and whether a source provides it now. */
    public record IndicatorView(String key, boolean rate, boolean available) implements Serializable {
    }

    public record RunView(long id, long schemeId, int year, UnitGroup group, int schemeVersion, LocalDate from, LocalDate to,
                          LocalDate cutOff, RunStatus status, RunStage stage, int unitsTotal, int unitsDone, String failure,
                          String startedBy, Instant startedAt, Instant finishedAt, String publishedBy, Instant publishedAt,
                          LocalDate objectionUntil, long lockVersion) implements Serializable {

        public int progressPct() {
            return unitsTotal == 0 ? (status == RunStatus.DONE ? 100 : 0) : unitsDone * 100 / unitsTotal;
        }
    }

    public record ResultView(long unitId, String unitCode, String unitName, BigDecimal total, BigDecimal beforeVeto, boolean vetoed,
                             boolean ranked, Integer rank, long sample, BigDecimal lost) implements Serializable {
    }

    public record LineView(String code, String title, ItemKind kind, BigDecimal max, BigDecimal score, BigDecimal computed,
                           BigDecimal numerator, BigDecimal denominator, BigDecimal ratePct, Long events, String note,
                           List<Evidence> evidence) implements Serializable {

        public BigDecimal lost() {
            return kind == ItemKind.BONUS ? BigDecimal.ZERO.setScale(2) : max.subtract(score).max(BigDecimal.ZERO.setScale(2));
        }

        public boolean adjusted() {
            return score.compareTo(computed) != 0;
        }
    }

    public record UnitView(long id, String code, String name) implements Serializable {
    }

    /** One unit's result with its lines, and the run it belongs to. */
    public record Breakdown(RunView run, ResultView result, List<LineView> lines) implements Serializable {
    }
}
