package cn.xinfang.petition.appraisal.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One saved state of a scheme's items: every change of a scheme is kept as a new version. */
@Entity
@Table(name = "appraisal_scheme_version")
public class SchemeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
    private AppraisalScheme scheme;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "saved_by", nullable = false, length = 32, updatable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "note", length = 500, updatable = false)
    private String note;

    @OneToMany(mappedBy = "schemeVersion", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AppraisalItem> items = new ArrayList<>();

    protected SchemeVersion() {
    }

    SchemeVersion(AppraisalScheme scheme, int number, List<ItemForm> forms, String savedBy, Instant savedAt, String note) {
        this.scheme = scheme;
        this.number = number;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
        for (ItemForm f : forms) {
            items.add(new AppraisalItem(this, items.size() + 1, f));
        }
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }

    public List<AppraisalItem> getItems() {
        return items;
    }

    public List<ItemForm> forms() {
        return items.stream().map(AppraisalItem::form).toList();
    }
}
