package cn.xinfang.petition.statistics.control;

import cn.xinfang.petition.casehandling.entity.ChannelGroup;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterCounts;
import cn.xinfang.petition.casehandling.entity.MatterCounts.Volume;
import cn.xinfang.petition.statistics.entity.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FigureCalculatorTest {

    @Test
    void figuresFromTheRawCounts() {
        MatterCounts c = new MatterCounts(List.of(
                new Volume(ChannelGroup.LETTER, "LETTER", CrossLevel.NONE, 1, 3, 3),
                new Volume(ChannelGroup.LETTER, "MAILBOX", CrossLevel.NONE, 2, 1, 2),
                new Volume(ChannelGroup.VISIT, "VISIT", CrossLevel.NONE, 1, 4, 4),
                new Volume(ChannelGroup.VISIT, "VISIT", CrossLevel.NONE, 5, 1, 5),
                new Volume(ChannelGroup.VISIT, "VISIT", CrossLevel.PROVINCE, 12, 2, 24),
                new Volume(ChannelGroup.VISIT, "VISIT", CrossLevel.BEIJING, 1, 1, 1),
                new Volume(ChannelGroup.CALL, "CALL", CrossLevel.NONE, 1, 2, 2),
                new Volume(ChannelGroup.ONLINE, "ONLINE", CrossLevel.NONE, 1, 5, 5)),
                6, 3, 2, 1, 2, List.of());
        Map<Figure, Long> f = new FigureCalculator().figures(c);
        assertEquals(19, f.get(Figure.RECEIVED));
        assertEquals(46, f.get(Figure.RECEIVED_PERSONS));
        assertEquals(4, f.get(Figure.LETTERS));
        assertEquals(8, f.get(Figure.VISIT_BATCHES));
        assertEquals(34, f.get(Figure.VISIT_PERSONS));
        assertEquals(2, f.get(Figure.CALLS));
        assertEquals(5, f.get(Figure.ONLINE));
        assertEquals(3, f.get(Figure.COLLECTIVE_BATCHES));
        assertEquals(29, f.get(Figure.COLLECTIVE_PERSONS));
        assertEquals(5, f.get(Figure.INDIVIDUAL_VISITS));
        assertEquals(1, f.get(Figure.CROSS_LEVEL_BEIJING_BATCHES));
        assertEquals(1, f.get(Figure.CROSS_LEVEL_BEIJING_PERSONS));
        assertEquals(2, f.get(Figure.CROSS_LEVEL_PROVINCE_BATCHES));
        assertEquals(24, f.get(Figure.CROSS_LEVEL_PROVINCE_PERSONS));
        assertEquals(0, f.get(Figure.CROSS_LEVEL_CITY_BATCHES));
        assertEquals(6, f.get(Figure.ACCEPTED));
        assertEquals(3, f.get(Figure.REFUSED));
        assertEquals(2, f.get(Figure.STATUTORY));
        assertEquals(1, f.get(Figure.FORWARDED));
        assertEquals(7, f.get(Figure.UNDECIDED));
        assertEquals(2, f.get(Figure.REPEATS));
        assertEquals(4, f.get(Figure.DISTINCT));
        assertEquals(f.get(Figure.RECEIVED), f.get(Figure.ACCEPTED) + f.get(Figure.REFUSED) + f.get(Figure.STATUTORY)
                + f.get(Figure.FORWARDED) + f.get(Figure.UNDECIDED));
    }
}
