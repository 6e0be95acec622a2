package cn.xinfang.petition.web.accountability;

import cn.xinfang.petition.accountability.boundary.AccountabilityCases;
import cn.xinfang.petition.accountability.boundary.Responsibilities;
import cn.xinfang.petition.accountability.entity.CaseGround;
import cn.xinfang.petition.accountability.entity.CaseStatus;
import cn.xinfang.petition.accountability.entity.CaseView;
import cn.xinfang.petition.accountability.entity.DecisionForm;
import cn.xinfang.petition.accountability.entity.DecisionKind;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Supplier;

/**
 * /accountability/case.xhtml?id=…: one accountability case with the 倒查 suggestion and the people
 * and units concerned; the bureau opens or dismisses a proposal, adds people, marks who is
 * concerned and records the decision (measure, date, document number). The EJB decides.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    @Inject
    AccountabilityCases cases;

    @Inject
    Responsibilities responsibilities;

    private Long id;
    private CaseView accountabilityCase;
    private CaseGround ground;
    private String facts;
    private String note;
    private String party;
    private DecisionKind decision = DecisionKind.CRITICISM;
    private LocalDate decidedOn;
    private String documentNumber;
    private Map<String, String> staff;

    public void load() {
        if (accountabilityCase == null && id != null) {
            accountabilityCase = Messages.call("caseForm", () -> cases.get(id));
            decidedOn = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            if (accountabilityCase != null) {
                ground = accountabilityCase.ground();
            }
        }
    }

    private void act(Supplier<CaseView> action, String doneKey) {
        CaseView c = Messages.call("actionsForm", action);
        if (c != null) {
            accountabilityCase = c;
            note = null;
            party = null;
            Messages.info(doneKey);
        }
    }

    public void accept() {
        act(() -> cases.accept(id, ground, facts, accountabilityCase.version()), "accountability2.case.accepted");
    }

    public void dismiss() {
        act(() -> cases.dismiss(id, note, accountabilityCase.version()), "accountability2.case.dismissed");
    }

    public void addParty() {
        act(() -> cases.addParty(id, party, null, accountabilityCase.version()), "accountability2.case.partyAdded");
    }

    public void concern(long partyId, boolean concerned) {
        act(() -> cases.concern(id, partyId, concerned, accountabilityCase.version()), "accountability2.case.concernSaved");
    }

    public void decide() {
        act(() -> cases.decide(id, new DecisionForm(decision, decidedOn, documentNumber, note), accountabilityCase.version()),
                "accountability2.case.decided");
    }

    public boolean isOfficer() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("officer");
    }

    public boolean isProposed() {
        return accountabilityCase != null && accountabilityCase.status() == CaseStatus.PROPOSED;
    }

    public boolean isOpen() {
        return accountabilityCase != null && accountabilityCase.status() == CaseStatus.OPEN;
    }

    public Map<String, String> getStaff() {
        if (staff == null) {
            staff = Messages.call(null, responsibilities::staff);
        }
        return staff;
    }

    public CaseGround[] getGrounds() {
        return CaseGround.values();
    }

    public DecisionKind[] getDecisions() {
        return DecisionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseView getAccountabilityCase() {
        return accountabilityCase;
    }

    public CaseGround getGround() {
        return ground;
    }

    public void setGround(CaseGround ground) {
        this.ground = ground;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public DecisionKind getDecision() {
        return decision;
    }

    public void setDecision(DecisionKind decision) {
        this.decision = decision;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }
}
