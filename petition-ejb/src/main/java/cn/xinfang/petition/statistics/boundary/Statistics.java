package cn.xinfang.petition.statistics.boundary;

import cn.xinfang.petition.casehandling.boundary.MatterFigures;
import cn.xinfang.petition.reception.boundary.ReceptionStatistics;
import cn.xinfang.petition.reception.entity.ReceptionFigures;
import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.statistics.control.FigureCalculator;
import cn.xinfang.petition.statistics.entity.Change;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.statistics.entity.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 统计报表: the catalogue's figures for a period beside the same period last year. Scoping is
 * the matter's own ({@link MatterFigures}): the caller counts what they could list.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
public class Statistics {

    /** How many first-level categories the summary lists. */
    static final int TOP_CATEGORIES = 10;

    /** How many categories each channel group lists (来访反映的主要问题 …). */
    static final int TOP_PER_GROUP = 5;

    /** The groups whose main problems the reports name, with the figure that is their whole. */
    static final Map<ChannelGroup, Figure> GROUP_TOTALS = new EnumMap<>(Map.of(ChannelGroup.LETTER, Figure.LETTERS,
            ChannelGroup.VISIT, Figure.VISIT_BATCHES, ChannelGroup.CALL, Figure.CALLS, ChannelGroup.ONLINE, Figure.ONLINE));

    @EJB
    MatterFigures matters;

    /** The reception-day figures of the catalogue (Section RECEPTION), scoped like the sessions. */
    @EJB
    ReceptionStatistics reception;

    /**
     * The summary for receipt dates {@code from}–{@code to}, states as of the end of {@code asOf}
     * (default {@code to}) in China time, optionally for one unit and the units below it.
     */
    public Summary summary(LocalDate from, LocalDate to, LocalDate asOf, Long unitId) {
        Period period = Period.of(from, to, asOf);
        Period previous = period.previous();
        Map<Figure, Long> now = counts(period, unitId);
        Map<Figure, Long> before = counts(previous, unitId);
        Map<String, Summary.FigureValue> figures = new LinkedHashMap<>();
        Map<String, Summary.RateValue> rates = new LinkedHashMap<>();
        ReceptionFigures receptionNow = reception.figures(period.from(), period.to(), unitId);
        ReceptionFigures receptionBefore = reception.figures(previous.from(), previous.to(), unitId);
        for (Figure f : Figure.values()) {
            if (f.isReception()) {
                Number a = receptionNow.figures().get(f.key());
                Number b = receptionBefore.figures().get(f.key());
                if (f.isRate()) {
                    BigDecimal ra = (BigDecimal) a;
                    BigDecimal rb = (BigDecimal) b;
                    rates.put(f.key(), new Summary.RateValue(ra, rb, ra == null || rb == null ? null : ra.subtract(rb)));
                } else {
                    figures.put(f.key(), value(a.longValue(), b.longValue()));
                }
            } else if (f.isRate()) {
                BigDecimal a = FigureCalculator.rate(f, now);
                BigDecimal b = FigureCalculator.rate(f, before);
                rates.put(f.key(), new Summary.RateValue(a, b, a == null || b == null ? null : a.subtract(b)));
            } else {
                figures.put(f.key(), value(now.get(f), before.get(f)));
            }
        }
        List<Summary.CategoryShare> categories = categories(period, previous, unitId, null, now.get(Figure.RECEIVED), TOP_CATEGORIES);
        Map<String, List<Summary.CategoryShare>> byGroup = new LinkedHashMap<>();
        GROUP_TOTALS.forEach((g, total) -> byGroup.put(g.name(),
                categories(period, previous, unitId, "group:" + g.name(), now.get(total), TOP_PER_GROUP)));
        return new Summary(period.from(), period.to(), period.asOf(), previous.from(), previous.to(), unitId, figures, rates,
                categories, byGroup, table(period, previous, unitId, "channel"), table(period, previous, unitId, "handledBy"),
                table(period, previous, unitId, "place"));
    }

    /** One month of the trend: received this year and in the same month last year, with the receipt ranges. */
    public record Month(YearMonth month, LocalDate from, LocalDate to, long value, LocalDate previousFrom,
                        LocalDate previousTo, long previous) implements Serializable {
    }

