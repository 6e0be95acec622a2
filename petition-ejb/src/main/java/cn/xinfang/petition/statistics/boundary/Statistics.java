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
        Map<String, MatterFigures.Row> categoryNames = matters.rowNames("category");
        Map<String, ChannelGroup> channelGroups = matters.channelGroups();
        Tally tallyNow = tally(period, unitId, categoryNames, channelGroups);
        Tally tallyBefore = tally(previous, unitId, categoryNames, channelGroups);
        Map<Figure, Long> now = tallyNow.totals();
        Map<Figure, Long> before = tallyBefore.totals();
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
        List<Summary.CategoryShare> categories = categories(tallyNow, tallyBefore, ALL, categoryNames, now.get(Figure.RECEIVED),
                TOP_CATEGORIES);
        Map<String, List<Summary.CategoryShare>> byGroup = new LinkedHashMap<>();
        GROUP_TOTALS.forEach((g, total) -> byGroup.put(g.name(),
                categories(tallyNow, tallyBefore, g.name(), categoryNames, now.get(total), TOP_PER_GROUP)));
        Map<String, MatterFigures.Row> unitNames = matters.rowNames("handledBy");
        return new Summary(period.from(), period.to(), period.asOf(), previous.from(), previous.to(), unitId, figures, rates,
                categories, byGroup, table(tallyNow.channels(), tallyBefore.channels(), matters.rowNames("channel")),
                table(tallyNow.units(), tallyBefore.units(), unitNames),
                table(tallyNow.townships(), tallyBefore.townships(), unitNames));
    }

    /** The key of the categories of every channel (beside those of each channel group). */
    private static final String ALL = "";

    /**
     * Every count of the summary for one period: the totals, the rows of the tables by channel,
     * handling unit and township, and the received matters per category (first and second level)
     * overall and per channel group. The counts by receipt date are sums over the cells of
     * {@link MatterFigures#cube} (one pass over the period's matters), the township table one
     * grouped count more; the review figures are counted from their requests.
     */
    private record Tally(Map<Figure, Long> totals, Map<String, Map<Figure, Long>> channels,
                         Map<String, Map<Figure, Long>> units, Map<String, Map<Figure, Long>> townships,
                         Map<String, Map<String, Long>> categories, Map<String, Map<String, Long>> subcategories) {
    }

    private Tally tally(Period p, Long unitId, Map<String, MatterFigures.Row> categoryNames,
                        Map<String, ChannelGroup> channelGroups) {
        List<Figure> byReceipt = new ArrayList<>();
        List<Figure> byRequest = new ArrayList<>();
        for (Figure f : Figure.counts()) {
            (f.section() == Figure.Section.REVIEW || f.section() == Figure.Section.RE_REVIEW ? byRequest : byReceipt).add(f);
        }
        int n = byReceipt.size();
        List<MatterFigures.Cell> cells = matters.cube(byReceipt.stream().map(f -> criteria(f, p, null)).toList(), unitId);
        boolean[] persons = new boolean[n];
        for (int i = 0; i < n; i++) {
            persons[i] = new MatterFigures.Count(0, 1).value(byReceipt.get(i).key()) == 1;
        }
        long[] totals = new long[n];
        Map<String, long[]> channels = new LinkedHashMap<>();
        Map<String, long[]> units = new LinkedHashMap<>();
        Map<String, Map<String, Long>> categories = new LinkedHashMap<>();
        Map<String, Map<String, Long>> subcategories = new LinkedHashMap<>();
        int received = byReceipt.indexOf(Figure.RECEIVED);
        for (MatterFigures.Cell c : cells) {
            long[] channel = channels.computeIfAbsent(c.channel(), k -> new long[n]);
            long[] unit = c.mainUnit() == null ? null : units.computeIfAbsent(String.valueOf(c.mainUnit()), k -> new long[n]);
            for (int i = 0; i < n; i++) {
                long v = persons[i] ? c.persons()[i] : c.matters()[i];
                totals[i] += v;
                channel[i] += v;
                if (unit != null) {
                    unit[i] += v;
                }
            }
            MatterFigures.Row category = categoryNames.get(c.category());
            String first = category == null || category.parentCode() == null ? c.category() : category.parentCode();
            long count = c.matters()[received];
            ChannelGroup group = channelGroups.get(c.channel());
            for (String g : group == null ? List.of(ALL) : List.of(ALL, group.name())) {
                categories.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(first, count, Long::sum);
                subcategories.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(c.category(), count, Long::sum);
            }
        }
        Map<Figure, Long> total = new EnumMap<>(Figure.class);
        for (int i = 0; i < n; i++) {
            total.put(byReceipt.get(i), totals[i]);
        }
        Map<FigureCriteria, MatterFigures.Count> requests = matters.count(byRequest.stream().map(f -> criteria(f, p, null)).toList(),
                unitId);
        requests.forEach((c, v) -> total.put(Figure.ofKey(c.key()).orElseThrow(), v.value(c.key())));
        // the township of the problem's place: its own grouped count (the place and its parent decide it)
        Map<String, Map<Figure, Long>> townships = new LinkedHashMap<>();
        matters.countBy(Figure.TABLE_COLUMNS.stream().map(f -> criteria(f, p, null)).toList(), "place", unitId)
                .forEach((c, rows) -> rows.forEach((code, v) -> townships.computeIfAbsent(code, k -> new EnumMap<>(Figure.class))
                        .put(Figure.ofKey(c.key()).orElseThrow(), v.value(c.key()))));
        return new Tally(total, rows(channels, byReceipt), rows(units, byReceipt), townships, categories, subcategories);
    }

    private static Map<String, Map<Figure, Long>> rows(Map<String, long[]> sums, List<Figure> figures) {
        Map<String, Map<Figure, Long>> rows = new LinkedHashMap<>();
        sums.forEach((code, v) -> {
            Map<Figure, Long> row = new EnumMap<>(Figure.class);
            for (int i = 0; i < figures.size(); i++) {
                row.put(figures.get(i), v[i]);
            }
            rows.put(code, row);
        });
        return rows;
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
        Period previousPeriod = period.previous();
        // 信访总量 is the receipt range alone: one grouped count per year instead of one count per month
        Map<YearMonth, Long> counted = matters.receivedByMonth(period.from(), period.to(), unitId);
        Map<YearMonth, Long> countedBefore = matters.receivedByMonth(previousPeriod.from(), previousPeriod.to(), unitId);
        List<Month> trend = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            LocalDate a = m.atDay(1).isBefore(period.from()) ? period.from() : m.atDay(1);
            LocalDate b = m.atEndOfMonth().isAfter(period.to()) ? period.to() : m.atEndOfMonth();
            Period before = new Period(a, b, period.asOf()).previous();
            trend.add(new Month(m, a, b, counted.getOrDefault(m, 0L), before.from(), before.to(),
                    countedBefore.getOrDefault(YearMonth.from(before.from()), 0L)));
        }
        return trend;
    }

    /**
     * Only the given counts of the period and of the same period last year (the 工作台's summary):
     * the same conditions and scoping as {@link #summary}, without its tables. An unknown key or a
     * rate is an error on field "figure".
     */
    public Map<String, Summary.FigureValue> headline(LocalDate from, LocalDate to, LocalDate asOf, Long unitId,
                                                     List<String> keys) {
        Period period = Period.of(from, to, asOf);
        List<Figure> figures = keys.stream().map(k -> Figure.ofKey(k).filter(f -> !f.isRate())
                .orElseThrow(() -> cn.xinfang.petition.shared.boundary.BusinessException.onField("figure",
                        "error.statistics.figure"))).toList();
        Map<FigureCriteria, MatterFigures.Count> now = matters.count(figures.stream().map(f -> criteria(f, period, null)).toList(),
                unitId);
        Map<FigureCriteria, MatterFigures.Count> before = matters.count(figures.stream()
                .map(f -> criteria(f, period.previous(), null)).toList(), unitId);
        Map<String, Summary.FigureValue> out = new LinkedHashMap<>();
        for (Figure f : figures) {
            out.put(f.key(), value(now.get(criteria(f, period, null)).value(f.key()),
                    before.get(criteria(f, period.previous(), null)).value(f.key())));
        }
        return out;
    }

    /** The criteria of a figure for a period: what the drill-down link carries. */
    public static FigureCriteria criteria(Figure f, Period p, String slice) {
        return new FigureCriteria(f.key(), p.from(), p.to(), p.asOf(), slice);
    }

    private List<Summary.CategoryShare> categories(Tally now, Tally before, String group, Map<String, MatterFigures.Row> names,
                                                   long whole, int top) {
        Map<String, Long> cats = now.categories().getOrDefault(group, Map.of());
        Map<String, Long> catsBefore = before.categories().getOrDefault(group, Map.of());
        Map<String, Long> subs = now.subcategories().getOrDefault(group, Map.of());
        Map<String, Long> subsBefore = before.subcategories().getOrDefault(group, Map.of());
        List<Summary.CategoryShare> shares = new ArrayList<>();
        cats.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(e -> {
                    long n = e.getValue();
                    List<Summary.CategoryShare> children = subs.entrySet().stream()
                            .filter(s -> s.getValue() > 0 && names.containsKey(s.getKey())
                                    && e.getKey().equals(names.get(s.getKey()).parentCode()))
                            .sorted(Comparator.comparingLong((Map.Entry<String, Long> s) -> s.getValue()).reversed()
                                    .thenComparing(Map.Entry::getKey))
                            .map(s -> new Summary.CategoryShare(s.getKey(), name(names, s.getKey()), s.getValue(),
                                    Change.share(s.getValue(), n), subsBefore.getOrDefault(s.getKey(), 0L), List.of()))
                            .toList();
                    shares.add(new Summary.CategoryShare(e.getKey(), name(names, e.getKey()), n, Change.share(n, whole),
                            catsBefore.getOrDefault(e.getKey(), 0L), children));
                });
        return shares;
    }

    private static List<Summary.TableRow> table(Map<String, Map<Figure, Long>> now, Map<String, Map<Figure, Long>> before,
                                                Map<String, MatterFigures.Row> names) {
        List<Summary.TableRow> rows = new ArrayList<>();
        // every row known by name that has matters in either period, in the order of the code table
        for (MatterFigures.Row row : names.values()) {
            Map<Figure, Long> a = now.get(row.code());
            Map<Figure, Long> b = before.get(row.code());
            if ((a == null || a.getOrDefault(Figure.RECEIVED, 0L) == 0) && (b == null || b.getOrDefault(Figure.RECEIVED, 0L) == 0)) {
                continue;
            }
            Map<String, Summary.FigureValue> cells = new LinkedHashMap<>();
            for (Figure f : Figure.TABLE_COLUMNS) {
                cells.put(f.key(), value(a == null ? 0 : a.getOrDefault(f, 0L), b == null ? 0 : b.getOrDefault(f, 0L)));
            }
            rows.add(new Summary.TableRow(row.code(), row.name(), cells));
        }
        return rows;
    }

    private static Summary.FigureValue value(long now, long before) {
        Change c = Change.of(now, before);
        return new Summary.FigureValue(c.value(), c.previous(), c.changePct());
    }

    private static String name(Map<String, MatterFigures.Row> names, String code) {
        MatterFigures.Row r = names.get(code);
        return r == null ? code : r.name();
    }
}
