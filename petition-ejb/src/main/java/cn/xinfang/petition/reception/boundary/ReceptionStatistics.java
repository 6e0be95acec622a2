package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.Instruction;
import cn.xinfang.petition.reception.entity.Leader;
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
 * definitions). Scoped like the sessions: county-wide roles count every unit's sessions, others
 * those of their unit and below.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_LEADER, Roles.COUNTY_LEADER, Roles.APPRAISER})
public class ReceptionStatistics {

    static final int MAX_DAYS = 3700;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public ReceptionFigures figures(LocalDate from, LocalDate to) {
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
        Set<Long> ids = sessions.stream().map(ReceptionSession::getId).collect(Collectors.toSet());
        List<Visit> visits = new ArrayList<>();
        List<Instruction> instructions = new ArrayList<>();
        List<Long> idList = List.copyOf(ids);
        for (int k = 0; k < idList.size(); k += 500) {
            List<Long> chunk = idList.subList(k, Math.min(idList.size(), k + 500));
            visits.addAll(em.createQuery("SELECT v FROM Visit v WHERE v.session.id IN :ids AND v.state = :done", Visit.class)
                    .setParameter("ids", chunk).setParameter("done", VisitState.DONE).getResultList());
            instructions.addAll(em.createQuery("SELECT i FROM Instruction i WHERE i.session.id IN :ids", Instruction.class)
                    .setParameter("ids", chunk).getResultList());
        }
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
