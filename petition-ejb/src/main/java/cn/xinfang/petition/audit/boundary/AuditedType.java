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
    /** A 督办 notice (accountability) with its reports. */
    SUPERVISION(true);

    private final boolean numericId;

    AuditedType(boolean numericId) {
        this.numericId = numericId;
    }

    /** Records of this type are identified by a number (otherwise by a code). */
    public boolean numericId() {
        return numericId;
    }
}
