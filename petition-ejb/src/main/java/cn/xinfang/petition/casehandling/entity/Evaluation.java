package cn.xinfang.petition.casehandling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** The petitioner's rating of the reply (评价), once, within the evaluation window. */
@Embeddable
public class Evaluation {

    public static final int MAX_COMMENT = 500;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", length = 20)
    private Rating rating;

    @Column(name = "rating_comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "rated_on")
    private LocalDate ratedOn;

    /** Who recorded a rating given by phone or in person; null when the petitioner rated online. */
    @Column(name = "rated_by", length = 32)
    private String ratedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_via", length = 10)
    private RatingVia via;

    protected Evaluation() {
    }

    void rated(Rating rating, String comment, RatingVia via, LocalDate on, String by) {
        this.rating = rating;
        this.comment = comment;
        this.via = via;
        this.ratedOn = on;
        this.ratedBy = by;
    }

    public boolean isDone() {
        return rating != null;
    }

    public Rating getRating() {
        return rating;
    }

    public String getComment() {
        return comment;
    }

    public LocalDate getRatedOn() {
        return ratedOn;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public RatingVia getVia() {
        return via;
    }
}
