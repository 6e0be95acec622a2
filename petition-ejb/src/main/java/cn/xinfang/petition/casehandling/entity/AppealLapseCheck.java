package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * The termination job's note that a replied or reviewed matter's appeal window was still open
 * when it last looked, and until which day: the job does not fetch that matter again before the
 * window has ended, unless the matter changed since (its version). Not business data (no history): rewritten by the job alone.
 */
@Entity
@Table(name = "appeal_lapse_check")
public class AppealLapseCheck {

    @Id
    @Column(name = "matter_id")
    private Long matterId;

    @Column(name = "matter_version", nullable = false)
    private long matterVersion;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    protected AppealLapseCheck() {
    }

    public AppealLapseCheck(long matterId, long matterVersion, LocalDate windowEnd) {
        this.matterId = matterId;
        this.matterVersion = matterVersion;
        this.windowEnd = windowEnd;
    }

    public void moveTo(long version, LocalDate end) {
        this.matterVersion = version;
        this.windowEnd = end;
    }

    public LocalDate getWindowEnd() {
        return windowEnd;
    }
}
