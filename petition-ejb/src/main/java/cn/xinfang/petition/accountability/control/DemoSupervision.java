package cn.xinfang.petition.accountability.control;

import cn.xinfang.petition.accountability.entity.Assessment;
import cn.xinfang.petition.accountability.entity.EscalationGround;
import cn.xinfang.petition.accountability.entity.NoticeLevel;
import cn.xinfang.petition.accountability.entity.NoticeStatus;
import cn.xinfang.petition.accountability.entity.ReportFrequency;
import cn.xinfang.petition.accountability.entity.SupervisionNotice;
import cn.xinfang.petition.organization.control.DemoCountyReady;
import cn.xinfang.petition.organization.entity.AppUser;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.JobLeases;
import cn.xinfang.petition.shared.entity.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo county's 督办 on its first start. When the demo county is created, a one-time job is
 * noted; after the first run of the deadline watch (which has urged every unit whose matters went
 * overdue), the urging notices are spread over what a supervision office sees: some answered and
 * closed, some answered and waiting for the bureau's assessment, some ignored past their reply-by
 * day, one flagged (挂牌督办) under the county leader and one joint (联合督办), the rest fresh.
 */
@Dependent
public class DemoSupervision {

    private static final Logger LOG = Logger.getLogger(DemoSupervision.class.getName());
    public static final String JOB = "demo-supervision";

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLeases leases;

    @Inject
    NoticeDesk desk;

    @Inject
    Recipients recipients;

    void onDemoCountyReady(@Observes @Priority(3000) DemoCountyReady county) {
        // (re-)arms the one-time job: a demo county filled again gets its 督办 again
        if (em.createNativeQuery("UPDATE job_lease SET last_slot = -1 WHERE name = ?1").setParameter(1, JOB).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO job_lease (name, last_slot, runs) VALUES (?1, -1, 0)").setParameter(1, JOB).executeUpdate();
        }
    }

    /** Once, after the watch's first run on a new demo county; returns whether it ran. */
    public boolean seedIfPending(LocalDate today, Instant now) {
        boolean pending = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE name = ?1").setParameter(1, JOB)
                .getSingleResult()).longValue() > 0;
        if (!pending || !leases.claim(JOB, 0, now)) {
            return false;
        }
        // the watch's own urging notices only: a notice an officer issued meanwhile (the first run can come
        // minutes after the start) is never the demo's to spread
        List<SupervisionNotice> urged = em.createQuery("SELECT n FROM SupervisionNotice n WHERE n.level = :urge AND n.status = :issued"
                        + " AND n.automatic = TRUE"
                        + " ORDER BY n.matterNumber", SupervisionNotice.class)
                .setParameter("urge", NoticeLevel.URGE).setParameter("issued", NoticeStatus.ISSUED).getResultList();
        int i = 0;
        int flagged = 0;
        for (SupervisionNotice n : urged) {
            Optional<AppUser> clerk = recipients.inUnit(n.getUnitId(), Set.of(Role.UNIT_CLERK, Role.UNIT_LEADER)).stream().findFirst();
            String leader = recipients.countyLeadersOf(n.getCountyId()).stream().map(AppUser::getUsername).sorted().findFirst().orElse(null);
            String by = clerk.map(AppUser::getUsername).orElse(NoticeDesk.SYSTEM);
            try {
                spread(n, i++, flagged, leader, by, today);
                if (i % 5 == 3 && leader != null) {
                    flagged++;
                }
            } catch (BusinessException e) {
                // a refused step leaves that notice as it is; the demo never stops the watch
                LOG.fine(() -> "demo 督办: " + n.getNumber() + " left as it is: " + e.key());
            }
        }
        LOG.info(() -> "demo county: " + urged.size() + " urging notices spread over answered, ignored, flagged and fresh");
        return true;
    }

    private void spread(SupervisionNotice n, int i, int flagged, String leader, String by, LocalDate today) {
        switch (i % 5) {
            case 0 -> {
                n.answer("已召集相关科室研究，正在调查核实，预计一周内提出处理意见。", by, today);
                n.assess(Assessment.SATISFACTORY, null, "officer", today);
            }
            case 1 -> {
                n.answer("已约见信访人，现场查看情况，相关部门正在协调。", by, today);
                desk.answered(n);
            }
            case 2 -> {
                if (leader != null && flagged < 2) {
                    boolean joint = flagged == 1;
                    desk.escalate(n, n.escalate(EscalationGround.UNANSWERED, joint ? NoticeLevel.JOINT : NoticeLevel.FLAGGED, leader,
                            joint ? "涉及多个部门职责，久拖未决。" : "群众反映强烈，催办后仍未回复。", ReportFrequency.WEEKLY,
                            joint ? "县纪委监委、县委督查室" : null, today.plusDays(7), "officer", today, false));
                } else {
                    n.sign(by, today);
                }
            }
            case 3 -> em.createQuery("UPDATE SupervisionNotice s SET s.issuedOn = :on, s.replyBy = :by WHERE s.id = :id")
                    .setParameter("on", today.minusDays(8)).setParameter("by", today.minusDays(5)).setParameter("id", n.getId())
                    .executeUpdate();
            default -> {
                // fresh: waits for the unit to sign for it
            }
        }
    }
}
