package cn.xinfang.petition.appraisal.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A 考核细则: the items by which one county scores one group of its units for one year, and the
 * weight of the petition score in the units' composite appraisal. Every change of the items is a
 * new {@link SchemeVersion} (the earlier ones stay); once a run's result is published the scheme
 * is locked ({@link SchemeStatus#PUBLISHED}) and refuses every change.
 */
@Entity
@Table(name = "appraisal_scheme")
@NamedQuery(name = AppraisalScheme.OF_COUNTY, query = "SELECT s FROM AppraisalScheme s WHERE s.countyId = :county"
        + " ORDER BY s.year DESC, s.group")
public class AppraisalScheme {

    public static final String OF_COUNTY = "AppraisalScheme.ofCounty";
    public static final int MAX_ITEMS = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_seq")
    @SequenceGenerator(name = "appraisal_seq", sequenceName = "appraisal_seq", allocationSize = 50)
    private Long id;

    @Column(name = "county_id", nullable = false, updatable = false)
    private long countyId;

    @Column(name = "scheme_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_group", nullable = false, length = 12, updatable = false)
    private UnitGroup group;

    @Column(name = "weight", nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Column(name = "objection_days", nullable = false)
    private int objectionDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private SchemeStatus status = SchemeStatus.DRAFT;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "copied_from_id", updatable = false)
    private Long copiedFromId;

    @Column(name = "created_by", nullable = false, length = 32, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "scheme", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<SchemeVersion> versions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AppraisalScheme() {
    }

    public AppraisalScheme(long countyId, int year, UnitGroup group, BigDecimal weight, int objectionDays, List<ItemForm> items,
                           String by, Instant at, Long copiedFromId) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "appraisal.error.year");
        }
        if (group == null) {
            throw BusinessException.onField("group", "appraisal.error.required", "");
        }
        this.countyId = countyId;
        this.year = year;
        this.group = group;
        this.copiedFromId = copiedFromId;
        this.createdBy = by;
        this.createdAt = at;
        settings(weight, objectionDays);
        revise(items, by, at, null);
    }

    /** The same items for another year, as a new draft scheme (version 1). */
    public AppraisalScheme copyTo(int toYear, String by, Instant at) {
        return new AppraisalScheme(countyId, toYear, group, weight, objectionDays, current().forms(), by, at, id);
    }

    /** Saves the items as the next version; refused once locked, or when the items cannot be scored. */
    public SchemeVersion revise(List<ItemForm> items, String by, Instant at, String note) {
        requireDraft();
        check(items);
        SchemeVersion v = new SchemeVersion(this, versions.size() + 1, items, by, at, note);
        versions.add(v);
        currentVersion = v.getNumber();
        return v;
    }

    public void settings(BigDecimal weight, int objectionDays) {
        requireDraft();
        if (weight == null || weight.signum() < 0 || weight.compareTo(ItemForm.HUNDRED) > 0) {
            throw BusinessException.onField("weight", "appraisal.error.weight");
        }
        if (objectionDays < 1 || objectionDays > 60) {
            throw BusinessException.onField("objectionDays", "appraisal.error.objectionDays");
        }
        this.weight = weight;
        this.objectionDays = objectionDays;
    }

    /** Locks the scheme: its result is published. */
    public void lock() {
        status = SchemeStatus.PUBLISHED;
    }

    public boolean isLocked() {
        return status == SchemeStatus.PUBLISHED;
    }

    public void requireDraft() {
        if (isLocked()) {
            throw new BusinessException("appraisal.error.locked");
        }
    }

    static void check(List<ItemForm> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw BusinessException.onField("items", "appraisal.error.items", MAX_ITEMS);
        }
        Set<String> codes = new HashSet<>();
        for (ItemForm f : items) {
            f.check();
            if (!codes.add(f.code())) {
                throw BusinessException.onField("code", "appraisal.error.duplicateCode", f.code());
            }
        }
    }

    public SchemeVersion current() {
        return version(currentVersion);
    }

    public SchemeVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw BusinessException.onField("version", "appraisal.error.version");
        }
        return versions.get(number - 1);
    }

    public Long getId() {
        return id;
    }

    public long getCountyId() {
        return countyId;
    }

    public int getYear() {
        return year;
    }

    public UnitGroup getGroup() {
        return group;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public int getObjectionDays() {
        return objectionDays;
    }

    public SchemeStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Long getCopiedFromId() {
        return copiedFromId;
    }

    public List<SchemeVersion> getVersions() {
        return versions;
    }

    public long getVersion() {
        return version;
    }
}
