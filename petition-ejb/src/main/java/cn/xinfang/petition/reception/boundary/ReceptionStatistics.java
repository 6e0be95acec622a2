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

    /** The figures of the sessions of {@code unitId} and the units below it (null: every unit the caller sees). */
    public ReceptionFigures figures(LocalDate from, LocalDate to, Long unitId) {
        Selection sel = select(from, to, unitId);
        return compute(from, to, sel.sessions(), sel.visits(), sel.instructions(), sel.today());
    }

    /**
     * The drill-down of one figure ({@link ReceptionFigures#KEYS}): the items it counts, from the very
     * same selection, so that their number (or, for receptionPersons, the sum of their people) equals it;
     * for the two rates, the items of the whole with {@code counted} marking those of the part.
     */
    public List<ReceptionFigures.Item> items(String key, LocalDate from, LocalDate to, Long unitId) {
        if (key == null || !ReceptionFigures.KEYS.contains(key)) {
            throw BusinessException.onField("key", "reception3.error.figureKey");
        }
        Selection sel = select(from, to, unitId);
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
            default -> sel.instructions().stream().filter(i -> i.getReportedOn() != null || sel.today().isAfter(i.getReplyDue()))
                    .map(i -> new ReceptionFigures.Item(i.getId(), i.getSession().getId(), i.getSession().getDay(), i.getLeader().getName(),
                            i.getLeader().getLevel(), i.getVisit().getTicket() + " " + i.getVisit().maskedName(), i.getVisit().getOutcome(),
                            i.getVisit().getPeopleCount(), i.getMatterNumber(), i.getReplyDue(),
                            i.getReportedOn() != null && !i.getReportedOn().isAfter(i.getReplyDue()))).toList();
        };
    }

    private record Selection(List<ReceptionSession> sessions, List<Visit> visits, List<Instruction> instructions, LocalDate today) {
    }

    private Selection select(LocalDate from, LocalDate to, Long unitId) {
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
        LocalDate today = LocalDate.now(clock);
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
            if (i.getReportedOn() != null || today.isAfter(i.getReplyDue())) {
                due++;
                if (i.getReportedOn() != null && !i.getReportedOn().isAfter(i.getReplyDue())) {
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
