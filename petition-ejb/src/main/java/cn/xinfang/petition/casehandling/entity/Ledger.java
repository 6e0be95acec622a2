package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A historical ledger as read from its file: the file's name and its rows, each with its line in
 * the file (the header is line 1) and its cells by column, as written (choice columns as codes).
 */
public record Ledger(String fileName, List<Line> lines) implements Serializable {

    public Ledger {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(int line, Map<LedgerColumn, String> cells) implements Serializable {

        public Line {
            cells = cells == null ? Map.of() : Map.copyOf(cells);
        }

        /** The cell stripped, or null when blank. */
        public String get(LedgerColumn c) {
            String v = cells.get(c);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }
}
