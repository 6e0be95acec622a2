package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.MatterSummary;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.reception.boundary.ReceptionDay;
import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.DayForms;
import cn.xinfang.petition.reception.entity.DayViews;
import cn.xinfang.petition.reception.entity.Outcome;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * /reception/day.xhtml?session=…: the reception staff's one screen for the day — check-in by
 * booking code and of walk-ins, the queue with waiting times, 叫号, the record and outcome of the
 * petitioner in conversation, the heads of units attending, closing the day. Every change is
 * pushed to the waiting-room display ({@link DisplaySocket}). Without a session: today's sessions.
 */
@Named
@ViewScoped
public class ReceptionDayPage implements Serializable {

    @Inject
    ReceptionDay reception;

    @Inject
    ReceptionDays days;

    @Inject
    Petitions petitions;

    @Inject
    Units units;

    @Inject
    Clock clock;

    private Long session;
    private DayViews.Day day;
    private List<SessionView> todaySessions = List.of();
    private List<ChoiceView> categories;
    private List<UnitView> unitChoices;

    private String code;
    private int bookedPeople = 1;
    private String name;
    private String idNumber;
    private String phone;
    private String subject;
    private int people = 1;

    private String conversation;
    private String opinion;
    private Outcome outcome;
    private LocalDate resolveBy;
    private String instruction;
    private Long linkMatterId;
    private MatterKind kind = MatterKind.GRIEVANCE;
    private String categoryCode;
    private MatterPurpose purpose = MatterPurpose.DEMAND;
    private Long problemPlaceId;
    private List<MatterSummary> earlier = List.of();
    private Long earlierFor;

    private Long attendeeUnitId;
    private String attendeeName;
    private String attendeePost;

    public void load() {
        if (session == null) {
            LocalDate today = LocalDate.now(clock);
            List<SessionView> s = Messages.call(null, () -> days.sessions(today.minusDays(7), today));
            todaySessions = s == null ? List.of() : s.stream().filter(x -> x.state() != cn.xinfang.petition.reception.entity.SessionState.CANCELLED)
                    .sorted((a, b) -> b.day().compareTo(a.day())).toList();
            return;
        }
        day = Messages.call(null, () -> reception.day(session));
        loadEarlier();
    }

    private boolean apply(String form, Supplier<DayViews.Day> action) {
        DayViews.Day d = Messages.call(form, action);
        if (d == null) {
            return false;
        }
        day = d;
        DayViews.Display display = Messages.call(null, () -> reception.display(session));
        if (display != null) {
            DisplaySocket.push(display);
        }
        loadEarlier();
        return true;
    }

    private void loadEarlier() {
        DayViews.VisitRow v = getCurrent();
        if (v == null) {
            earlier = List.of();
            earlierFor = null;
        } else if (earlierFor == null || earlierFor != v.id()) {
            List<MatterSummary> e = Messages.call(null, () -> reception.earlierMatters(v.id()));
            earlier = e == null ? List.of() : e.stream().filter(m -> m.state().isOpen()).toList();
            earlierFor = v.id();
        }
    }

    public void checkIn() {
        if (apply("checkInForm", () -> reception.checkIn(session, code, bookedPeople))) {
            Messages.info("receptionday.checkedIn");
            code = null;
            bookedPeople = 1;
        }
    }

    public void walkIn() {
        if (apply("walkInForm", () -> reception.walkIn(session, new DayForms.WalkIn(name, idNumber, phone, subject, null, people)))) {
            Messages.info("receptionday.checkedIn");
            name = null;
            idNumber = null;
            phone = null;
            subject = null;
            people = 1;
        }
    }

    public void callNext() {
        apply("queueForm", () -> reception.callNext(session));
    }

    public void call(DayViews.VisitRow v) {
        apply("queueForm", () -> reception.call(v.id(), v.version()));
    }

    public void left(DayViews.VisitRow v) {
        apply("queueForm", () -> reception.left(v.id(), v.version()));
    }

    public void backToQueue(DayViews.VisitRow v) {
        apply("queueForm", () -> reception.backToQueue(v.id(), v.version()));
    }

