package cn.xinfang.petition.statistics.control;

import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterCounts;
import cn.xinfang.petition.statistics.entity.Figure;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Map;

/**
 * Turns the raw counts of the matters into the figures of the catalogue. Every definition the
 * page shows beside a number is applied here, and only here.
 */
@ApplicationScoped
public class FigureCalculator {

    /** 集体访: five or more people on the same visit (2022 regulation). */
    public static final int COLLECTIVE_SIZE = 5;

    public Map<Figure, Long> figures(MatterCounts c) {
        Map<Figure, Long> f = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            f.put(figure, 0L);
        }
        for (MatterCounts.Volume v : c.volumes()) {
            add(f, Figure.RECEIVED, v.matters());
            add(f, Figure.RECEIVED_PERSONS, v.persons());
            switch (v.group()) {
                case LETTER -> add(f, Figure.LETTERS, v.matters());
                case CALL -> add(f, Figure.CALLS, v.matters());
                case ONLINE -> add(f, Figure.ONLINE, v.matters());
                case VISIT -> visit(f, v);
            }
        }
        long decided = c.accepted() + c.refused() + c.statutory() + c.forwarded();
        f.put(Figure.ACCEPTED, c.accepted());
        f.put(Figure.REFUSED, c.refused());
        f.put(Figure.STATUTORY, c.statutory());
        f.put(Figure.FORWARDED, c.forwarded());
        f.put(Figure.UNDECIDED, f.get(Figure.RECEIVED) - decided);
        f.put(Figure.REPEATS, c.repeats());
        f.put(Figure.DISTINCT, c.accepted() - c.repeats());
        return f;
    }

    private static void visit(Map<Figure, Long> f, MatterCounts.Volume v) {
        assert v.group() == ChannelGroup.VISIT;
        add(f, Figure.VISIT_BATCHES, v.matters());
        add(f, Figure.VISIT_PERSONS, v.persons());
        if (v.peopleCount() >= COLLECTIVE_SIZE) {
            add(f, Figure.COLLECTIVE_BATCHES, v.matters());
            add(f, Figure.COLLECTIVE_PERSONS, v.persons());
        } else {
            add(f, Figure.INDIVIDUAL_VISITS, v.matters());
        }
        if (v.crossLevel() == CrossLevel.BEIJING) {
            add(f, Figure.CROSS_LEVEL_BEIJING_BATCHES, v.matters());
            add(f, Figure.CROSS_LEVEL_BEIJING_PERSONS, v.persons());
        } else if (v.crossLevel() == CrossLevel.PROVINCE) {
            add(f, Figure.CROSS_LEVEL_PROVINCE_BATCHES, v.matters());
            add(f, Figure.CROSS_LEVEL_PROVINCE_PERSONS, v.persons());
        } else if (v.crossLevel() == CrossLevel.CITY) {
            add(f, Figure.CROSS_LEVEL_CITY_BATCHES, v.matters());
            add(f, Figure.CROSS_LEVEL_CITY_PERSONS, v.persons());
        }
    }

    private static void add(Map<Figure, Long> f, Figure figure, long n) {
        f.merge(figure, n, Long::sum);
    }
}
