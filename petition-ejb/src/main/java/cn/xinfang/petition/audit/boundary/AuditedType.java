package cn.xinfang.petition.audit.boundary;

/**
 * The kinds of record whose history the administrator can open. Each is the entity that carries
 * {@code @AuditedAs} with the constant's name.
 */
public enum AuditedType {
    UNIT(true),
    USER(true),
    /** Issue categories and channels are identified by their code. */
    CATEGORY(false),
    CHANNEL(false),
    /** A petition matter with its petitioner, co-handling units, appeals, hearings (the pauses) and attachments. */
    MATTER(true),
    /** Reception days: a leader with their leaves; a rotation group; a schedule rule; a session with its swaps and bookings. */
    RECEPTION_LEADER(true),
    RECEPTION_GROUP(true),
    RECEPTION_RULE(true),
    RECEPTION_SESSION(true),
    /** A 值班 shift with its people, swaps and duty log. */
    RECEPTION_DUTY(true),
    /** A 督办 notice (accountability) with its reports. */
    SUPERVISION(true),
    /** A holding of a matter's responsibility chain (首问负责, handovers, the responsible leader). */
    RESPONSIBILITY(true),
    /** A 包案 with its milestones and progress reports. */
    CASE_OWNERSHIP(true),
    /** An accountability case (责任追究) with the people and units concerned. */
    ACCOUNTABILITY_CASE(true);

    private final boolean numericId;

    AuditedType(boolean numericId) {
        this.numericId = numericId;
    }

    /** Records of this type are identified by a number (otherwise by a code). */
    public boolean numericId() {
        return numericId;
    }
}
