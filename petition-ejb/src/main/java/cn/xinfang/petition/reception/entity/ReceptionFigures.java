package cn.xinfang.petition.reception.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reception statistics of a period (接访统计), each figure with its definition in the web bundles
 * ({@code receptionday.figure.<key>[.def]}):
 * <ul>
 * <li>{@code receptionSessions}: sessions held (HELD) whose day is in the period;</li>
 * <li>{@code receptionCountyLeaders}, {@code receptionDepartmentLeaders}, {@code receptionTownshipLeaders}:
 *     leaders taking part (人次): each held session counts its receiving leader once, by the leader's level;</li>
 * <li>{@code receptionBatches}: petitioners received (批): visits of those sessions that ended with an outcome;</li>
 * <li>{@code receptionPersons}: the same in persons (人次): the sum of their numbers of people;</li>
 * <li>{@code receptionOnTimeReplyPct} (按时答复率): of the 批示件 of those sessions that are reported back or
 *     whose reply due day has passed, the share reported back by the due day, in % (one decimal, half up);
 *     null when there is none; judged at the end of a day ({@link #isDue}, {@link #isOnTime}: today, or
 *     a past cut-off day, when a report-back after it does not count);</li>
 * <li>{@code receptionResolutionPct} (化解率): of the visits received, the share solved on the spot (当场解决)
 *     or whose 批示件 the unit reported back as resolved, in %.</li>
 * </ul>
 */
public record ReceptionFigures(LocalDate from, LocalDate to, Map<String, Number> figures, Map<Outcome, Long> outcomes,
                               List<LeaderFigures> leaders) implements Serializable {

    public static final List<String> KEYS = List.of("receptionSessions", "receptionCountyLeaders", "receptionDepartmentLeaders",
            "receptionTownshipLeaders", "receptionBatches", "receptionPersons", "receptionOnTimeReplyPct",
            "receptionResolutionPct");

    /**
     * One item behind a figure: a held session, a visit received, or a 批示件 due; {@code people} its
     * number of people (1 for a session), {@code counted} whether it counts in the rate's part.
     */
    public record Item(long id, long sessionId, LocalDate day, String leaderName, LeaderLevel level, String label, Outcome outcome,
                       int people, String matterNumber, LocalDate replyDue, boolean counted) implements Serializable {
    }

    /** One leader's part in the period. */
    public record LeaderFigures(long leaderId, String name, String post, LeaderLevel level, long sessions, long batches,
                                long persons, long instructions) implements Serializable {
    }

    /** The raw counts, and the figures computed from them. */
    public record Counts(long sessions, long county, long department, long township, long batches, long persons,
                         long repliesDue, long repliesOnTime, long resolved) {

        public Map<String, Number> figures() {
            Map<String, Number> m = new LinkedHashMap<>();
            m.put("receptionSessions", sessions);
            m.put("receptionCountyLeaders", county);
            m.put("receptionDepartmentLeaders", department);
            m.put("receptionTownshipLeaders", township);
            m.put("receptionBatches", batches);
            m.put("receptionPersons", persons);
            m.put("receptionOnTimeReplyPct", pct(repliesOnTime, repliesDue));
            m.put("receptionResolutionPct", pct(resolved, batches));
            return m;
        }
    }

    /** A 批示件 counts in 按时答复率 at the end of {@code at}: reported back by then, or its reply-by day passed. */
    public static boolean isDue(LocalDate reportedOn, LocalDate replyDue, LocalDate at) {
        return reportedOn != null && !reportedOn.isAfter(at) || at.isAfter(replyDue);
    }

    /** Reported back by the end of {@code at} and by its reply-by day. */
    public static boolean isOnTime(LocalDate reportedOn, LocalDate replyDue, LocalDate at) {
        return reportedOn != null && !reportedOn.isAfter(at) && !reportedOn.isAfter(replyDue);
    }

    public static BigDecimal pct(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
