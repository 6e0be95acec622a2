package cn.xinfang.petition.casehandling.entity;

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

import java.time.Instant;

/** One step of a matter's timeline: who did what, when, and the state it left the matter in. Never changed. */
@Entity
@Table(name = "matter_event")
@NamedQuery(name = MatterEvent.OF_MATTER, query = "SELECT e FROM MatterEvent e WHERE e.matter = :matter ORDER BY e.at, e.id")
public class MatterEvent {

    public static final String OF_MATTER = "MatterEvent.ofMatter";

    public enum Type { REGISTERED, REFUSE, REFER_STATUTORY, FORWARD_ACCUSATION, ACCEPT, ROUTE, OBJECT, NOTE, EXTEND,
        HEARING, DRAFT_REPLY, APPROVE_REPLY, RETURN_REPLY, REPORT_BACK, CLOSE, EVALUATE, REQUEST_REVIEW, DECIDE_REVIEW,
        REQUEST_RE_REVIEW, DECIDE_RE_REVIEW, TERMINATE, HEARING_RECORD, RESOLVE, BACKLOG_FLAG, BACKLOG_CLEAR,
        /** A file was attached; not a step of the lifecycle, the state stays as it was. */
        ATTACHMENT;

        /** The steps the petitioner is shown through the lookup code (dates only, no staff names). */
        public boolean isPublic() {
            return switch (this) {
                case REGISTERED, REFUSE, REFER_STATUTORY, FORWARD_ACCUSATION, ACCEPT, ROUTE, EXTEND, HEARING,
                     APPROVE_REPLY, EVALUATE, REQUEST_REVIEW, DECIDE_REVIEW, REQUEST_RE_REVIEW, DECIDE_RE_REVIEW,
                     TERMINATE -> true;
                default -> false;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "matter_event_seq")
    @SequenceGenerator(name = "matter_event_seq", sequenceName = "matter_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matter_id", nullable = false)
    private Matter matter;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    private Type type;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "username", nullable = false, length = 32)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after", nullable = false, length = 20)
    private MatterState stateAfter;

    /** Free text for the timeline; never the petitioner's personal data. */
    @Column(name = "detail", length = 2000)
    private String detail;

    protected MatterEvent() {
    }

    MatterEvent(Matter matter, Type type, Instant at, String username, String detail) {
        this.matter = matter;
        this.type = type;
        this.at = at;
        this.username = username;
        this.stateAfter = matter.getState();
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Type getType() {
        return type;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public MatterState getStateAfter() {
        return stateAfter;
    }

    public String getDetail() {
        return detail;
    }
}
