package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One date of the official public-holiday arrangement (国务院办公厅节假日安排): a day off inside a
 * holiday period, or a weekend day that is a make-up working day (调休上班). Dates not listed
 * follow the week: Monday to Friday work, Saturday and Sunday off.
 */
@Entity
@Table(name = "holiday_date")
@Audited
@NamedQuery(name = HolidayDate.BETWEEN, query = "SELECT h FROM HolidayDate h WHERE h.day BETWEEN :from AND :to ORDER BY h.day")
@NamedQuery(name = HolidayDate.ALL, query = "SELECT h FROM HolidayDate h ORDER BY h.day")
public class HolidayDate implements Auditable {

    public static final String BETWEEN = "HolidayDate.between";
    public static final String ALL = "HolidayDate.all";
    public static final int NAME_LENGTH = 40;

    // DAY is a keyword in H2 (not in PostgreSQL): quoted here and in the migration so both accept it
    @Id
    @Column(name = "holiday_on", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 4)
    private DayKind kind;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HolidayDate() {
    }

    public HolidayDate(LocalDate day, DayKind kind, String name) {
        if (day == null) {
            throw BusinessException.onField("day", "error.required");
        }
        this.day = day;
        change(kind, name);
    }

    /** Re-classifies the date or renames its holiday; the date itself is the identity and never changes. */
    public void change(DayKind kind, String name) {
        String n = requireName(name);
        DayKind k = requireKind(kind, day);
        this.kind = k;
        this.name = n;
    }

    private static DayKind requireKind(DayKind kind, LocalDate day) {
        if (kind == null) {
            throw BusinessException.onField("kind", "error.required");
        }
        // a make-up working day only makes sense on a weekend: weekdays are working days anyway
        if (kind == DayKind.WORK && !isWeekend(day)) {
            throw BusinessException.onField("kind", "error.calendar.workdayNotWeekend");
        }
        return kind;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw BusinessException.onField("name", "error.required");
        }
        if (name.strip().length() > NAME_LENGTH) {
            throw BusinessException.onField("name", "error.tooLong");
        }
        return name.strip();
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", kind == null ? null : kind.name());
        m.put("name", name);
        return m;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof HolidayDate other)) {
            return false;
        }
        return day != null && day.equals(other.getDay());
    }

    @Override
    public int hashCode() {
        return HolidayDate.class.hashCode();
    }
}
