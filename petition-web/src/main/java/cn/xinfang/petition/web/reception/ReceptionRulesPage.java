package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.casehandling.boundary.CategoryView;
import cn.xinfang.petition.casehandling.boundary.CodeTables;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.Assignment;
import cn.xinfang.petition.reception.entity.LeaderLevel;
import cn.xinfang.petition.reception.entity.ReceptionForm;
import cn.xinfang.petition.reception.entity.Recurrence;
import cn.xinfang.petition.reception.entity.Recurrence.Frequency;
import cn.xinfang.petition.reception.entity.Recurrence.MonthSet;
import cn.xinfang.petition.reception.entity.Views.ProposedSession;
import cn.xinfang.petition.reception.entity.ShiftRule;
import cn.xinfang.petition.reception.entity.Views.GroupView;
import cn.xinfang.petition.reception.entity.Views.LeaderView;
import cn.xinfang.petition.reception.entity.Views.RuleView;
import cn.xinfang.petition.reception.entity.Views.SchedulePreview;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * /reception/rules.xhtml: the officer keeps the leaders, rotation groups and schedule rules, then
 * previews a year (the sessions the rules make, the conflicts, the leaders left without a
 * session) and generates it. Rules are RFC 5545 RRULEs, filled in as a form (frequency, interval,
 * weekdays, day of the month or n-th weekday, 单月/双月 or chosen months) that writes the RRULE
 * ({@link Recurrence}); the RRULE can still be typed for what the form cannot say. The next dates of
 * a rule are previewed before it is saved.
 */
@Named
@ViewScoped
public class ReceptionRulesPage implements Serializable {

    /** Presets of the rules counties publish; the officer may also type any RRULE. */
    public record Preset(String key, String rrule) implements Serializable {
    }

