package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.Outreach;
import cn.xinfang.petition.reception.entity.OutreachViews.CarriedRow;
import cn.xinfang.petition.reception.boundary.ReceptionBookings;
import cn.xinfang.petition.reception.boundary.ReceptionDays;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingView;
import cn.xinfang.petition.reception.entity.Views.ChangeView;
import cn.xinfang.petition.reception.entity.Views.LeaderView;
import cn.xinfang.petition.reception.entity.Views.SessionView;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * /reception/session.xhtml?id=…: one session — its bookings (ID numbers masked), a booking by
 * staff, the swaps and moves with their reasons, cancellation; the matters the leader carries
 * (带案下访) and 约访 invitations of named petitioners.
 */
@Named
@ViewScoped
public class ReceptionSessionPage implements Serializable {

    @Inject
    ReceptionDays days;

    @Inject
    ReceptionBookings bookings;

    @Inject
    cn.xinfang.petition.reception.boundary.PublicReception publicReception;

    @Inject
    Outreach outreach;

    // 带案下访 and 约访
    private List<CarriedRow> carried = List.of();
    private String carryNumber;
    private String carryPurpose;
    private String inviteName;
    private String inviteIdNumber;
    private String invitePhone;
    private String inviteSubject;
    private String inviteMatter;
    private BookingReceipt invitation;


    private Long id;
    private SessionView session;
    private List<BookingView> bookingList = List.of();
    private List<ChangeView> changes = List.of();
    private List<LeaderView> leaders;
    private List<ChoiceView> categories;

    private Long swapLeaderId;
    private String swapReason;
    private boolean swapLate;
    private String moveDay;
    private String moveReason;
    private boolean moveLate;
    private String cancelReason;

    private String name;
    private String idNumber;
    private String phone;
    private String subject;
    private String categoryCode;
    private BookingReceipt receipt;

    public void load() {
        if (id == null) {
            return;
        }
        session = Messages.call(null, () -> days.session(id));
        if (session != null) {
            List<BookingView> b = Messages.call(null, () -> bookings.bookings(id));
            bookingList = b == null ? List.of() : b;
            List<ChangeView> c = Messages.call(null, () -> days.changes(id));
            changes = c == null ? List.of() : c;
            List<CarriedRow> cm = Messages.call(null, () -> outreach.carried(id));
            carried = cm == null ? List.of() : cm;
        }
    }

    /** 带案下访: the leader carries a matter (by its number) to this session. */
    public void carry() {
        if (Messages.call("caseVisitForm", () -> outreach.carry(id, carryNumber, carryPurpose)) != null) {
            Messages.info("reception3.carried.added", carryNumber);
            carryNumber = carryPurpose = null;
            load();
        }
    }

    /** 约访: staff invite a petitioner; the code is shown once to pass on. */
    public void invite() {
        invitation = Messages.call("inviteForm", () -> outreach.invite(id,
                new Forms.InvitationForm(inviteName, inviteIdNumber, invitePhone, inviteSubject, inviteMatter)));
        if (invitation != null) {
            inviteName = inviteIdNumber = invitePhone = inviteSubject = inviteMatter = null;
            load();
        }
    }

    public void swap() {
        if (Messages.call("swapForm", () -> days.swapLeader(id, session.version(), swapLeaderId == null ? -1 : swapLeaderId, swapReason,
                swapLate)) != null) {
            Messages.info("reception.swap.done");
            swapReason = null;
            load();
        }
    }

    public void move() {
        if (Messages.call("moveForm", () -> days.move(id, session.version(), Inputs.date("day", moveDay), moveReason, moveLate)) != null) {
            Messages.info("reception.move.done");
            moveReason = null;
            load();
        }
    }

    public void cancel() {
        if (Messages.call("cancelForm", () -> days.cancel(id, session.version(), cancelReason)) != null) {
            Messages.info("reception.cancel.done");
            load();
        }
    }

    public void book() {
        receipt = Messages.call("bookForm", () -> bookings.book(new Forms.BookingForm(id, name, idNumber, phone, subject, categoryCode)));
        if (receipt != null) {
            name = idNumber = phone = subject = categoryCode = null;
            load();
        }
    }

    public void cancelBooking(BookingView b) {
        if (Messages.call("bookingsForm", () -> bookings.cancel(b.id(), b.version())) != null) {
            Messages.info("reception.booking.cancelled", b.number());
            load();
        }
    }

    public List<LeaderView> getLeaders() {
        if (leaders == null) {
            List<LeaderView> l = Messages.call(null, days::leaders);
            leaders = l == null ? List.of() : l.stream().filter(LeaderView::active).toList();
        }
        return leaders;
    }

    public List<ChoiceView> getCategories() {
        if (categories == null) {
            categories = publicReception.categories();
        }
        return categories;
    }

    public List<CarriedRow> getCarried() { return carried; }
    public BookingReceipt getInvitation() { return invitation; }
    public String getCarryNumber() { return carryNumber; }
    public void setCarryNumber(String v) { carryNumber = v; }
    public String getCarryPurpose() { return carryPurpose; }
    public void setCarryPurpose(String v) { carryPurpose = v; }
    public String getInviteName() { return inviteName; }
    public void setInviteName(String v) { inviteName = v; }
    public String getInviteIdNumber() { return inviteIdNumber; }
    public void setInviteIdNumber(String v) { inviteIdNumber = v; }
    public String getInvitePhone() { return invitePhone; }
    public void setInvitePhone(String v) { invitePhone = v; }
    public String getInviteSubject() { return inviteSubject; }
    public void setInviteSubject(String v) { inviteSubject = v; }
    public String getInviteMatter() { return inviteMatter; }
    public void setInviteMatter(String v) { inviteMatter = v; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SessionView getSession() { return session; }
    public List<BookingView> getBookings() { return bookingList; }
    public List<ChangeView> getChanges() { return changes; }
    public BookingReceipt getReceipt() { return receipt; }
    public Long getSwapLeaderId() { return swapLeaderId; }
    public void setSwapLeaderId(Long v) { swapLeaderId = v; }
    public String getSwapReason() { return swapReason; }
    public void setSwapReason(String v) { swapReason = v; }
    public boolean isSwapLate() { return swapLate; }
    public void setSwapLate(boolean v) { swapLate = v; }
    public String getMoveDay() { return moveDay; }
    public void setMoveDay(String v) { moveDay = v; }
    public String getMoveReason() { return moveReason; }
    public void setMoveReason(String v) { moveReason = v; }
    public boolean isMoveLate() { return moveLate; }
    public void setMoveLate(boolean v) { moveLate = v; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String v) { cancelReason = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String v) { categoryCode = v; }
}
