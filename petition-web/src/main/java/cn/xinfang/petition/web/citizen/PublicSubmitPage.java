package cn.xinfang.petition.web.citizen;

import cn.xinfang.petition.casehandling.boundary.Receipt;
import cn.xinfang.petition.casehandling.entity.ChoiceView;
import cn.xinfang.petition.casehandling.entity.MatterKind;
import cn.xinfang.petition.casehandling.entity.MatterPurpose;
import cn.xinfang.petition.citizen.boundary.OnlineSubmission;
import cn.xinfang.petition.citizen.boundary.PublicPetitions;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import cn.xinfang.petition.web.shared.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.List;

/** /public/submit.xhtml: 网上信访 without login, on a phone or a computer. */
@Named
@ViewScoped
public class PublicSubmitPage implements Serializable {

    static final String FORM = "submitForm";

    @Inject
    PublicPetitions petitions;

    private String name;
    private String idNumber;
    private String phone;
    private String address;
    private Long placeId;
    private MatterKind kind = MatterKind.GRIEVANCE;
    private String categoryCode;
    private MatterPurpose purpose = MatterPurpose.DEMAND;
    private String content;
    private String accusedParty;
    private Long accusedUnitId;
    private String earlierNumber;
    private boolean declaration;
    private Receipt receipt;
    private List<ChoiceView> places;
    private List<ChoiceView> categories;
    private List<ChoiceView> accusableUnits;

    public void submit() {
        OnlineSubmission s = new OnlineSubmission(name, idNumber, phone, address, placeId, kind, categoryCode, purpose,
                content, accusedParty, kind == MatterKind.ACCUSATION ? accusedUnitId : null, earlierNumber, declaration);
        receipt = Messages.call(FORM, () -> petitions.submit(s, clientAddress()));
    }

    static String clientAddress() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    public List<ChoiceView> getPlaces() {
        if (places == null) {
            places = petitions.places();
        }
        return places;
    }

    public List<ChoiceView> getAccusableUnits() {
        if (accusableUnits == null) {
            accusableUnits = petitions.accusableUnits();
        }
        return accusableUnits;
    }

    public Long getAccusedUnitId() { return accusedUnitId; }
    public void setAccusedUnitId(Long accusedUnitId) { this.accusedUnitId = accusedUnitId; }

    public List<ChoiceView> getCategories() {
        if (categories == null) {
            categories = petitions.categories();
        }
        return categories;
    }

    public MatterKind[] getKinds() {
        return MatterKind.values();
    }

    public MatterPurpose[] getPurposes() {
        return MatterPurpose.values();
    }

    public Receipt getReceipt() { return receipt; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public Long getPlaceId() { return placeId; }
    public void setPlaceId(Long placeId) { this.placeId = placeId; }
    public MatterKind getKind() { return kind; }
    public void setKind(MatterKind kind) { this.kind = kind; }
    public String getCategoryCode() { return categoryCode; }
    public void setCategoryCode(String categoryCode) { this.categoryCode = categoryCode; }
    public MatterPurpose getPurpose() { return purpose; }
    public void setPurpose(MatterPurpose purpose) { this.purpose = purpose; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getAccusedParty() { return accusedParty; }
    public void setAccusedParty(String accusedParty) { this.accusedParty = accusedParty; }
    public String getEarlierNumber() { return earlierNumber; }
    public void setEarlierNumber(String earlierNumber) { this.earlierNumber = earlierNumber; }
    public boolean isDeclaration() { return declaration; }
    public void setDeclaration(boolean declaration) { this.declaration = declaration; }
}
