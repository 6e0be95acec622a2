package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.reception.boundary.DutyRosters;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.entity.DutyLogEntry;
import cn.xinfang.petition.reception.entity.DutyShift;
import cn.xinfang.petition.reception.entity.OutreachViews.ShiftView;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * /reception/duty.xhtml: 值班 — the duty roster of a period (holidays, sensitive periods), who is on
 * duty (two where the shift requires it; understaffed shifts are flagged), swaps with their reasons
 * and the duty log of each shift.
 */
@Named
@ViewScoped
public class ReceptionDutyPage implements Serializable {

    @Inject
    DutyRosters rosters;

    private String from;
    private String to;
    private List<ShiftView> shifts = List.of();

    // a new shift
    private String day;
    private String startTime = "08:00";
    private String endTime = "18:00";
    private DutyShift.Period period = DutyShift.Period.HOLIDAY;
    private String occasion;
    private int required = 2;
    private String leaderName;
    private String leaderPost;
    private String leaderPhone;
    private String staffName;
    private String staffPost;
    private String staffPhone;

    // a swap or a log line on the selected shift
    private Long selectedId;
    private Long swapMemberId;
    private String swapName;
    private String swapPost;
    private String swapReason;
    private DutyLogEntry.Kind logKind = DutyLogEntry.Kind.VISIT;
    private String logSummary;
    private String logMatter;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(Clocks.ZONE);
        from = today.toString();
        to = today.plusMonths(2).toString();
        load();
    }

    public void load() {
        List<ShiftView> s = Messages.call("dutyFilter", () -> rosters.shifts(Inputs.date("from", from), Inputs.date("to", to)));
        shifts = s == null ? List.of() : s;
    }

    public void addShift() {
        List<Forms.MemberForm> people = new ArrayList<>();
        if (leaderName != null && !leaderName.isBlank()) {
            people.add(new Forms.MemberForm(leaderName, leaderPost, true, leaderPhone));
        }
        if (staffName != null && !staffName.isBlank()) {
            people.add(new Forms.MemberForm(staffName, staffPost, false, staffPhone));
        }
        ShiftView added = Messages.call("shiftForm", () -> rosters.addShift(new Forms.ShiftForm(null, Inputs.date("day", day),
                Inputs.time("startTime", startTime), Inputs.time("endTime", endTime), period, occasion, required, people)));
        if (added != null) {
            Messages.info("reception3.duty.added", added.day().toString());
            leaderName = leaderPost = leaderPhone = staffName = staffPost = staffPhone = occasion = null;
            load();
        }
    }

    public void select(ShiftView s) {
        selectedId = s.id();
        swapMemberId = null;
        swapName = swapPost = swapReason = logSummary = logMatter = null;
    }

    public ShiftView getSelected() {
        return selectedId == null ? null : shifts.stream().filter(s -> s.id() == selectedId).findFirst().orElse(null);
    }

    public void swap() {
        ShiftView s = getSelected();
        if (s != null && Messages.call("shiftAction", () -> rosters.swap(s.id(), s.version(), swapMemberId == null ? -1 : swapMemberId,
                new Forms.MemberForm(swapName, swapPost, s.members().stream().anyMatch(m -> m.id() == (swapMemberId == null ? -1 : swapMemberId)
                        && m.leader()), null), swapReason)) != null) {
            Messages.info("reception3.duty.swapped");
            swapName = swapPost = swapReason = null;
            load();
        }
    }

    public void log() {
        ShiftView s = getSelected();
        if (s != null && Messages.call("shiftAction", () -> rosters.log(s.id(), logKind, logSummary, logMatter)) != null) {
            Messages.info("reception3.duty.logged");
            logSummary = logMatter = null;
            load();
        }
    }

    public DutyShift.Period[] getPeriods() { return DutyShift.Period.values(); }
    public DutyLogEntry.Kind[] getKinds() { return DutyLogEntry.Kind.values(); }
    public List<ShiftView> getShifts() { return shifts; }
    public String getFrom() { return from; }
    public void setFrom(String v) { from = v; }
    public String getTo() { return to; }
    public void setTo(String v) { to = v; }
    public String getDay() { return day; }
    public void setDay(String v) { day = v; }
    public String getStartTime() { return startTime; }
    public void setStartTime(String v) { startTime = v; }
    public String getEndTime() { return endTime; }
    public void setEndTime(String v) { endTime = v; }
    public DutyShift.Period getPeriod() { return period; }
    public void setPeriod(DutyShift.Period v) { period = v; }
    public String getOccasion() { return occasion; }
    public void setOccasion(String v) { occasion = v; }
    public int getRequired() { return required; }
    public void setRequired(int v) { required = v; }
    public String getLeaderName() { return leaderName; }
    public void setLeaderName(String v) { leaderName = v; }
    public String getLeaderPost() { return leaderPost; }
    public void setLeaderPost(String v) { leaderPost = v; }
    public String getLeaderPhone() { return leaderPhone; }
    public void setLeaderPhone(String v) { leaderPhone = v; }
    public String getStaffName() { return staffName; }
    public void setStaffName(String v) { staffName = v; }
    public String getStaffPost() { return staffPost; }
    public void setStaffPost(String v) { staffPost = v; }
    public String getStaffPhone() { return staffPhone; }
    public void setStaffPhone(String v) { staffPhone = v; }
    public Long getSwapMemberId() { return swapMemberId; }
    public void setSwapMemberId(Long v) { swapMemberId = v; }
    public String getSwapName() { return swapName; }
    public void setSwapName(String v) { swapName = v; }
    public String getSwapPost() { return swapPost; }
    public void setSwapPost(String v) { swapPost = v; }
    public String getSwapReason() { return swapReason; }
    public void setSwapReason(String v) { swapReason = v; }
    public DutyLogEntry.Kind getLogKind() { return logKind; }
    public void setLogKind(DutyLogEntry.Kind v) { logKind = v; }
    public String getLogSummary() { return logSummary; }
    public void setLogSummary(String v) { logSummary = v; }
    public String getLogMatter() { return logMatter; }
    public void setLogMatter(String v) { logMatter = v; }
}
