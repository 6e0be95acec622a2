package cn.xinfang.petition.citizen.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One counted attempt on the public pages, for the abuse limits. Subjects are addresses or hashes, never ID numbers. */
@Entity
@Table(name = "public_attempt")
public class PublicAttempt {

    public enum Kind { SUBMIT_ADDRESS, SUBMIT_PERSON, LOOKUP_FAIL_ADDRESS, LOOKUP_FAIL_NUMBER,
        /** Reception-day bookings on the public page (reception.boundary.PublicReception). */
        BOOK_ADDRESS, BOOK_PERSON, BOOK_CODE_FAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "public_attempt_seq")
    @SequenceGenerator(name = "public_attempt_seq", sequenceName = "public_attempt_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "subject", nullable = false, length = 100)
    private String subject;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    protected PublicAttempt() {
    }

    public PublicAttempt(Kind kind, String subject, Instant at) {
        this.kind = kind;
        // control characters as typed (NUL) cannot be stored by PostgreSQL (found by ApiFuzzIT)
        String clean = subject.replaceAll("\\p{Cntrl}", "\uFFFD");
        this.subject = clean.length() > 100 ? clean.substring(0, 100) : clean;
        this.attemptedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }
}
