package cn.xinfang.petition.web.reception;

import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.reception.boundary.Forms;
import cn.xinfang.petition.reception.boundary.PublicReception;
import cn.xinfang.petition.reception.entity.Views.BookingReceipt;
import cn.xinfang.petition.reception.entity.Views.BookingStatus;
import cn.xinfang.petition.reception.entity.Views.PublicSession;
import cn.xinfang.petition.shared.boundary.BusinessException;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.shared.ClientAddress;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * /public/reception.xhtml: the published schedule of the coming weeks on a phone, booking (约访)
 * with the eligibility explained when a booking cannot help, and a booking found or cancelled
 * with its code. No login. The ID number is posted in the form only, never in a URL.
 */
@Named
@ViewScoped
public class PublicReceptionPage implements Serializable {

    static final String FORM = "bookForm";

    @Inject
    PublicReception reception;


    private List<PublicSession> sessions = List.of();
    private List<ChoiceView> categories;
    private PublicSession chosen;
    private String name;
    private String idNumber;
    private String phone;
    private String subject;
    private String categoryCode;
    private BookingReceipt receipt;
    /** The refusal's key when eligibility sent the petitioner elsewhere (the page offers the lookup then). */
    private String refusal;
    private String code;
    private BookingStatus status;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(Clocks.ZONE);
        sessions = reception.sessions(today, today.plusWeeks(6));
    }

    public void choose(PublicSession s) {
        chosen = s;
        receipt = null;
        refusal = null;
    }

    public void back() {
        chosen = null;
        receipt = null;
        refusal = null;
        init();
    }

    public void book() {
        refusal = null;
        try {
            receipt = reception.book(new Forms.BookingForm(chosen.id(), name, idNumber, phone, subject, categoryCode), address());
            name = idNumber = phone = subject = categoryCode = null;
        } catch (BusinessException e) {
            if (e.key().startsWith("reception.eligibility.")) {
                refusal = e.key();
            }
            Messages.show(FORM, e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void findBooking() {
        status = Messages.call("codeForm", () -> reception.status(code, address())
                .orElseThrow(() -> BusinessException.onField("code", "reception.error.codeUnknown")));
    }

    public void cancelBooking() {
        status = Messages.call("codeForm", () -> reception.cancel(code, address())
                .orElseThrow(() -> BusinessException.onField("code", "reception.error.codeUnknown")));
        if (status != null) {
            Messages.info("reception.public.cancelled");
        }
    }

    static String address() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public List<ChoiceView> getCategories() {
        if (categories == null) {
            categories = reception.categories();
        }
        return categories;
    }

    public boolean isInHandling() {
        return "reception.eligibility.inHandling".equals(refusal);
    }

    public List<PublicSession> getSessions() { return sessions; }
    public PublicSession getChosen() { return chosen; }
    public BookingReceipt getReceipt() { return receipt; }
    public BookingStatus getStatus() { return status; }
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
    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
}
