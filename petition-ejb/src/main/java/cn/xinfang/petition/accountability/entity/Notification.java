package cn.xinfang.petition.accountability.entity;

import cn.xinfang.petition.casehandling.entity.DueClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One notification to one person: the kind and its parameters (the matter by number, the clock
 * and its due day, the 督办 notice), never a sentence and never a petitioner's or an accuser's
 * name. Read by its recipient only.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 32, updatable = false)
    private String recipient;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private NotificationKind kind;

    @Column(name = "matter_id", updatable = false)
    private Long matterId;

    @Column(name = "matter_number", length = 32, updatable = false)
    private String matterNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", length = 24, updatable = false)
    private DueClock clock;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(name = "notice_id", updatable = false)
    private Long noticeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Notification() {
    }

    public Notification(String recipient, long unitId, NotificationKind kind, Long matterId, String matterNumber,
                        DueClock clock, LocalDate dueOn, Long noticeId, Instant createdAt) {
        this.recipient = recipient;
        this.unitId = unitId;
        this.kind = kind;
        this.matterId = matterId;
        this.matterNumber = matterNumber;
        this.clock = clock;
        this.dueOn = dueOn;
        this.noticeId = noticeId;
        this.createdAt = createdAt;
    }

    /** Marks it read (once; reading it again keeps the first time). */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public NotificationView view() {
        return new NotificationView(id, kind, matterId, matterNumber, clock, dueOn, noticeId, createdAt, readAt);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getMatterId() {
        return matterId;
    }

    public String getMatterNumber() {
        return matterNumber;
    }

    public DueClock getClock() {
        return clock;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
