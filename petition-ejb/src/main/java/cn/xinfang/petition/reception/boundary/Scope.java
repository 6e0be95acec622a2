package cn.xinfang.petition.reception.boundary;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.reception.entity.BookingState;
import cn.xinfang.petition.reception.entity.ReceptionSession;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the reception boundaries share: finding units, checking ranges, counting bookings in one query. */
final class Scope {

    static final int MAX_RANGE_DAYS = 400;

    private Scope() {
    }

    static Unit unit(EntityManager em, long id) {
        Unit u = em.find(Unit.class, id);
        if (u == null) {
            throw BusinessException.onField("unit", "error.notFound");
        }
        return u;
    }

    static void requireRange(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw BusinessException.onField(from == null ? "from" : "to", "error.required");
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "reception.error.untilBeforeFrom");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw BusinessException.onField("to", "reception.error.rangeTooLong", MAX_RANGE_DAYS);
        }
    }

    /** Active bookings per session id. */
    static Map<Long, Long> bookedCounts(EntityManager em, List<ReceptionSession> sessions) {
        Map<Long, Long> counts = new HashMap<>();
        if (sessions.isEmpty()) {
            return counts;
        }
        List<Long> ids = sessions.stream().map(ReceptionSession::getId).toList();
        for (int i = 0; i < ids.size(); i += 500) {
            List<Object[]> rows = em.createQuery("SELECT b.session.id, COUNT(b) FROM Booking b WHERE b.session.id IN :ids"
                            + " AND b.state <> :cancelled GROUP BY b.session.id", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .setParameter("cancelled", BookingState.CANCELLED).getResultList();
            rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }
}
