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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a clock's status, recorded once by the watch: the record the year-end appraisal
 * counts (matters that went overdue, per unit and period). Never changed after it is written.
 */
@Entity
@Table(name = "clock_change")
public class ClockChange {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clock_change_seq")
    @SequenceGenerator(name = "clock_change_seq", sequenceName = "clock_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "matter_id", nullable = false, updatable = false)
    private long matterId;

    @Column(name = "matter_number", nullable = false, length = 32, updatable = false)
    private String matterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false, length = 24, updatable = false)
    private DueClock clock;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 10, updatable = false)
    private Urgency from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 10, updatable = false)
    private Urgency to;

    @Column(name = "changed_on", nullable = false, updatable = false)
    private LocalDate changedOn;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected ClockChange() {
    }

    public ClockChange(DeadlineChanged c, Instant at) {
        this.matterId = c.matterId();
        this.matterNumber = c.number();
        this.clock = c.clock();
        this.unitId = c.unitId();
        this.dueOn = c.dueOn();
        this.from = c.from();
        this.to = c.to();
        this.changedOn = c.on();
        this.changedAt = at;
    }

    public long getMatterId() {
        return matterId;
    }

    public DueClock getClock() {
        return clock;
    }

    public Urgency getFrom() {
        return from;
    }

    public Urgency getTo() {
        return to;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }
}
