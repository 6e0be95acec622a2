package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.DueClock;
import cn.xinfang.petition.shared.entity.Urgency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The status of one running clock of one matter (normal, due soon, overdue) as the deadline
 * watch last saw it. Written by the watch alone; each change is also a {@link ClockChange}.
 */
@Entity
@Table(name = "clock_watch")
@NamedQuery(name = ClockWatch.ALL, query = "SELECT w FROM ClockWatch w")
@NamedQuery(name = ClockWatch.IN_RANGE, query = "SELECT w FROM ClockWatch w WHERE w.matterId >= :lo AND w.matterId < :hi")
public class ClockWatch {

    public static final String ALL = "ClockWatch.all";
    public static final String IN_RANGE = "ClockWatch.inRange";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clock_watch_seq")
    @SequenceGenerator(name = "clock_watch_seq", sequenceName = "clock_watch_seq", allocationSize = 50)
    private Long id;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32)
    private String matterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false, length = 24, updatable = false)
    private DueClock clock;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Urgency status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClockWatch() {
    }

    /** A clock seen for the first time; its status counts as changed from none. */
    public ClockWatch(long matterId, String matterNumber, DueClock clock, Long unitId, LocalDate dueOn, Urgency status,
                      LocalDate today) {
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.clock = clock;
        this.unitId = unitId;
        this.dueOn = dueOn;
        this.status = status;
        this.statusSince = today;
        this.checkedOn = today;
    }

    /**
     * Brings the row to what the watch sees today.
     *
     * @return the status before, if it changed; null when it did not
     */
    public Urgency update(Long unit, LocalDate due, Urgency now, LocalDate today) {
        this.unitId = unit;
        this.dueOn = due;
        this.checkedOn = today;
        if (now == status) {
            return null;
        }
        Urgency before = status;
        status = now;
        statusSince = today;
        return before;
    }

    public boolean sameDay(Long unit, LocalDate due, Urgency now) {
        return Objects.equals(unitId, unit) && dueOn.equals(due) && status == now;
    }

    public long getMatterId() {
        return matterId;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public DueClock getClock() {
        return clock;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Urgency getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }
}