    /**
     * 信访总量 per month of the period (the first and last months clipped to it) beside the same
     * months last year, for the dashboard's trend.
     */
    public List<Month> trend(LocalDate from, LocalDate to, LocalDate asOf, Long unitId) {
        Period period = Period.of(from, to, asOf);
        List<FigureCriteria> criteria = new ArrayList<>();
        List<Period[]> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            LocalDate a = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate b = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
            Period now = new Period(a, b, period.asOf());
            Period before = now.previous();
            months.add(new Period[] {now, before});
            criteria.add(criteria(Figure.RECEIVED, now, null));
            criteria.add(criteria(Figure.RECEIVED, before, null));
        }
        Map<FigureCriteria, MatterFigures.Count> counts = matters.count(criteria, unitId);
        List<Month> trend = new ArrayList<>();
        for (Period[] p : months) {
            trend.add(new Month(YearMonth.from(p[0].from()), p[0].from(), p[0].to(),
                    counts.get(criteria(Figure.RECEIVED, p[0], null)).matters(), p[1].from(), p[1].to(),
                    counts.get(criteria(Figure.RECEIVED, p[1], null)).matters()));
        }
        return trend;
    }

    /** The criteria of a figure for a period: what the drill-down link carries. */
    public static FigureCriteria criteria(Figure f, Period p, String slice) {
        return new FigureCriteria(f.key(), p.from(), p.to(), p.asOf(), slice);
    }

    private Map<Figure, Long> counts(Period p, Long unitId) {
        List<FigureCriteria> criteria = Figure.counts().stream().map(f -> criteria(f, p, null)).toList();
        Map<FigureCriteria, MatterFigures.Count> counts = matters.count(criteria, unitId);
        Map<Figure, Long> values = new EnumMap<>(Figure.class);
        counts.forEach((c, n) -> values.put(Figure.ofKey(c.key()).orElseThrow(), n.value(c.key())));
        return values;
    }

    private static Summary.FigureValue value(long now, long before) {
        Change c = Change.of(now, before);
        return new Summary.FigureValue(c.value(), c.previous(), c.changePct());
    }

    private List<Summary.CategoryShare> categories(Period p, Period previous, Long unitId, String slice, long whole, int top) {
        Map<String, MatterFigures.Count> now = matters.countBy(List.of(criteria(Figure.RECEIVED, p, slice)), "category", unitId)
                .values().iterator().next();
        Map<String, MatterFigures.Count> before = matters.countBy(List.of(criteria(Figure.RECEIVED, previous, slice)), "category",
                unitId).values().iterator().next();
        Map<String, MatterFigures.Count> subNow = matters.countBy(List.of(criteria(Figure.RECEIVED, p, slice)), "subcategory",
                unitId).values().iterator().next();
        Map<String, MatterFigures.Count> subBefore = matters.countBy(List.of(criteria(Figure.RECEIVED, previous, slice)),
                "subcategory", unitId).values().iterator().next();
        Map<String, MatterFigures.Row> names = matters.rowNames("category");
        List<Summary.CategoryShare> shares = new ArrayList<>();
        now.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, MatterFigures.Count> e) -> e.getValue().matters()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(e -> {
                    long n = e.getValue().matters();
                    List<Summary.CategoryShare> children = subNow.entrySet().stream()
                            .filter(s -> names.containsKey(s.getKey()) && e.getKey().equals(names.get(s.getKey()).parentCode()))
                            .sorted(Comparator.comparingLong((Map.Entry<String, MatterFigures.Count> s) -> s.getValue().matters())
                                    .reversed().thenComparing(Map.Entry::getKey))
                            .map(s -> new Summary.CategoryShare(s.getKey(), name(names, s.getKey()), s.getValue().matters(),
                                    Change.share(s.getValue().matters(), n), matters(subBefore, s.getKey()), List.of()))
                            .toList();
                    shares.add(new Summary.CategoryShare(e.getKey(), name(names, e.getKey()), n, Change.share(n, whole),
                            matters(before, e.getKey()), children));
                });
        return shares;
    }

    private List<Summary.TableRow> table(Period p, Period previous, Long unitId, String dimension) {
        Map<FigureCriteria, Map<String, MatterFigures.Count>> now = matters.countBy(
                Figure.TABLE_COLUMNS.stream().map(f -> criteria(f, p, null)).toList(), dimension, unitId);
        Map<FigureCriteria, Map<String, MatterFigures.Count>> before = matters.countBy(
                Figure.TABLE_COLUMNS.stream().map(f -> criteria(f, previous, null)).toList(), dimension, unitId);
        Map<String, MatterFigures.Count> received = now.get(criteria(Figure.RECEIVED, p, null));
        Map<String, MatterFigures.Count> receivedBefore = before.get(criteria(Figure.RECEIVED, previous, null));
        Map<String, MatterFigures.Row> names = matters.rowNames(dimension);
        List<Summary.TableRow> rows = new ArrayList<>();
        // every row known by name that has matters in either period, in the order of the code table
        for (MatterFigures.Row row : names.values()) {
            if (!received.containsKey(row.code()) && !receivedBefore.containsKey(row.code())) {
                continue;
            }
            Map<String, Summary.FigureValue> cells = new LinkedHashMap<>();
            for (Figure f : Figure.TABLE_COLUMNS) {
                cells.put(f.key(), value(cell(now.get(criteria(f, p, null)), row.code(), f),
                        cell(before.get(criteria(f, previous, null)), row.code(), f)));
            }
            rows.add(new Summary.TableRow(row.code(), row.name(), cells));
        }
        return rows;
    }

    private static long cell(Map<String, MatterFigures.Count> counts, String code, Figure f) {
        MatterFigures.Count c = counts.get(code);
        return c == null ? 0 : c.value(f.key());
    }

    private static long matters(Map<String, MatterFigures.Count> counts, String code) {
        MatterFigures.Count c = counts.get(code);
        return c == null ? 0 : c.matters();
    }

    private static String name(Map<String, MatterFigures.Row> names, String code) {
        MatterFigures.Row r = names.get(code);
        return r == null ? code : r.name();
    }
}
