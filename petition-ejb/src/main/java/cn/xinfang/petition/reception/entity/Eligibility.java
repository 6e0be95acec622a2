package cn.xinfang.petition.reception.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who a leader's reception day can help, checked when a booking is made and explained to the
 * petitioner (the county's published booking rules):
 * <ol>
 * <li>a matter of the same subject already terminated (三级终结) is refused, naming the matter
 *     and the day it was terminated;</li>
 * <li>a matter of the same subject accepted and within its handling period (or under review) is
 *     not taken to a leader: the petitioner is told the unit handling it, until when, and
 *     offered the lookup;</li>
 * <li>a subject outside the leader's portfolio is steered to the session of a leader whose
 *     portfolio covers it.</li>
 * </ol>
 * "The same subject": the same top-level issue category (or any matter when the petitioner
 * gives no category). Pure: the boundary gathers the matters through casehandling's boundary.
 */
public final class Eligibility {

    public record OpenMatter(String number, String unitName, String unitPhone, LocalDate due, String categoryCode) {
    }

    public record EndedMatter(String number, LocalDate terminatedOn, String categoryCode) {
    }

    /** A session that would take the subject: its leader and day. */
    public record Alternative(Long sessionId, String leaderName, String leaderPost, LocalDate day) {
    }

    private Eligibility() {
    }

    public static void check(Leader leader, String categoryCode, List<OpenMatter> open, List<EndedMatter> ended,
                             Optional<Alternative> alternative) {
        for (EndedMatter m : ended) {
            if (sameSubject(categoryCode, m.categoryCode())) {
                throw BusinessException.onField("subject", "reception.eligibility.terminated", m.number(),
                        m.terminatedOn() == null ? "" : m.terminatedOn().toString());
            }
        }
        for (OpenMatter m : open) {
            if (sameSubject(categoryCode, m.categoryCode())) {
                throw BusinessException.onField("subject", "reception.eligibility.inHandling", m.number(), m.unitName(),
                        m.due() == null ? "" : m.due().toString(), m.unitPhone() == null ? "" : m.unitPhone());
            }
        }
        if (!leader.covers(categoryCode)) {
            if (alternative.isPresent()) {
                Alternative a = alternative.get();
                throw BusinessException.onField("categoryCode", "reception.eligibility.otherLeader", leader.getName(),
                        a.leaderName(), a.leaderPost(), a.day().toString(), a.sessionId());
            }
            throw BusinessException.onField("categoryCode", "reception.eligibility.outsidePortfolio", leader.getName());
        }
    }

    static boolean sameSubject(String booked, String matter) {
        if (booked == null || booked.isBlank() || matter == null) {
            return true;
        }
        return top(booked).equals(top(matter));
    }

    private static String top(String code) {
        return code.length() <= 2 ? code : code.substring(0, 2);
    }
}
