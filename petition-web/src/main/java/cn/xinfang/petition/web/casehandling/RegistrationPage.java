package cn.xinfang.petition.web.casehandling;

import cn.xinfang.petition.casehandling.boundary.EarlierMatters;
import cn.xinfang.petition.casehandling.boundary.Petitions;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.CrossLevel;
import cn.xinfang.petition.casehandling.entity.MatterDetail;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.casehandling.entity.RegistrationForm;
import cn.xinfang.petition.organization.boundary.UnitView;
import cn.xinfang.petition.organization.boundary.Units;
import cn.xinfang.petition.organization.entity.UnitKind;
import cn.xinfang.petition.shared.control.Clocks;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** 信访事项 → 登记: one form for every channel, with the repeat check beside it. */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    static final String FORM = "registerForm";

    @Inject
    Petitions petitions;

    @Inject
    Units units;

    private List<ChoiceView> channels;
    private List<ChoiceView> categories;
    private List<UnitView> places;
    private List<UnitView> allUnits;
    private EarlierMatters earlier = EarlierMatters.NONE;
    private boolean searched;

    private String channelCode;
    private LocalDate receivedOn;
    private String transferLevel;
    private String transferDocument;
    private String petitionerName;
    private String idNumber;
    private String phone;
    private String address;
    private Integer peopleCount = 1;
    private final String[] representatives = new String[5];
    private CrossLevel crossLevel = CrossLevel.NONE;
    private Long problemPlaceId;
    private String content;
    private MatterKind kind;
    private String categoryCode;
    private MatterPurpose purpose;
    private String accusedParty;
    private Long accusedUnitId;
    private String repeatOfNumber = "";

    @PostConstruct
    void init() {
        channels = petitions.channels();
        categories = petitions.categories();
        allUnits = units.directory().stream().filter(UnitView::active).toList();
        places = allUnits.stream().filter(u -> u.kind().isPlace()).toList();
        receivedOn = LocalDate.now(Clocks.ZONE);
    }

    /** The repeat check: the same petitioner's earlier matters, by ID number or by name and phone. */
    public void findEarlier() {
        EarlierMatters found = Messages.call(FORM, () -> petitions.earlierMatters(idNumber, petitionerName, phone));
        earlier = found == null ? EarlierMatters.NONE : found;
        searched = true;
        repeatOfNumber = "";
    }

    public void register() throws IOException {
        List<String> reps = new ArrayList<>();
        if (isCollective()) {
            Arrays.stream(representatives).filter(r -> r != null && !r.isBlank()).forEach(reps::add);
        }
        RegistrationForm form = new RegistrationForm(channelCode, receivedOn, transferLevel, transferDocument,
                petitionerName, idNumber, phone, address, peopleCount == null ? 0 : peopleCount, reps, crossLevel,
                problemPlaceId, content, kind, categoryCode, purpose,
                kind == MatterKind.ACCUSATION ? accusedParty : null, kind == MatterKind.ACCUSATION ? accusedUnitId : null,
                repeatOfNumber == null || repeatOfNumber.isBlank() ? null : repeatOfNumber);
        MatterDetail saved = Messages.call(FORM, () -> petitions.register(form));
        if (saved != null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            Messages.info("matter.registered", saved.summary().number());
            if (saved.followUp().lookupCode() != null) {
                // kept only as a hash: this is the one time it can be shown
                Messages.info("matter.lookupCode.registered", saved.followUp().lookupCode());
            }
            ec.redirect(ec.getRequestContextPath() + "/cases/matter.xhtml?id=" + saved.summary().id());
        }
    }

    public boolean isTransfer() {
        return channels.stream().anyMatch(c -> c.code().equals(channelCode) && c.needsTransfer());
    }

    public boolean isCollective() {
        return peopleCount != null && peopleCount >= 5;
    }

    public boolean isAccusation() {
        return kind == MatterKind.ACCUSATION;
    }

    public List<ChoiceView> getChannels() {
        return channels;
    }

    public List<ChoiceView> getCategories() {
        return categories;
    }

    public List<UnitView> getPlaces() {
        return places;
    }

    public List<UnitView> getAllUnits() {
        return allUnits;
    }

    public EarlierMatters getEarlier() {
        return earlier;
    }

    public boolean isSearched() {
        return searched;
    }

    public MatterKind[] getKinds() {
        return MatterKind.values();
    }

    public MatterPurpose[] getPurposes() {
        return MatterPurpose.values();
    }

    public CrossLevel[] getCrossLevels() {
        return CrossLevel.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(Clocks.ZONE);
    }

    public String[] getRepresentatives() {
        return representatives;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public void setChannelCode(String channelCode) {
        this.channelCode = channelCode;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getTransferLevel() {
        return transferLevel;
    }

    public void setTransferLevel(String transferLevel) {
        this.transferLevel = transferLevel;
    }

    public String getTransferDocument() {
        return transferDocument;
    }

    public void setTransferDocument(String transferDocument) {
        this.transferDocument = transferDocument;
    }

    public String getPetitionerName() {
        return petitionerName;
    }

    public void setPetitionerName(String petitionerName) {
        this.petitionerName = petitionerName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getPeopleCount() {
        return peopleCount;
    }

    public void setPeopleCount(Integer peopleCount) {
        this.peopleCount = peopleCount;
    }

    public CrossLevel getCrossLevel() {
        return crossLevel;
    }

    public void setCrossLevel(CrossLevel crossLevel) {
        this.crossLevel = crossLevel;
    }

    public Long getProblemPlaceId() {
        return problemPlaceId;
    }

    public void setProblemPlaceId(Long problemPlaceId) {
        this.problemPlaceId = problemPlaceId;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public MatterKind getKind() {
        return kind;
    }

    public void setKind(MatterKind kind) {
        this.kind = kind;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public MatterPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(MatterPurpose purpose) {
        this.purpose = purpose;
    }

    public String getAccusedParty() {
        return accusedParty;
    }

    public void setAccusedParty(String accusedParty) {
        this.accusedParty = accusedParty;
    }

    public Long getAccusedUnitId() {
        return accusedUnitId;
    }

    public void setAccusedUnitId(Long accusedUnitId) {
        this.accusedUnitId = accusedUnitId;
    }

    public String getRepeatOfNumber() {
        return repeatOfNumber;
    }

    public void setRepeatOfNumber(String repeatOfNumber) {
        this.repeatOfNumber = repeatOfNumber;
    }
}
