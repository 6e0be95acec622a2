package cn.xinfang.petition.web.statistics;

import cn.xinfang.petition.casehandling.entity.LedgerColumn;
import cn.xinfang.petition.casehandling.entity.LedgerReport.Problem;
import cn.xinfang.petition.web.shared.Bundle;

import java.util.Locale;

/** The words of an import report: a problem's message and its column's heading, in the reader's language. */
public final class LedgerMessages {

    private LedgerMessages() {
    }

    /** The problem's message; an argument that names a column is shown as its heading. */
    public static String text(Locale l, Problem p) {
        Object[] args = p.args().stream().map(a -> LedgerColumn.ofKey(a).<Object>map(c -> LedgerFiles.heading(l, c))
                .orElse(a)).toArray();
        return Bundle.text(l, p.key(), args);
    }

    /** The heading of the column named by its key; empty for a problem of the whole row or file. */
    public static String column(Locale l, String key) {
        return key == null ? "" : LedgerColumn.ofKey(key).map(c -> LedgerFiles.heading(l, c)).orElse(key);
    }
}