    public void conclude() {
        DayViews.VisitRow v = getCurrent();
        if (v == null) {
            return;
        }
        if (apply("recordForm", () -> reception.conclude(v.id(), v.version(), new DayForms.Conclusion(conversation, opinion, outcome,
                resolveBy, instruction, linkMatterId, kind, categoryCode, purpose, problemPlaceId)))) {
            Messages.info("receptionday.concluded");
            conversation = null;
            opinion = null;
            outcome = null;
            resolveBy = null;
            instruction = null;
            linkMatterId = null;
            categoryCode = null;
            problemPlaceId = null;
        }
    }

    public void attend() {
        if (apply("attendForm", () -> reception.attend(session, attendeeUnitId, attendeeName, attendeePost))) {
            attendeeUnitId = null;
            attendeeName = null;
            attendeePost = null;
        }
    }

    public void close() {
        if (apply("queueForm", () -> reception.close(session))) {
            Messages.info("receptionday.closed");
        }
    }

    /** The petitioner in conversation whose record is being written (the first called). */
    public DayViews.VisitRow getCurrent() {
        return day == null || day.inConversation().isEmpty() ? null : day.inConversation().get(0);
    }

    public boolean isRunning() {
        return day != null && day.state() == cn.xinfang.petition.reception.entity.SessionState.PUBLISHED;
    }

    public List<ChoiceView> getCategories() {
        if (categories == null) {
            categories = petitions.categories();
        }
        return categories;
    }

    public List<UnitView> getUnitChoices() {
        if (unitChoices == null) {
            unitChoices = units.directory().stream().filter(UnitView::active).toList();
        }
        return unitChoices;
    }

    public List<UnitView> getPlaces() {
        return getUnitChoices().stream().filter(u -> UnitKind.PLACES.contains(u.kind())).toList();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public MatterKind[] getKinds() {
        return MatterKind.values();
    }

    public MatterPurpose[] getPurposes() {
        return MatterPurpose.values();
    }

    public int getScreens() {
        return session == null ? 0 : DisplaySocket.screens(session);
    }

    public Long getSession() { return session; }
    public void setSession(Long session) { this.session = session; }
    public DayViews.Day getDay() { return day; }
    public List<SessionView> getTodaySessions() { return todaySessions; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public int getBookedPeople() { return bookedPeople; }
    public void setBookedPeople(int bookedPeople) { this.bookedPeople = bookedPeople; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public int getPeople() { return people; }
    public void setPeople(int people) { this.people = people; }
    public String getConversation() { return conversation; }
    public void setConversation(String conversation) { this.conversation = conversation; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public LocalDate getResolveBy() { return resolveBy; }
    public void setResolveBy(LocalDate resolveBy) { this.resolveBy = resolveBy; }
    public String getInstruction() { return instruction; }
    public void setInstruction(String instruction) { this.instruction = instruction; }
    public Long getLinkMatterId() { return linkMatterId; }
    public void setLinkMatterId(Long linkMatterId) { this.linkMatterId = linkMatterId; }
    public MatterKind getKind() { return kind; }
    public void setKind(MatterKind kind) { this.kind = kind; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public MatterPurpose getPurpose() { return purpose; }
    public void setPurpose(MatterPurpose purpose) { this.purpose = purpose; }
    public Long getProblemPlaceId() { return problemPlaceId; }
    public void setProblemPlaceId(Long problemPlaceId) { this.problemPlaceId = problemPlaceId; }
    public List<MatterSummary> getEarlier() { return earlier; }
    public Long getAttendeeUnitId() { return attendeeUnitId; }
    public void setAttendeeUnitId(Long attendeeUnitId) { this.attendeeUnitId = attendeeUnitId; }
    public String getAttendeeName() { return attendeeName; }
    public void setAttendeeName(String attendeeName) { this.attendeeName = attendeeName; }
    public String getAttendeePost() { return attendeePost; }
    public void setAttendeePost(String attendeePost) { this.attendeePost = attendeePost; }
}
