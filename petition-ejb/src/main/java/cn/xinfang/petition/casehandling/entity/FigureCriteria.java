package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The matters behind one statistics figure: the figure's key, the period of receipt (or of the
 * request, for the review figures) {@code from}–{@code to}, the cut-off day {@code asOf} on which
 * states are read, and an optional slice ({@code channel:CODE}, {@code group:VISIT},
 * {@code category:CODE}, {@code handledBy:UNIT_ID}, {@code place:UNIT_ID}) for the cells of the
 * tables by channel, category, unit and township. The matter list filtered by it counts exactly
 * what the figure counts (件/批; a 人次 figure sums the people of the same matters).
 */
public record FigureCriteria(String key, LocalDate from, LocalDate to, LocalDate asOf, String slice) implements Serializable {

    public FigureCriteria withSlice(String s) {
        return new FigureCriteria(key, from, to, asOf, s);
    }

    public FigureCriteria withKey(String k) {
        return new FigureCriteria(k, from, to, asOf, slice);
    }
}
