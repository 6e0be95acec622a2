package cn.xinfang.petition.statistics.boundary;

import cn.xinfang.petition.casehandling.boundary.MatterFigures;
import cn.xinfang.petition.casehandling.entity.MatterCounts;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.statistics.control.FigureCalculator;
import cn.xinfang.petition.statistics.entity.Change;
import cn.xinfang.petition.statistics.entity.Figure;
import cn.xinfang.petition.statistics.entity.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 统计报表: the catalogue's figures for a period beside the same period last year. Scoping is
 * the matter's own ({@link MatterFigures}): the caller counts what they could list.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
public class Statistics {

    /** How many first-level categories the summary lists. */
    static final int TOP_CATEGORIES = 10;

    @EJB
    MatterFigures matters;

    @Inject
    FigureCalculator calculator;

    /**
     * The summary for receipt dates {@code from}–{@code to}, states as of the end of {@code asOf}
     * (default {@code to}) in China time, optionally for one unit and the units below it.
     */
    public Summary summary(LocalDate from, LocalDate to, LocalDate asOf, Long unitId) {
        Period period = Period.of(from, to, asOf);
        Period previous = period.previous();
        MatterCounts now = count(period, unitId);
        MatterCounts before = count(previous, unitId);
        Map<Figure, Long> thisYear = calculator.figures(now);
        Map<Figure, Long> lastYear = calculator.figures(before);
        Map<String, Summary.FigureValue> figures = new LinkedHashMap<>();
        for (Figure f : Figure.values()) {
            Change c = Change.of(thisYear.get(f), lastYear.get(f));
            figures.put(f.key(), new Summary.FigureValue(c.value(), c.previous(), c.changePct()));
        }
        return new Summary(period.from(), period.to(), period.asOf(), previous.from(), previous.to(), unitId, figures,
                categories(now, before, thisYear.get(Figure.RECEIVED)));
    }

    private MatterCounts count(Period p, Long unitId) {
        Instant cutoff = p.asOf().plusDays(1).atStartOfDay(Clocks.ZONE).toInstant();
        return matters.count(p.from(), p.to(), cutoff, unitId);
    }

    private static List<Summary.CategoryShare> categories(MatterCounts now, MatterCounts before, long received) {
        Map<String, Long> previous = before.categories().stream()
                .collect(Collectors.toMap(MatterCounts.CategoryCount::topCode, MatterCounts.CategoryCount::matters, Long::sum));
        return now.categories().stream()
                .sorted(Comparator.comparingLong(MatterCounts.CategoryCount::matters).reversed()
                        .thenComparing(MatterCounts.CategoryCount::topCode))
                .limit(TOP_CATEGORIES)
                .map(c -> new Summary.CategoryShare(c.topCode(), c.topName(), c.matters(), Change.share(c.matters(), received),
                        previous.getOrDefault(c.topCode(), 0L)))
                .toList();
    }
}
