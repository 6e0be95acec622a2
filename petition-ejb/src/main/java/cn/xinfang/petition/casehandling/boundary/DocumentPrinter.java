package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.OfficialDocument;
import cn.xinfang.petition.casehandling.control.PdfWriter;
import cn.xinfang.petition.shared.boundary.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The written notices' PDF layout (GB/T 9704 letterhead, embedded Chinese font) for the features
 * above casehandling, which hand over the texts as a {@link Paper} (the 督办单 of accountability).
 * A character the font lacks is refused with {@code error.document.character}.
 */
@Stateless
@RolesAllowed({Roles.REGISTRAR, Roles.OFFICER, Roles.UNIT_CLERK, Roles.UNIT_LEADER, Roles.COUNTY_LEADER})
public class DocumentPrinter {

    /** The texts of one document; fields are label/value pairs shown as a table after the body. */
    public record Paper(String issuingOrgan, String documentNumber, String title, String addressee, List<String> paragraphs,
                        List<String[]> fields, String signatureOrgan, LocalDate date, String footerNote) implements Serializable {
    }

    @Inject
    PdfWriter writer;

    public byte[] pdf(Paper p) {
        OfficialDocument.Builder b = OfficialDocument.builder(p.title()).issuingOrgan(p.issuingOrgan())
                .documentNumber(p.documentNumber()).addressee(p.addressee()).paragraphs(p.paragraphs())
                .signature(p.signatureOrgan(), p.date()).footerNote(p.footerNote());
        for (String[] f : p.fields()) {
            b.field(f[0], f[1]);
        }
        OfficialDocument doc = b.build();
        return PdfWriter.orRefuse(() -> writer.write(doc));
    }
}
