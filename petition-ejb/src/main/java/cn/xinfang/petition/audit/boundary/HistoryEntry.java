package cn.xinfang.petition.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One change of a record: who, when, what kind of change, and each field's old and new value. */
public record HistoryEntry(long revision, Instant at, String username, Kind kind, List<FieldChange> changes)
        implements Serializable {

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String field, String before, String after) implements Serializable {
    }
}
