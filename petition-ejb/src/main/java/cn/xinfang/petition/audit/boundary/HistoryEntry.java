package cn.xinfang.petition.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One change of a record: who, when, what kind of change, and each field's old and new value.
 * {@code part} names the part of the record that changed when it is not the record itself (for a
 * matter: {@code petitioner}, {@code coHandling}, {@code appeal}, {@code hearing},
 * {@code attachment}), {@code partLabel} which one (the co-handling unit, the file name).
 */
public record HistoryEntry(long revision, Instant at, String username, Kind kind, List<FieldChange> changes,
                           String part, String partLabel) implements Serializable {

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    public HistoryEntry(long revision, Instant at, String username, Kind kind, List<FieldChange> changes) {
        this(revision, at, username, kind, changes, null, null);
    }
}
