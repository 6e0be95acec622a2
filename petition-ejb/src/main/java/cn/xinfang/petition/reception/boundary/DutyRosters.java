package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.control.CurrentUser;
import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.DutyLogEntry;
import cn.xinfang.petition.reception.entity.DutyMember;
import cn.xinfang.petition.reception.entity.DutyShift;
import cn.xinfang.petition.reception.entity.DutySwap;
import cn.xinfang.petition.reception.entity.OutreachViews.LogRow;
import cn.xinfang.petition.reception.entity.OutreachViews.MemberRow;
import cn.xinfang.petition.reception.entity.OutreachViews.ShiftView;
import cn.xinfang.petition.reception.entity.OutreachViews.SwapRow;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;
import cn.xinfang.petition.shared.boundary.Roles;
import cn.xinfang.petition.shared.boundary.StaleDataException;
import cn.xinfang.petition.shared.control.OptimisticLockTranslator;
import cn.xinfang.petition.shared.control.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 值班 duty rosters: shifts on holidays and in sensitive periods with the people on duty (at least
 * the number the shift requires, e.g. two), swaps with their reasons, and the duty log of what
 * came in. A unit keeps its own roster; the bureau sees every unit's. Anyone who may see a shift
 * (the registrar on duty too) writes its log.
 */
@Stateless
@Interceptors(OptimisticLockTranslator.class)
@RolesAllowed({Roles.OFFICER, Roles.UNIT_LEADER, Roles.UNIT_CLERK})
public class DutyRosters {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The shifts {@code from}–{@code to} of the units the caller sees, each with its people, swaps and log. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public List<ShiftView> shifts(@NotNull LocalDate from, @NotNull LocalDate to) {
        Scope.requireRange(from, to);
        List<DutyShift> shifts = em.createNamedQuery(DutyShift.IN_RANGE, DutyShift.class).setParameter("from", from).setParameter("to", to)
                .getResultStream().filter(s -> currentUser.maySee(s.getUnit())).toList();
        return views(shifts);
    }

    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
    public ShiftView shift(long id) {
        return views(List.of(visible(id))).get(0);
    }

    /** A shift with its people; fewer people than the shift requires is refused. */
    public ShiftView addShift(@NotNull Forms.ShiftForm f) {
        Unit unit = f.unitId() == null ? currentUser.get().getUnit() : Scope.unit(em, f.unitId());
        currentUser.requireScope(unit);
        DutyShift s = new DutyShift(unit, f.day(), f.startTime(), f.endTime(), f.period(), f.occasion(), f.required(),
                currentUser.get().getUsername());
        List<Forms.MemberForm> people = f.members() == null ? List.of() : f.members();
        if (people.size() < s.getRequired()) {
            throw BusinessException.onField("members", "reception3.error.tooFewOnDuty", s.getRequired());
        }
        em.persist(s);
        for (Forms.MemberForm m : people) {
            em.persist(new DutyMember(s, m.name(), m.post(), m.leader(), m.phone()));
        }
        em.flush();
        return shift(s.getId());
    }

    /** 调班: {@code memberId} leaves the shift and {@code replacement} takes over; the reason is kept. */
    public ShiftView swap(long shiftId, long version, long memberId, @NotNull Forms.MemberForm replacement, String reason) {
        DutyShift s = visible(shiftId);
        currentUser.requireScope(s.getUnit());
        StaleDataException.unlessAt(s.getVersion(), version);
        DutyMember out = em.find(DutyMember.class, memberId);
        if (out == null || !out.getShift().getId().equals(s.getId())) {
            throw BusinessException.onField("memberId", "error.notFound");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "reception3.error.reasonRequired");
        }
        DutyMember in = new DutyMember(s, replacement.name(), replacement.post(), replacement.leader(), replacement.phone());
        em.persist(in);
        em.persist(new DutySwap(out, in, reason, currentUser.get().getUsername(), clock.instant()));
        Versions.advance(em, s, s::getVersion, version);
        return shift(s.getId());
    }

    /** One line of the duty log. */
    @RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER})
    public ShiftView log(long shiftId, DutyLogEntry.Kind kind, String summary, String matterNumber) {
        DutyShift s = visible(shiftId);
        em.persist(new DutyLogEntry(s, kind, summary, matterNumber, currentUser.get().getUsername(), clock.instant()));
        em.flush();
        return shift(s.getId());
    }

    private DutyShift visible(long id) {
        DutyShift s = em.find(DutyShift.class, id);
        if (s == null) {
            throw new NotFoundException();
        }
        if (!currentUser.maySee(s.getUnit())) {
            throw new NotPermittedException();
        }
        return s;
    }

    private List<ShiftView> views(List<DutyShift> shifts) {
        if (shifts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shifts.stream().map(DutyShift::getId).toList();
        Map<Long, List<MemberRow>> members = em.createNamedQuery(DutyMember.OF_SHIFTS, DutyMember.class).setParameter("shifts", ids)
                .getResultStream().collect(Collectors.groupingBy(m -> m.getShift().getId(), Collectors.mapping(MemberRow::of, Collectors.toList())));
        Map<Long, List<SwapRow>> swaps = em.createNamedQuery(DutySwap.OF_SHIFTS, DutySwap.class).setParameter("shifts", ids)
                .getResultStream().collect(Collectors.groupingBy(w -> w.getShift().getId(), Collectors.mapping(SwapRow::of, Collectors.toList())));
        Map<Long, List<LogRow>> log = em.createNamedQuery(DutyLogEntry.OF_SHIFTS, DutyLogEntry.class).setParameter("shifts", ids)
                .getResultStream().collect(Collectors.groupingBy(e -> e.getShift().getId(), Collectors.mapping(LogRow::of, Collectors.toList())));
        return shifts.stream().map(s -> new ShiftView(s.getId(), s.getVersion(), s.getUnit().getId(), s.getUnit().getName(), s.getDay(),
                s.getStartTime(), s.getEndTime(), s.getPeriod(), s.getOccasion(), s.getRequired(), members.getOrDefault(s.getId(), List.of()),
                swaps.getOrDefault(s.getId(), List.of()), log.getOrDefault(s.getId(), List.of()))).toList();
    }
}
