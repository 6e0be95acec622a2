package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.organization.entity.Unit;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.dmfs.rfc5545.recur.Freq;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A schedule rule as data: who (a leader, or a rotation group with its {@link Assignment}),
 * when (an RFC 5545 RRULE from {@link #validFrom}, e.g. {@code FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15}),
 * the time slot, where (a place, or each leader's linked unit), the form, the portfolio shown
 * (the leader's when empty), the capacity for bookings and what a non-working day does
 * ({@link ShiftRule}, 顺延 by default). {@code control.ScheduleGenerator} turns it into sessions.
 */
@Entity
@Table(name = "reception_rule")
@Audited
@AuditedAs("RECEPTION_RULE")
@NamedQuery(name = ScheduleRule.ALL, query = "SELECT r FROM ScheduleRule r JOIN FETCH r.unit LEFT JOIN FETCH r.leader"
        + " LEFT JOIN FETCH r.group ORDER BY r.id")
public class ScheduleRule implements Auditable {

    public static final String ALL = "ScheduleRule.all";
    /** Daily rules would make hundreds of sessions per leader; the smallest step is a week. */
    private static final EnumSet<Freq> FREQUENCIES = EnumSet.of(Freq.WEEKLY, Freq.MONTHLY, Freq.YEARLY);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_rule_seq")
    @SequenceGenerator(name = "reception_rule_seq", sequenceName = "reception_rule_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Unit unit;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Leader leader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private RotationGroup group;

    @Enumerated(EnumType.STRING)
    @Column(name = "assignment", nullable = false, length = 20)
    private Assignment assignment = Assignment.ROTATION;

    @Column(name = "rrule", nullable = false, length = 200)
    private String rrule;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "place", length = 100)
    private String place;

    /** Each leader receives at their linked unit (the place then names the room there, if given). */
    @Column(name = "at_linked_unit", nullable = false)
    private boolean atLinkedUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 20)
    private ReceptionForm form;

    @Column(name = "portfolio", length = 200)
    private String portfolio;

    @Enumerated(EnumType.STRING)
    @Column(name = "shift_rule", nullable = false, length = 30)
    private ShiftRule shift = ShiftRule.NEXT_WORKING_DAY;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected ScheduleRule() {
    }

    public ScheduleRule(Unit unit) {
        if (unit == null) {
            throw BusinessException.onField("unit", "error.required");
        }
        this.unit = unit;
    }

    /** Who receives: exactly one of a leader and a group. */
    public void assign(Leader leader, RotationGroup group, Assignment assignment) {
        if ((leader == null) == (group == null)) {
            throw BusinessException.onField("leader", "reception.error.leaderOrGroup");
        }
        this.leader = leader;
        this.group = group;
        this.assignment = group == null || assignment == null ? Assignment.ROTATION : assignment;
    }

    /** When: the RRULE (without DTSTART; evaluated from {@code from}), an optional last day, the slot and the shift. */
    public void recur(String rrule, LocalDate from, LocalDate until, LocalTime start, LocalTime end, ShiftRule shift) {
        this.rrule = checkRrule(rrule);
        if (from == null) {
            throw BusinessException.onField("validFrom", "error.required");
        }
        if (until != null && until.isBefore(from)) {
            throw BusinessException.onField("validUntil", "reception.error.untilBeforeFrom");
        }
        if (start == null || end == null) {
            throw BusinessException.onField(start == null ? "startTime" : "endTime", "error.required");
        }
        if (!end.isAfter(start)) {
            throw BusinessException.onField("endTime", "reception.error.endBeforeStart");
        }
        this.validFrom = from;
        this.validUntil = until;
        this.startTime = start;
        this.endTime = end;
        this.shift = shift == null ? ShiftRule.NEXT_WORKING_DAY : shift;
    }

    /** What the notice says: name of the rule, place (or each leader's linked unit), form, portfolio, capacity. */
    public void describe(String name, String place, boolean atLinkedUnit, ReceptionForm form, String portfolio, int capacity) {
        this.name = Texts.required("name", name, 60);
        this.place = atLinkedUnit ? Texts.optional("place", place, 100) : Texts.required("place", place, 100);
        this.atLinkedUnit = atLinkedUnit;
        if (form == null) {
            throw BusinessException.onField("form", "error.required");
        }
        this.form = form;
        this.portfolio = Texts.optional("portfolio", portfolio, 200);
        if (capacity < 0 || capacity > 200) {
            throw BusinessException.onField("capacity", "reception.error.capacityRange", 0, 200);
        }
        this.capacity = capacity;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The rule parsed by lib-recur; a stored rule always parses (checked when it was set). */
    public RecurrenceRule recurrence() {
        try {
            return new RecurrenceRule(rrule, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException e) {
            throw new IllegalStateException("stored RRULE does not parse: " + rrule, e);
        }
    }

    /** An RRULE the generator can use: RFC 5545 syntax, weekly or coarser, no time-of-day parts. */
    public static String checkRrule(String text) {
        if (text == null || text.isBlank()) {
            throw BusinessException.onField("rrule", "error.required");
        }
        String r = text.strip().toUpperCase(Locale.ROOT);
        if (r.startsWith("RRULE:")) {
            r = r.substring("RRULE:".length());
        }
        if (r.length() > 200) {
            throw BusinessException.onField("rrule", "error.tooLong");
        }
        RecurrenceRule parsed;
        try {
            parsed = new RecurrenceRule(r, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw BusinessException.onField("rrule", "reception.error.rrule");
        }
        if (!FREQUENCIES.contains(parsed.getFreq()) || parsed.hasPart(RecurrenceRule.Part.BYHOUR)
                || parsed.hasPart(RecurrenceRule.Part.BYMINUTE) || parsed.hasPart(RecurrenceRule.Part.BYSECOND)) {
            throw BusinessException.onField("rrule", "reception.error.rruleFrequency");
        }
        return r;
    }

    /** The portfolio the sessions show: the rule's, or else the leader's own. */
    public String portfolioFor(Leader l) {
        return portfolio != null ? portfolio : l.getPortfolio();
    }

    /** The place a leader receives at under this rule. */
    public String placeFor(Leader l) {
        if (!atLinkedUnit) {
            return place;
        }
        String unitName = l.getLinkedUnit() == null ? null : l.getLinkedUnit().getName();
        if (unitName == null) {
            return place;
        }
        return place == null ? unitName : unitName + " " + place;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("unit", unit == null ? null : unit.getName() + " #" + unit.getId());
        m.put("leader", leader == null ? null : leader.getName() + " #" + leader.getId());
        m.put("group", group == null ? null : group.getName() + " #" + group.getId());
        m.put("assignment", assignment == null ? null : assignment.name());
        m.put("rrule", rrule);
        m.put("validFrom", validFrom == null ? null : validFrom.toString());
        m.put("validUntil", validUntil == null ? null : validUntil.toString());
        m.put("slot", startTime == null ? null : startTime + "-" + endTime);
        m.put("place", place);
        m.put("atLinkedUnit", String.valueOf(atLinkedUnit));
        m.put("form", form == null ? null : form.name());
        m.put("portfolio", portfolio);
        m.put("shift", shift == null ? null : shift.name());
        m.put("capacity", String.valueOf(capacity));
        m.put("active", String.valueOf(active));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public Leader getLeader() {
        return leader;
    }

    public RotationGroup getGroup() {
        return group;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public String getRrule() {
        return rrule;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getPlace() {
        return place;
    }

    public boolean isAtLinkedUnit() {
        return atLinkedUnit;
    }

    public ReceptionForm getForm() {
        return form;
    }

    public String getPortfolio() {
        return portfolio;
    }

    public ShiftRule getShift() {
        return shift;
    }

    public int getCapacity() {
        return capacity;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
