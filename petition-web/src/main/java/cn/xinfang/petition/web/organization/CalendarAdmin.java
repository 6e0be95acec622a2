package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.shared.boundary.Calendars;
import cn.xinfang.petition.shared.boundary.HolidayView;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.shared.entity.DayKind;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * 系统管理 → 节假日安排: the official holidays and make-up working days every deadline is counted
 * on. When the State Council publishes next year's arrangement, the administrator adds it here.
 */
@Named
@ViewScoped
public class CalendarAdmin implements Serializable {

    @Inject
    Calendars calendars;

    private int year = LocalDate.now(Clocks.ZONE).getYear();
    private List<HolidayView> days = List.of();
    private boolean covered;

    private LocalDate day;
    private DayKind kind = DayKind.OFF;
    private String name;
    private String csv;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        days = calendars.year(year);
        covered = calendars.covers(year);
    }

    public void add() {
        if (Messages.run("dayForm", () -> calendars.save(day, kind, name, null))) {
            Messages.info("calendar.saved");
            day = null;
            name = null;
            load();
        }
    }

    public void delete(HolidayView h) {
        if (Messages.run(null, () -> calendars.delete(h.day(), h.version()))) {
            Messages.info("calendar.deleted");
        }
        load();
    }

    public void importYear() {
        Integer count = Messages.call("importForm", () -> calendars.importYear(year, csv));
        if (count != null) {
            Messages.info("calendar.imported", count, year);
            csv = null;
            load();
        }
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<HolidayView> getDays() {
        return days;
    }

    public boolean isCovered() {
        return covered;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCsv() {
        return csv;
    }

    public void setCsv(String csv) {
        this.csv = csv;
    }
}
