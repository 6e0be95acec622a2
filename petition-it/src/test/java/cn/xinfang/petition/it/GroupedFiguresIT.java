package cn.xinfang.petition.it;

import cn.xinfang.petition.casehandling.boundary.Decision;
import cn.xinfang.petition.casehandling.boundary.Handling;
import cn.xinfang.petition.casehandling.boundary.MatterFigures;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.casehandling.entity.RoutingMode;
import cn.xinfang.petition.casehandling.entity.FigureCriteria;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.statistics.entity.Figure;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.xinfang.petition.it.Fixtures.PASSWORD;
import static cn.xinfang.petition.it.Identities.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The appraisal's grouped counting (MatterFigures#countByUnits: one query per batch of figures for
 * all units) equals the counting unit by unit (MatterFigures#count) for every figure of the
 * catalogue and the units of the demo county — the county itself, its townships and departments,
 * one township's villages — over last year and this year up to today, as the demo appraisal office counts
 * them (the test server generates no demo matters: whatever the HTTP tests registered there
 * before, possibly none), and for this test's own county with co-handled matters (one and two co-handling units), each unit
 * counting a matter once however many of its units it touches.
 */
class GroupedFiguresIT extends InContainerTest {

    @Inject
    MatterFigures figures;
    @Inject
    Units units;
    @Inject
    Petitions petitions;
    @Inject
    Handling handling;
    @Inject
    AppraisalFixtures more;

    /** Registered today in the test county, of its village, accepted and routed to {@code main} with {@code co}. */
    long routed(long main, List<Long> co) throws Exception {
        RegistrationForm f = new RegistrationForm("LETTER", HandlingIT.today(), null, null, "分组某", PetitionsIT.idNumber(), "13700000004",
                null, 1, List.of(), CrossLevel.NONE, c.villageId(), "反映问题。", MatterKind.GRIEVANCE, "0701", MatterPurpose.DEMAND, null,
                null, null);
        MatterDetail m = as(c.registrar(), PASSWORD, () -> petitions.register(f));
        long id = m.summary().id();
        MatterDetail a = as(c.officer(), PASSWORD, () -> handling.decide(id, Decision.ACCEPT, null, m.version()));
        as(c.officer(), PASSWORD, () -> handling.route(id, RoutingMode.FORWARD, main, co, a.version()));
        return id;
    }

    @Test
    void groupedCountsEqualTheCountsUnitByUnitOnTheDemoData() throws Exception {
        LocalDate today = HandlingIT.today();
        List<FigureCriteria> criteria = Figure.counts().stream()
                .map(f -> new FigureCriteria(f.key(), LocalDate.of(today.getYear() - 1, 1, 1), today, today, null)).toList();
        // the county, its departments and townships, and one township's villages (every level, without every village)
        List<UnitView> directory = as("appraiser", "demo", () -> units.directory());
        long county = directory.stream().filter(u -> u.code().equals("331199")).findFirst().orElseThrow().id();
        long town = directory.stream().filter(u -> Long.valueOf(county).equals(u.parentId()) && u.kind() == UnitKind.TOWNSHIP)
                .findFirst().orElseThrow().id();
        List<Long> demo = directory.stream().filter(u -> u.id() == county || Long.valueOf(county).equals(u.parentId())
                || Long.valueOf(town).equals(u.parentId())).map(UnitView::id).toList();
        assertTrue(demo.size() > 10, "the demo county's units");
        Map<Long, Map<FigureCriteria, MatterFigures.Count>> grouped = as("appraiser", "demo", () -> figures.countByUnits(criteria, demo));
        for (Long unit : demo) {
            Map<FigureCriteria, MatterFigures.Count> one = as("appraiser", "demo", () -> figures.count(criteria, unit));
            for (FigureCriteria f : criteria) {
                assertEquals(one.get(f), grouped.get(unit).get(f), "unit " + unit + " " + f.key());
            }
        }

        // this test's own county: three matters of the village, handled by A; by B with A co-handling; by B with A and
        // the township co-handling (two rows of co-handling units, each unit counted once)
        String appraiser = more.appraiser(c);
        long m1 = routed(c.deptAId(), List.of());
        long m2 = routed(c.deptBId(), List.of(c.deptAId()));
        long m3 = routed(c.deptBId(), List.of(c.deptAId(), c.townId()));
        List<Long> own = List.of(c.countyId(), c.deptAId(), c.deptBId(), c.townId(), c.villageId());
        Map<Long, Map<FigureCriteria, MatterFigures.Count>> ours = as(appraiser, PASSWORD, () -> figures.countByUnits(criteria, own));
        long ownNonZero = 0;
        for (Long unit : own) {
            Map<FigureCriteria, MatterFigures.Count> one = as(appraiser, PASSWORD, () -> figures.count(criteria, unit));
            for (FigureCriteria f : criteria) {
                assertEquals(one.get(f), ours.get(unit).get(f), "unit " + unit + " " + f.key());
                ownNonZero += one.get(f).matters() > 0 ? 1 : 0;
            }
        }
        assertTrue(ownNonZero >= 15, "received, accepted … for every unit: " + ownNonZero);
        FigureCriteria all = criteria.get(0);
        assertEquals("received", all.key());
        assertEquals(Map.of(c.countyId(), 3L, c.deptAId(), 3L, c.deptBId(), 2L, c.townId(), 3L, c.villageId(), 3L),
                Map.of(c.countyId(), ours.get(c.countyId()).get(all).matters(), c.deptAId(), ours.get(c.deptAId()).get(all).matters(),
                        c.deptBId(), ours.get(c.deptBId()).get(all).matters(), c.townId(), ours.get(c.townId()).get(all).matters(),
                        c.villageId(), ours.get(c.villageId()).get(all).matters()), List.of(m1, m2, m3).toString());
        // a unit's staff count only within their unit: the grouped counting is the county-wide roles'
        assertThrows(NotPermittedException.class, () -> as(c.clerkA(), PASSWORD, () -> figures.countByUnits(criteria, List.of(c.deptAId()))));
    }
}
