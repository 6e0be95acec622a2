package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.statistics.boundary.Statistics;
import cn.xinfang.petition.statistics.boundary.Summary;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The figures of 统计报表 on a data set of this test's own county, every expected value counted
 * by hand. Decisions are taken now (after the period), so the default cut-off (the period's end)
 * sees every matter undecided and a cut-off of today sees the decisions.
 */
class StatisticsIT extends InContainerTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final int YEAR = TODAY.minusMonths(1).getYear();
    static final LocalDate FROM = LocalDate.of(YEAR, 1, 1);
    static final LocalDate TO = TODAY.minusDays(1);

    @Inject
    Petitions petitions;

    @Inject
    Handling handling;

    @Inject
    Statistics statistics;

    MatterDetail register(String channel, LocalDate on, int people, CrossLevel cross, MatterKind kind, String idNumber,
                          String repeatOf) throws Exception {
        boolean accusation = kind == MatterKind.ACCUSATION;
        RegistrationForm f = new RegistrationForm(channel, on, null, null, "统计某", idNumber, "13700000001", null, people,
                people >= 5 ? List.of("张三") : List.of(), cross, c.villageId(), "反映问题。", kind, accusation ? "0401" : "0701",
                MatterPurpose.DEMAND, accusation ? "某干部" : null, accusation ? c.townId() : null, repeatOf);
        return as(c.registrar(), PASSWORD, () -> petitions.register(f));
    }

    void decide(MatterDetail m, Decision d, String text) throws Exception {
        as(c.officer(), PASSWORD, () -> handling.decide(m.summary().id(), d, text, m.version()));
    }

    @Test
    void everyFigureAsCountedByHand() throws Exception {
        LocalDate thisYear = FROM.plusDays(40);
        LocalDate lastYear = thisYear.minusYears(1);
        String firstId = PetitionsIT.idNumber();
        MatterDetail letter = register("LETTER", thisYear, 1, CrossLevel.NONE, MatterKind.GRIEVANCE, firstId, null);
        MatterDetail letter2 = register("LETTER", thisYear, 2, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        MatterDetail collective = register("VISIT", thisYear, 7, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        MatterDetail toProvince = register("VISIT", thisYear, 1, CrossLevel.PROVINCE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        register("HOTLINE_12345", thisYear, 1, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        MatterDetail accusation = register("ONLINE", thisYear, 1, CrossLevel.NONE, MatterKind.ACCUSATION, PetitionsIT.idNumber(), null);
        MatterDetail repeat = register("LETTER", thisYear, 1, CrossLevel.NONE, MatterKind.GRIEVANCE, firstId, letter.summary().number());
        register("VISIT", lastYear, 2, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        register("LETTER", lastYear, 1, CrossLevel.NONE, MatterKind.GRIEVANCE, PetitionsIT.idNumber(), null);
        decide(letter, Decision.ACCEPT, null);
        decide(letter2, Decision.REFUSE, "已经终结，同一事实和理由不再受理。");
        decide(collective, Decision.ACCEPT, null);
        decide(toProvince, Decision.STATUTORY, "属于劳动争议，请申请仲裁。");
        decide(accusation, Decision.FORWARD, "县纪委监委");
        decide(repeat, Decision.ACCEPT, null);

        Summary s = as(c.officer(), PASSWORD, () -> statistics.summary(FROM, TO, TODAY, c.countyId()));
        assertEquals(FROM.minusYears(1), s.previousFrom());
        Map<String, Summary.FigureValue> f = s.figures();
        expect(f, "received", 7, 2);
        expect(f, "receivedPersons", 14, 3);
        expect(f, "letters", 3, 1);
        expect(f, "visitBatches", 2, 1);
        expect(f, "visitPersons", 8, 2);
        expect(f, "calls", 1, 0);
        expect(f, "online", 1, 0);
        expect(f, "collectiveBatches", 1, 0);
        expect(f, "collectivePersons", 7, 0);
        expect(f, "individualVisits", 1, 1);
        expect(f, "crossLevelProvinceBatches", 1, 0);
        expect(f, "crossLevelProvincePersons", 1, 0);
        expect(f, "crossLevelBeijingBatches", 0, 0);
        expect(f, "crossLevelCityPersons", 0, 0);
        expect(f, "accepted", 3, 0);
        expect(f, "refused", 1, 0);
        expect(f, "statutory", 1, 0);
        expect(f, "forwarded", 1, 0);
        expect(f, "undecided", 1, 2);
        expect(f, "repeats", 1, 0);
        expect(f, "distinct", 2, 0);
        assertEquals(new BigDecimal("250.0"), f.get("received").changePct());
        assertEquals(new BigDecimal("366.7"), f.get("receivedPersons").changePct());
        assertEquals(new BigDecimal("-50.0"), f.get("undecided").changePct());
        assertNull(f.get("calls").changePct());
        assertEquals(7, s.categories().stream().mapToLong(Summary.CategoryShare::value).sum());

        // as the records stood at the period's end: nothing was decided yet
        Summary atEnd = as(c.officer(), PASSWORD, () -> statistics.summary(FROM, TO, null, c.countyId()));
        assertEquals(TO, atEnd.asOf());
        expect(atEnd.figures(), "accepted", 0, 0);
        expect(atEnd.figures(), "undecided", 7, 2);
        expect(atEnd.figures(), "repeats", 0, 0);

        // the township's clerk: the accusation against the township is not counted; a department clerk counts none
        Summary town = as(c.townClerk(), PASSWORD, () -> statistics.summary(FROM, TO, TODAY, null));
        expect(town.figures(), "received", 6, 2);
        expect(town.figures(), "forwarded", 0, 0);
        expect(town.figures(), "online", 0, 0);
        Summary deptA = as(c.clerkA(), PASSWORD, () -> statistics.summary(FROM, TO, TODAY, null));
        expect(deptA.figures(), "received", 0, 0);
        as(c.clerkA(), PASSWORD, () -> assertThrows(NotPermittedException.class,
                () -> statistics.summary(FROM, TO, TODAY, c.townId())));
    }

    @Test
    void badRequestsNameTheField() throws Exception {
        as(c.officer(), PASSWORD, () -> {
            assertEquals("to", assertThrows(BusinessException.class, () -> statistics.summary(TO, FROM, null, null)).field());
            assertEquals("to", assertThrows(BusinessException.class,
                    () -> statistics.summary(FROM.minusYears(11), TO, null, null)).field());
            assertEquals("unit", assertThrows(BusinessException.class,
                    () -> statistics.summary(FROM, TO, null, -1L)).field());
            assertEquals("asOf", assertThrows(BusinessException.class,
                    () -> statistics.summary(FROM, TO, FROM, null)).field());
        });
    }

    private static void expect(Map<String, Summary.FigureValue> f, String key, long value, long previous) {
        assertEquals(value, f.get(key).value(), key);
        assertEquals(previous, f.get(key).previous(), key + " last year");
    }
}
