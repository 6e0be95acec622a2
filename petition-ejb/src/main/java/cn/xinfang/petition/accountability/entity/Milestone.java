package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.entity.Auditable;
import cn.xinfang.petition.shared.entity.AuditedAs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A step of a 包案 plan with the day it is due and the day it was done. */
@Entity
@Table(name = "acc_milestone")
@Audited
@AuditedAs(value = "CASE_OWNERSHIP", partOf = "ownership")
public class Milestone implements Auditable {

    public record View(long id, String title, LocalDate dueOn, LocalDate doneOn, String doneBy, String note, boolean late)
            implements Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_milestone_seq")
    @SequenceGenerator(name = "acc_milestone_seq", sequenceName = "acc_milestone_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ownership_id", nullable = false, updatable = false)
    private CaseOwnership ownership;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by", length = 32)
    private String doneBy;

    @Column(name = "note", length = 1000)
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Milestone() {
    }

    Milestone(CaseOwnership ownership, String title, LocalDate dueOn) {
        this.ownership = ownership;
        this.title = title;
        this.dueOn = dueOn;
    }

    void complete(String note, String by, LocalDate today) {
        if (doneOn != null) {
            throw BusinessException.onField("milestone", "accountability2.error.milestoneDone");
        }
        this.doneOn = today;
        this.doneBy = by;
        this.note = note;
    }

    View view(LocalDate today) {
        return new View(id == null ? 0 : id, title, dueOn, doneOn, doneBy, note,
                doneOn == null ? dueOn.isBefore(today) : doneOn.isAfter(dueOn));
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("dueOn", String.valueOf(dueOn));
        m.put("doneOn", doneOn == null ? null : doneOn.toString());
        m.put("doneBy", doneBy);
        m.put("note", note);
        return m;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    public Long getId() {
        return id;
    }

    public CaseOwnership getOwnership() {
        return ownership;
    }
}
