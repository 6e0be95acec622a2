package cn.xinfang.petition.web.citizen;

import cn.xinfang.petition.casehandling.entity.DocumentKind;
import cn.xinfang.petition.casehandling.entity.Rating;
import cn.xinfang.petition.citizen.boundary.PublicMatter;
import cn.xinfang.petition.citizen.boundary.PublicPetitions;
import cn.xinfang.petition.web.shared.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/** /public/lookup.xhtml: follow a matter with its number and lookup code, download its documents, rate the reply. */
@Named
@ViewScoped
public class PublicLookupPage implements Serializable {

    static final String FORM = "lookupForm";

    @Inject
    PublicPetitions petitions;

    private String number;
    private String code;
    private PublicMatter matter;
    private Rating rating;
    private String comment;

    public void lookup() {
        matter = Messages.call(FORM, () -> petitions.lookup(number, code, PublicSubmitPage.clientAddress()));
    }

    public void evaluate() {
        PublicMatter rated = Messages.call("rateForm", () -> petitions.evaluate(number, code, rating, comment,
                PublicSubmitPage.clientAddress()));
        if (rated != null) {
            matter = rated;
            Messages.info("public.thanks");
        }
    }

    public void download(DocumentKind kind) throws IOException {
        byte[] pdf = Messages.call(FORM, () -> petitions.document(number, code, kind, PublicSubmitPage.clientAddress()));
        if (pdf == null) {
            return;
        }
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("application/pdf");
        ec.setResponseContentLength(pdf.length);
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"" + kind.name().toLowerCase() + ".pdf\"");
        ec.setResponseHeader("Cache-Control", "no-store");
        ec.getResponseOutputStream().write(pdf);
        fc.responseComplete();
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public PublicMatter getMatter() { return matter; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Rating getRating() { return rating; }
    public void setRating(Rating rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
