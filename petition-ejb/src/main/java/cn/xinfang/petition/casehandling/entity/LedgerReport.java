package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What an import of a historical ledger did or would do: per row, the matter it creates (or that
 * the row was imported before), and every problem (line, column, message key and arguments). A
 * real run with any problem creates nothing ({@code committed} false).
 *
 * @param dryRun    whether this was the dry run (nothing is ever kept)
 * @param committed whether the matters were created
 */
public record LedgerReport(String fileName, boolean dryRun, boolean committed, List<Row> rows, List<Problem> problems)
        implements Serializable {

    public LedgerReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** NEW: a matter is (or would be) created; EXISTS: the row's ledger number was imported before. */
    public enum Status { NEW, EXISTS, REFUSED }

    /**
     * @param number  the matter's number (created, or the existing one); null for a refused row and in a dry run
     * @param channel the channel's name (a refused row: as written)
     * @param outcome the acceptance outcome recorded (LedgerColumn.Outcome), or null when undecided
     */
    public record Row(int line, String ledgerNumber, Status status, String number, String receivedOn, String channel,
                      String outcome) implements Serializable {
    }

    /** One problem of a row: {@code column} the ledger column's key (null: the row as a whole). */
    public record Problem(int line, String column, String key, List<String> args) implements Serializable {

        public Problem {
            args = args == null ? List.of() : List.copyOf(args);
        }
    }

    public long count(Status s) {
        return rows.stream().filter(r -> r.status() == s).count();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
