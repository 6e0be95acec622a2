package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterState;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Search criteria for matter lists; every field optional. {@code text} matches a matter number,
 * a petitioner's name (prefix), ID number or phone (exact), or words of the content.
 * {@code overdueOnly}: registered and not decided within the acceptance deadline;
 * {@code evaluationOverdueOnly}: replied and not rated within the evaluation window (逾期未评价).
 * {@code unitId}: the matters of that unit and of every unit below it (registered, arising or
 * handled there), within what the caller may see anyway; {@code overdue}: overdue on that clock;
 * {@code figure}: the matters behind a statistics figure (the drill-down of 统计报表), exactly those
 * it counts ({@link MatterFigures}), within the caller's scope as the figures count it.
 * The receipt dates are clamped to the years 1..9999, which both databases bind (PostgreSQL
 * refuses a date beyond year 5874897); no matter lies outside them.
 */
public record MatterFilter(String text, String channelCode, MatterKind kind, String categoryCode, MatterState state,
                           LocalDate receivedFrom, LocalDate receivedTo, boolean overdueOnly,
                           boolean evaluationOverdueOnly, Long unitId, DueClock overdue, FigureCriteria figure)
        implements Serializable {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public MatterFilter {
        receivedFrom = clamped(receivedFrom);
        receivedTo = clamped(receivedTo);
    }

    private static LocalDate clamped(LocalDate d) {
        return d == null ? null : d.isBefore(FIRST) ? FIRST : d.isAfter(LAST) ? LAST : d;
    }

    public static final MatterFilter ALL = new MatterFilter(null, null, null, null, null, null, null, false);

    public MatterFilter(String text, String channelCode, MatterKind kind, String categoryCode, MatterState state,
                        LocalDate receivedFrom, LocalDate receivedTo, boolean overdueOnly) {
        this(text, channelCode, kind, categoryCode, state, receivedFrom, receivedTo, overdueOnly, false);
    }

    public MatterFilter(String text, String channelCode, MatterKind kind, String categoryCode, MatterState state,
                        LocalDate receivedFrom, LocalDate receivedTo, boolean overdueOnly, boolean evaluationOverdueOnly) {
        this(text, channelCode, kind, categoryCode, state, receivedFrom, receivedTo, overdueOnly, evaluationOverdueOnly,
                null, null, null);
    }

    public MatterFilter(String text, String channelCode, MatterKind kind, String categoryCode, MatterState state,
                        LocalDate receivedFrom, LocalDate receivedTo, boolean overdueOnly, boolean evaluationOverdueOnly,
                        Long unitId, DueClock overdue) {
        this(text, channelCode, kind, categoryCode, state, receivedFrom, receivedTo, overdueOnly, evaluationOverdueOnly,
                unitId, overdue, null);
    }

    /** The matters behind a statistics figure, optionally within a unit (and the units below it). */
    public static MatterFilter behind(FigureCriteria figure, Long unitId) {
        return new MatterFilter(null, null, null, null, null, null, null, false, false, unitId, null, figure);
    }

    /** The same criteria for the matters of a unit and the units below it, overdue on a clock (both optional). */
    public MatterFilter within(Long unit, DueClock clock) {
        return new MatterFilter(text, channelCode, kind, categoryCode, state, receivedFrom, receivedTo, overdueOnly,
                evaluationOverdueOnly, unit, clock, figure);
    }
}
