package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.Leader;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.ReceptionFigures;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.reception.entity.SessionState;
import cn.xinfang.petition.reception.entity.Visit;
import cn.xinfang.petition.reception.entity.VisitState;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reception statistics for any period, per level and per leader ({@link ReceptionFigures} has the
 * definitions), with the drill-down of each figure ({@link #items}) from the same selection.
 * Scoped like the sessions: county-wide roles count every unit's sessions, others those of their
 * unit and below. The statistics catalogue (statistics.boundary.Statistics) reads them here.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
public class ReceptionStatistics {

    static final int MAX_DAYS = 3700;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public ReceptionFigures figures(LocalDate from, LocalDate to) {
        return figures(from, to, null);
    }

    /** The figures of the sessions of {@code unitId} and the units below it (null: every unit the caller sees), judged today. */
    public ReceptionFigures figures(LocalDate from, LocalDate to, Long unitId) {
        return figures(from, to, null, unitId);
    }

    /**
     * The same, the 批示件 judged as they stood at the end of {@code asOf} (null or a later day: today):
     * a report-back after that day is not one, so a report with a past cut-off never changes.
     */
    public ReceptionFigures figures(LocalDate from, LocalDate to, LocalDate asOf, Long unitId) {
        Selection sel = select(from, to, asOf, unitId);
        return compute(from, to, sel.sessions(), sel.visits(), sel.instructions(), sel.today());
    }

    /** The 批示件 one unit answers for: how many were due at the cut-off, how many reported back on time, those that were not. */
    public record UnitInstructions(long unitId, long due, long onTime, List<Late> late) implements Serializable {
    }

    /** A 批示件 due at the cut-off and not reported back on time by then, with its matter. */
    public record Late(long instructionId, long matterId, String matterNumber, LocalDate replyDue, LocalDate reportedOn)
            implements Serializable {
    }

    /**
     * 按时答复率 per unit (the appraisal reads it): the 批示件 of the sessions held in {@code from}–{@code to}
     * routed by the end of {@code asOf} to the unit or a unit below it (their main unit answers for the
     * report-back), judged as they stood at the end of {@code asOf}: due when reported back by then or
     * when the reply-by day had passed; on time when reported back by then and by the reply-by day. A
     * unit without any is missing from the answer. County-wide roles only.
     */
    public Map<Long, UnitInstructions> onTimeByUnit(LocalDate from, LocalDate to, LocalDate asOf, List<Long> unitIds) {
        if (!currentUser.get().isCountyWide()) {
            throw new cn.xinfang.petition.shared.boundary.NotPermittedException();
        }
        Selection sel = select(from, to, asOf, null);
        LocalDate at = sel.today();
        List<Unit> units = unitIds.stream().map(id -> em.find(Unit.class, id)).filter(java.util.Objects::nonNull).toList();
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, List<Late>> late = new LinkedHashMap<>();
        for (Instruction i : sel.instructions()) {
            if (i.getMainUnit() == null || i.getRoutedOn() == null || i.getRoutedOn().isAfter(at) || !ReceptionFigures.isDue(i.getReportedOn(),
                    i.getReplyDue(), at)) {
                continue;
            }
            Unit answering = i.getMainUnit();
            for (Unit u : units) {
                if (answering.isWithin(u)) {
                    long[] n = counts.computeIfAbsent(u.getId(), k -> new long[2]);
                    n[0]++;
                    if (ReceptionFigures.isOnTime(i.getReportedOn(), i.getReplyDue(), at)) {
                        n[1]++;
                    } else {
                        late.computeIfAbsent(u.getId(), k -> new ArrayList<>()).add(new Late(i.getId(), i.getMatterId(), i.getMatterNumber(),
                                i.getReplyDue(), i.getReportedOn() != null && !i.getReportedOn().isAfter(at) ? i.getReportedOn() : null));
                    }
                    break;
                }
            }
        }
        Map<Long, UnitInstructions> out = new LinkedHashMap<>();
        counts.forEach((u, n) -> out.put(u, new UnitInstructions(u, n[0], n[1], late.getOrDefault(u, List.of()))));
        return out;
    }

    private static ReceptionFigures.Item item(Instruction i, LocalDate at) {
        return new ReceptionFigures.Item(i.getId(), i.getSession().getId(), i.getSession().getDay(), i.getLeader().getName(),
                i.getLeader().getLevel(), i.getVisit().getTicket() + " " + i.getVisit().maskedName(), i.getVisit().getOutcome(),
                i.getVisit().getPeopleCount(), i.getMatterNumber(), i.getReplyDue(), ReceptionFigures.isOnTime(i.getReportedOn(), i.getReplyDue(), at));
    }

    /**
     * The drill-down of one figure ({@link ReceptionFigures#KEYS}): the items it counts, from the very
     * same selection, so that their number (or, for receptionPersons, the sum of their people) equals it;
     * for the two rates, the items of the whole with {@code counted} marking those of the part.
     */
    public List<ReceptionFigures.Item> items(String key, LocalDate from, LocalDate to, Long unitId) {
        return items(key, from, to, null, unitId);
    }

    /** The drill-down of {@link #figures(LocalDate, LocalDate, LocalDate, Long)}: the same selection, judged at the end of {@code asOf}. */
    public List<ReceptionFigures.Item> items(String key, LocalDate from, LocalDate to, LocalDate asOf, Long unitId) {
        if (key == null || !ReceptionFigures.KEYS.contains(key)) {
            throw BusinessException.onField("key", "reception3.error.figureKey");
        }
        Selection sel = select(from, to, asOf, unitId);
        Map<Long, Instruction> byVisit = sel.instructions().stream().collect(Collectors.toMap(i -> i.getVisit().getId(), i -> i));
        return switch (key) {
            case "receptionSessions", "receptionCountyLeaders", "receptionDepartmentLeaders", "receptionTownshipLeaders" ->
                    sel.sessions().stream().filter(x -> switch (key) {
                        case "receptionCountyLeaders" -> x.getLeader().getLevel() == LeaderLevel.COUNTY;
                        case "receptionDepartmentLeaders" -> x.getLeader().getLevel() == LeaderLevel.DEPARTMENT;
                        case "receptionTownshipLeaders" -> x.getLeader().getLevel() == LeaderLevel.TOWNSHIP;
                        default -> true;
                    }).map(x -> new ReceptionFigures.Item(x.getId(), x.getId(), x.getDay(), x.getLeader().getName(), x.getLeader().getLevel(),
                            x.getPlace(), null, 1, null, null, true)).toList();
            case "receptionBatches", "receptionPersons", "receptionResolutionPct" -> sel.visits().stream().map(v -> {
                Instruction i = byVisit.get(v.getId());
                boolean resolved = v.getOutcome() == Outcome.ON_THE_SPOT || (i != null && Boolean.TRUE.equals(i.getReportResolved()));
                return new ReceptionFigures.Item(v.getId(), v.getSession().getId(), v.getSession().getDay(), v.getSession().getLeader().getName(),
                        v.getSession().getLeader().getLevel(), v.getTicket() + " " + v.maskedName(), v.getOutcome(), v.getPeopleCount(),
                        i == null ? null : i.getMatterNumber(), i == null ? null : i.getReplyDue(), !"receptionResolutionPct".equals(key) || resolved);
            }).toList();
            default -> sel.instructions().stream().filter(i -> ReceptionFigures.isDue(i.getReportedOn(), i.getReplyDue(), sel.today()))
                    .map(i -> item(i, sel.today())).toList();
        };
    }

    private record Selection(List<ReceptionSession> sessions, List<Visit> visits, List<Instruction> instructions, LocalDate today) {
    }

    /** The sessions, visits and 批示件 of the period; {@code today} the day they are judged at: {@code asOf}, at most today. */
    private Selection select(LocalDate from, LocalDate to, LocalDate asOf, Long unitId) {
        if (from == null || to == null) {
            throw BusinessException.onField(from == null ? "from" : "to", "error.required");
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "receptionday.error.toBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw BusinessException.onField("to", "receptionday.error.periodTooLong");
        }
        AppUser me = currentUser.get();
        LocalDate today = asOf == null || asOf.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : asOf;
        List<ReceptionSession> sessions = em.createQuery("SELECT s FROM ReceptionSession s JOIN FETCH s.leader JOIN FETCH s.unit"
                        + " WHERE s.state = :held AND s.day BETWEEN :from AND :to ORDER BY s.day, s.id", ReceptionSession.class)
                .setParameter("held", SessionState.HELD).setParameter("from", from).setParameter("to", to).getResultList();
        if (!me.isCountyWide()) {
            Unit mine = me.getUnit();
            sessions = sessions.stream().filter(s -> s.getUnit().isWithin(mine)).toList();
        }
        if (unitId != null) {
            Unit within = Scope.unit(em, unitId);
            sessions = sessions.stream().filter(s -> s.getUnit().isWithin(within)).toList();
        }
        Set<Long> ids = sessions.stream().map(ReceptionSession::getId).collect(Collectors.toSet());
        List<Visit> visits = new ArrayList<>();
        List<Instruction> instructions = new ArrayList<>();
        List<Long> idList = List.copyOf(ids);
        for (int k = 0; k < idList.size(); k += 500) {
            List<Long> chunk = idList.subList(k, Math.min(idList.size(), k + 500));
            visits.addAll(em.createQuery("SELECT v FROM Visit v WHERE v.session.id IN :ids AND v.state = :done ORDER BY v.session.id, v.id",
                            Visit.class).setParameter("ids", chunk).setParameter("done", VisitState.DONE).getResultList());
            instructions.addAll(em.createQuery("SELECT i FROM Instruction i WHERE i.session.id IN :ids ORDER BY i.id", Instruction.class)
                    .setParameter("ids", chunk).getResultList());
        }
        return new Selection(sessions, visits, instructions, today);
    }

    private ReceptionFigures compute(LocalDate from, LocalDate to, List<ReceptionSession> sessions, List<Visit> visits,
                                     List<Instruction> instructions, LocalDate today) {
        Map<Long, Instruction> byVisit = instructions.stream().collect(Collectors.toMap(i -> i.getVisit().getId(), i -> i));

        long county = 0, department = 0, township = 0;
        Map<Long, long[]> perLeader = new LinkedHashMap<>();
        Map<Long, Leader> leaders = new LinkedHashMap<>();
        for (ReceptionSession s : sessions) {
            switch (s.getLeader().getLevel()) {
                case COUNTY -> county++;
                case DEPARTMENT -> department++;
                case TOWNSHIP -> township++;
            }
            leaders.putIfAbsent(s.getLeader().getId(), s.getLeader());
            perLeader.computeIfAbsent(s.getLeader().getId(), x -> new long[4])[0]++;
        }
        Map<Long, Long> leaderOfSession = sessions.stream().collect(Collectors.toMap(ReceptionSession::getId, s -> s.getLeader().getId()));
        long persons = 0, resolved = 0;
        Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0L);
        }
        for (Visit v : visits) {
            persons += v.getPeopleCount();
            outcomes.merge(v.getOutcome(), 1L, Long::sum);
            Instruction i = byVisit.get(v.getId());
            if (v.getOutcome() == Outcome.ON_THE_SPOT || (i != null && Boolean.TRUE.equals(i.getReportResolved()))) {
                resolved++;
            }
            long[] l = perLeader.get(leaderOfSession.get(v.getSession().getId()));
            l[1]++;
            l[2] += v.getPeopleCount();
        }
        long due = 0, onTime = 0;
        for (Instruction i : instructions) {
            perLeader.get(leaderOfSession.get(i.getSession().getId()))[3]++;
            if (ReceptionFigures.isDue(i.getReportedOn(), i.getReplyDue(), today)) {
                due++;
                if (ReceptionFigures.isOnTime(i.getReportedOn(), i.getReplyDue(), today)) {
                    onTime++;
                }
            }
        }
        ReceptionFigures.Counts counts = new ReceptionFigures.Counts(sessions.size(), county, department, township, visits.size(),
                persons, due, onTime, resolved);
        List<ReceptionFigures.LeaderFigures> rows = perLeader.entrySet().stream().map(e -> {
            Leader l = leaders.get(e.getKey());
            long[] n = e.getValue();
            return new ReceptionFigures.LeaderFigures(l.getId(), l.getName(), l.getPost(), l.getLevel(), n[0], n[1], n[2], n[3]);
        }).toList();
        return new ReceptionFigures(from, to, counts.figures(), outcomes, rows);
    }
}