    static final List<Preset> PRESETS = List.of(new Preset("oddMonths15", "FREQ=MONTHLY;BYMONTH=1,3,5,7,9,11;BYMONTHDAY=15"),
            new Preset("evenMonths15", "FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=15"),
            new Preset("monthly15", "FREQ=MONTHLY;BYMONTHDAY=15"), new Preset("mondays", "FREQ=WEEKLY;BYDAY=MO"),
            new Preset("wednesdays", "FREQ=WEEKLY;BYDAY=WE"), new Preset("workdays", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"));

    @Inject
    ReceptionDays days;

    @Inject
    Units units;

    @Inject
    CodeTables codeTables;

    private List<LeaderView> leaders = List.of();
    private List<GroupView> groups = List.of();
    private List<RuleView> rules = List.of();
    private List<UnitView> unitChoices;
    private List<CategoryView> topCategories;

    // leader form
    private String leaderName;
    private String leaderPost;
    private String leaderPortfolio;
    private List<String> leaderCategories = new ArrayList<>();
    private LeaderLevel leaderLevel = LeaderLevel.COUNTY;
    private Long leaderUnitId;
    private Long leaderLinkedUnitId;
    private String leaderUsername;

    // group form
    private String groupName;
    private Long groupUnitId;
    private List<Long> groupMembers = new ArrayList<>();

    // rule form
    private String ruleName;
    private Long ruleUnitId;
    private String who;
    private Assignment assignment = Assignment.ROTATION;
    private String rrule = PRESETS.get(0).rrule();
    /** The RRULE typed as text instead of the form. */
    private boolean rawRrule;
    private Frequency frequency = Frequency.MONTHLY;
    private int interval = 1;
    /** Names of {@link DayOfWeek} (a select-many gives strings). */
    private List<String> weekdays = new ArrayList<>();
    /** MONTHLY: "DAY" on {@link #monthDay}, "NTH" on the {@link #nth} {@link #nthWeekday}. */
    private String monthlyBy = "DAY";
    private Integer monthDay = 15;
    private Integer nth = 1;
    private DayOfWeek nthWeekday = DayOfWeek.MONDAY;
    private MonthSet monthSet = MonthSet.ODD;
    private List<Integer> chosenMonths = new ArrayList<>();
    private List<ProposedSession> nextDates;
    /** The rule being changed (null: a new one) and its version. */
    private Long editingId;
    private long editingVersion;
    private String validFrom;
    private String validUntil;
    private String startTime = "08:30";
    private String endTime = "12:00";
    private String place;
    private boolean atLinkedUnit;
    private ReceptionForm form = ReceptionForm.FIXED;
    private String portfolio;
    private ShiftRule shift = ShiftRule.NEXT_WORKING_DAY;
    private int capacity = 20;

    // the year
    private int year;
    private SchedulePreview preview;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(Clocks.ZONE);
        year = today.getYear();
        validFrom = LocalDate.of(year, 1, 1).toString();
        load();
    }

    void load() {
        List<LeaderView> l = Messages.call(null, days::leaders);
        leaders = l == null ? List.of() : l;
        List<GroupView> g = Messages.call(null, days::groups);
        groups = g == null ? List.of() : g;
        List<RuleView> r = Messages.call(null, days::rules);
        rules = r == null ? List.of() : r;
    }

    public void addLeader() {
        LeaderView added = Messages.call("leaderForm", () -> days.saveLeader(new Forms.LeaderForm(null, 0, leaderName, leaderPost,
                leaderPortfolio, leaderCategories, leaderLevel, leaderUnitId, leaderLinkedUnitId, leaderUsername, leaders.size() + 1)));
        if (added != null) {
            Messages.info("reception.leader.added", added.name());
            leaderName = leaderPost = leaderPortfolio = leaderUsername = null;
            leaderCategories = new ArrayList<>();
            leaderLinkedUnitId = null;
            load();
        }
    }

    public void addGroup() {
        GroupView added = Messages.call("groupForm", () -> days.saveGroup(new Forms.GroupForm(null, 0, groupName, groupUnitId, groupMembers)));
        if (added != null) {
            Messages.info("reception.group.added", added.name());
            groupName = null;
            groupMembers = new ArrayList<>();
            load();
        }
    }

    public void applyPreset(String key) {
        PRESETS.stream().filter(p -> p.key().equals(key)).findFirst().ifPresent(p -> {
            rrule = p.rrule();
            Recurrence.of(p.rrule()).ifPresent(this::showRecurrence);
        });
        nextDates = null;
    }

    /** Fills the form from a recurrence (a preset, or switching back from the typed RRULE). */
    void showRecurrence(Recurrence r) {
        frequency = r.frequency();
        interval = r.interval();
        monthSet = r.monthSet();
        chosenMonths = new ArrayList<>(r.months());
        if (r.frequency() == Frequency.WEEKLY) {
            weekdays = new ArrayList<>(r.weekdays().stream().map(DayOfWeek::name).toList());
        } else if (r.nth() != null) {
            monthlyBy = "NTH";
            nth = r.nth();
            nthWeekday = r.weekdays().get(0);
        } else {
            monthlyBy = "DAY";
            monthDay = r.monthDay();
        }
    }

    /** Switches between the form and the RRULE as text, carrying the rule across where the form can show it. */
    public void toggleRaw() {
        if (!rawRrule) {
            // to the text: start from what the form says
            String written = Messages.call("ruleForm", () -> formRecurrence().toRrule());
            if (written == null) {
                return;
            }
            rrule = written;
            rawRrule = true;
        } else {
            Recurrence.of(rrule).ifPresent(this::showRecurrence);
            // an RRULE the form cannot show stays as text
            rawRrule = Recurrence.of(rrule).isEmpty();
            if (rawRrule) {
                Messages.info("reception3.rule.notAForm");
            }
        }
        nextDates = null;
    }

    /** The recurrence to save: the form's, or null when the RRULE is typed as text. */
    Recurrence recurrence() {
        return rawRrule ? null : formRecurrence();
    }

    Recurrence formRecurrence() {
        List<Integer> months = Recurrence.months(monthSet, chosenMonths);
        if (frequency == Frequency.WEEKLY) {
            return new Recurrence(Frequency.WEEKLY, interval, weekdays.stream().map(DayOfWeek::valueOf).toList(), null, null, months);
        }
        return "NTH".equals(monthlyBy)
                ? new Recurrence(Frequency.MONTHLY, interval, nthWeekday == null ? List.of() : List.of(nthWeekday), null, nth, months)
                : new Recurrence(Frequency.MONTHLY, interval, List.of(), monthDay, null, months);
    }

    private Forms.RuleForm ruleForm() {
        Long leaderId = who != null && who.startsWith("L") ? Long.valueOf(who.substring(1)) : null;
        Long groupId = who != null && who.startsWith("G") ? Long.valueOf(who.substring(1)) : null;
        return new Forms.RuleForm(editingId, editingVersion, ruleName, ruleUnitId, leaderId, groupId, assignment, rrule,
                Inputs.date("validFrom", validFrom), Inputs.date("validUntil", validUntil), Inputs.time("startTime", startTime),
                Inputs.time("endTime", endTime), place, atLinkedUnit, form, portfolio, shift, capacity, recurrence());
    }

    /** 预览日期: the next ten sessions of the rule as filled in, nothing saved. */
    public void previewRule() {
        nextDates = Messages.call("ruleForm", () -> days.previewRule(ruleForm(), null, 10));
    }

    public void addRule() {
        boolean changing = editingId != null;
        RuleView added = Messages.call("ruleForm", () -> days.saveRule(ruleForm()));
        if (added != null) {
            Messages.info(changing ? "reception3.rule.changed" : "reception.rule.added", added.name());
            clearRule();
            load();
            preview = null;
        }
    }

    /** 修改: the rule back in the form (its recurrence as the form, or as text where the form cannot say it). */
    public void editRule(RuleView r) {
        editingId = r.id();
        editingVersion = r.version();
        ruleName = r.name();
        ruleUnitId = r.unitId();
        who = r.leaderId() != null ? "L" + r.leaderId() : "G" + r.groupId();
        assignment = r.assignment();
        rrule = r.rrule();
        rawRrule = r.recurrence() == null;
        if (r.recurrence() != null) {
            showRecurrence(r.recurrence());
        }
        validFrom = r.validFrom().toString();
        validUntil = r.validUntil() == null ? null : r.validUntil().toString();
        startTime = r.startTime().toString();
        endTime = r.endTime().toString();
        place = r.place();
        atLinkedUnit = r.atLinkedUnit();
        form = r.form();
        portfolio = r.portfolio();
        shift = r.shift();
        capacity = r.capacity();
        nextDates = null;
    }

    public void cancelEdit() {
        clearRule();
    }

    private void clearRule() {
        editingId = null;
        editingVersion = 0;
        ruleName = place = portfolio = null;
        who = null;
        nextDates = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    /** The rule in words (每周一, 单月15日, 每月第一个周一 …), or its RRULE where the form cannot say it. */
    public String describe(RuleView r) {
        return r.recurrence() == null ? r.rrule() : ReceptionTexts.recurrence(cn.xinfang.petition.web.shared.Bundle.currentLocale(), r.recurrence());
    }

    public void toggleRule(RuleView r) {
        if (Messages.call("rulesForm", () -> days.setRuleActive(r.id(), r.version(), !r.active())) != null) {
            load();
            preview = null;
        }
    }

    public void previewYear() {
        preview = Messages.call("yearForm", () -> days.preview(year, null));
    }

    public void generateYear() {
        SchedulePreview saved = Messages.call("yearForm", () -> days.generate(year, null));
        if (saved != null) {
            Messages.info("reception.year.generated", saved.proposed().size(), String.valueOf(year));
            preview = Messages.call("yearForm", () -> days.preview(year, null));
        }
    }

    public List<UnitView> getUnitChoices() {
        if (unitChoices == null) {
            List<UnitView> u = Messages.call(null, units::directory);
            unitChoices = u == null ? List.of() : u.stream().filter(UnitView::active).toList();
        }
        return unitChoices;
    }

    public List<CategoryView> getTopCategories() {
        if (topCategories == null) {
            List<CategoryView> c = Messages.call(null, codeTables::categories);
            topCategories = c == null ? List.of() : c.stream().filter(CategoryView::topLevel).filter(CategoryView::active).toList();
        }
        return topCategories;
    }

    public List<Preset> getPresets() { return PRESETS; }
    public Frequency[] getFrequencies() { return Frequency.values(); }
    public MonthSet[] getMonthSets() { return MonthSet.values(); }
    public DayOfWeek[] getDaysOfWeek() { return DayOfWeek.values(); }
    public List<Integer> getMonthNumbers() { return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12); }
    public List<Integer> getNths() { return List.of(1, 2, 3, 4, -1); }
    public List<ProposedSession> getNextDates() { return nextDates; }
    public boolean isRawRrule() { return rawRrule; }
    public void setRawRrule(boolean v) { rawRrule = v; }
    public Frequency getFrequency() { return frequency; }
    public void setFrequency(Frequency v) { frequency = v; }
    public int getInterval() { return interval; }
    public void setInterval(int v) { interval = v; }
    public List<String> getWeekdays() { return weekdays; }
    public void setWeekdays(List<String> v) { weekdays = v; }
    public String getMonthlyBy() { return monthlyBy; }
    public void setMonthlyBy(String v) { monthlyBy = v; }
    public Integer getMonthDay() { return monthDay; }
    public void setMonthDay(Integer v) { monthDay = v; }
    public Integer getNth() { return nth; }
    public void setNth(Integer v) { nth = v; }
    public DayOfWeek getNthWeekday() { return nthWeekday; }
    public void setNthWeekday(DayOfWeek v) { nthWeekday = v; }
    public MonthSet getMonthSet() { return monthSet; }
    public void setMonthSet(MonthSet v) { monthSet = v; }
    public List<Integer> getChosenMonths() { return chosenMonths; }
    public void setChosenMonths(List<Integer> v) { chosenMonths = v; }
    public LeaderLevel[] getLevels() { return LeaderLevel.values(); }
    public Assignment[] getAssignments() { return Assignment.values(); }
    public ReceptionForm[] getForms() { return ReceptionForm.values(); }
    public ShiftRule[] getShifts() { return ShiftRule.values(); }
    public List<LeaderView> getLeaders() { return leaders; }
    public List<GroupView> getGroups() { return groups; }
    public List<RuleView> getRules() { return rules; }
    public SchedulePreview getPreview() { return preview; }

    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String v) { leaderName = v; }
    public String getLeaderPost() { return leaderPost; }
    public void setLeaderPost(String v) { leaderPost = v; }
    public String getLeaderPortfolio() { return leaderPortfolio; }
    public void setLeaderPortfolio(String v) { leaderPortfolio = v; }
    public List<String> getLeaderCategories() { return leaderCategories; }
    public void setLeaderCategories(List<String> v) { leaderCategories = v; }
    public LeaderLevel getLeaderLevel() { return leaderLevel; }
    public void setLeaderLevel(LeaderLevel v) { leaderLevel = v; }
    public Long getLeaderUnitId() { return leaderUnitId; }
    public void setLeaderUnitId(Long v) { leaderUnitId = v; }
    public Long getLeaderLinkedUnitId() { return leaderLinkedUnitId; }
    public void setLeaderLinkedUnitId(Long v) { leaderLinkedUnitId = v; }
    public String getLeaderUsername() { return leaderUsername; }
    public void setLeaderUsername(String v) { leaderUsername = v; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String v) { groupName = v; }
    public Long getGroupUnitId() { return groupUnitId; }
    public void setGroupUnitId(Long v) { groupUnitId = v; }
    public List<Long> getGroupMembers() { return groupMembers; }
    public void setGroupMembers(List<Long> v) { groupMembers = v; }
    public String getRuleName() { return ruleName; }
    public void setRuleName(String v) { ruleName = v; }
    public Long getRuleUnitId() { return ruleUnitId; }
    public void setRuleUnitId(Long v) { ruleUnitId = v; }
    public String getWho() { return who; }
    public void setWho(String v) { who = v; }
    public Assignment getAssignment() { return assignment; }
    public void setAssignment(Assignment v) { assignment = v; }
    public String getRrule() { return rrule; }
    public void setRrule(String v) { rrule = v; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String v) { validFrom = v; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String v) { validUntil = v; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public boolean isAtLinkedUnit() { return atLinkedUnit; }
    public void setAtLinkedUnit(boolean v) { atLinkedUnit = v; }
    public ReceptionForm getForm() { return form; }
    public void setForm(ReceptionForm v) { form = v; }
    public String getPortfolio() { return portfolio; }
    public void setPortfolio(String v) { portfolio = v; }
    public ShiftRule getShift() { return shift; }
    public void setShift(ShiftRule v) { shift = v; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int v) { capacity = v; }
    public int getYear() { return year; }
    public void setYear(int v) { year = v; }
}
