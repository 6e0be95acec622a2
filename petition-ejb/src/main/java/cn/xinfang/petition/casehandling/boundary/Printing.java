package cn.xinfang.petition.casehandling.boundary;

import cn.xinfang.petition.casehandling.control.OfficialDocument;
import cn.xinfang.petition.casehandling.control.PdfWriter;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The product's official-document PDF writer (GB/T 9704 layout, embedded Chinese font) for the
 * features above casehandling, which must not reach its controls: a public notice such as the
 * reception-day schedule (公示). Prints exactly the texts given; a character the font lacks is
 * refused with {@code error.document.character}. {@code @PermitAll}: it reads no data.
 */
@Stateless
@PermitAll
public class Printing {

    @Inject
    PdfWriter pdf;

    /** One labelled line of the notice's table. */
    public record Line(String label, String value) implements Serializable {
    }

    public record Notice(String issuingOrgan, String title, List<String> paragraphs, List<Line> lines, String signatureOrgan,
                         LocalDate date, String footerNote) implements Serializable {
    }

    /** A part of a report: a heading, paragraphs and a table under a header row (no header: no table). */
    public record Section(String heading, List<String> paragraphs, List<String> header, List<List<String>> rows, List<Integer> widths)
            implements Serializable {
    }

    /**
     * A report without a letterhead (the appraisal's 考核结果通报): the title, the paragraphs, then the
     * sections with their tables, the date and a note.
     */
    public record Report(String title, List<String> paragraphs, List<Section> sections, String signatureOrgan, LocalDate date,
                         String footerNote) implements Serializable {
    }

    public byte[] print(Report r) {
        OfficialDocument.Builder b = OfficialDocument.builder(r.title())
                .paragraphs(r.paragraphs() == null ? List.of() : r.paragraphs()).signature(r.signatureOrgan(), r.date())
                .footerNote(r.footerNote());
        if (r.sections() != null) {
            r.sections().forEach(s -> b.section(new OfficialDocument.Section(s.heading(), s.paragraphs(), s.header(), s.rows(), s.widths())));
        }
        OfficialDocument doc = b.build();
        return PdfWriter.orRefuse(() -> pdf.write(doc));
    }

    public byte[] print(Notice n) {
        OfficialDocument.Builder b = OfficialDocument.builder(n.title()).issuingOrgan(n.issuingOrgan())
                .paragraphs(n.paragraphs() == null ? List.of() : n.paragraphs()).signature(n.signatureOrgan(), n.date())
                .footerNote(n.footerNote());
        if (n.lines() != null) {
            n.lines().forEach(l -> b.field(l.label(), l.value()));
        }
        OfficialDocument doc = b.build();
        return PdfWriter.orRefuse(() -> pdf.write(doc));
    }
}
