package cn.xinfang.petition.casehandling.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One written notice laid out like a Chinese official document (GB/T 9704): the issuing organ in
 * red over a red rule, the document number, a centred title, the addressee, the body, an
 * optional table of labelled fields, the signature (organ and date) and an optional note.
 * {@link PdfWriter} renders it; every text is printed exactly as given.
 *
 * @param issuingOrgan    发文机关, printed in red at the top; null for pages without a letterhead
 *                        (a registration form or a timeline in the whole file of a matter)
 * @param documentNumber  文号 such as {@code 某信复〔2026〕12号}, or null
 * @param title           标题, for example 信访处理意见书
 * @param addressee       主送 ending in a full-width colon (the constructor adds a missing one), or null
 * @param paragraphs      the body, one string a paragraph (each indented two characters)
 * @param fields          labelled values shown as a table after the body, possibly empty
 * @param sections        numbered parts after the fields, each a heading, paragraphs and a table with
 *                        a header row (a report such as the appraisal's 考核结果通报), possibly empty
 * @param signatureOrgan  落款 organ, or null
 * @param date            成文日期, printed as {@code 2026年11月24日}, or null
 * @param footerNote      a note under the signature (for example the lookup code), or null
 */
public record OfficialDocument(
        String issuingOrgan, String documentNumber, String title, String addressee,
        List<String> paragraphs, List<Field> fields, List<Section> sections,
        String signatureOrgan, LocalDate date, String footerNote) implements Serializable {

    /** One row of the fields table, for example 事项编号 / 331199-2026-000123. */
    public record Field(String label, String value) implements Serializable {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A part of a report: a heading (or null), paragraphs, then a table whose first row is its
     * header ({@code header} empty: no table). {@code widths} are the columns' relative widths
     * (empty: equal); every row has as many cells as the header.
     */
    public record Section(String heading, List<String> paragraphs, List<String> header, List<List<String>> rows,
                          List<Integer> widths) implements Serializable {
        public Section {
            paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
            header = header == null ? List.of() : List.copyOf(header);
            rows = rows == null ? List.of() : rows.stream().map(r -> List.copyOf(r.stream().map(c -> c == null ? "" : c).toList())).toList();
            widths = widths == null ? List.of() : List.copyOf(widths);
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException("a row of " + r.size() + " cells under a header of " + header.size());
                }
            }
            if (!widths.isEmpty() && widths.size() != header.size()) {
                throw new IllegalArgumentException("widths for " + widths.size() + " columns, header of " + header.size());
            }
        }
    }

    public OfficialDocument {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an official document needs a title");
        }
        issuingOrgan = blankToNull(issuingOrgan);
        documentNumber = blankToNull(documentNumber);
        addressee = withColon(blankToNull(addressee));
        signatureOrgan = blankToNull(signatureOrgan);
        footerNote = blankToNull(footerNote);
        // copies: the record is immutable even if the caller keeps changing its lists
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        fields = fields == null ? List.of() : List.copyOf(fields);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** The date as official documents write it: Arabic numerals without leading zeros. */
    public String dateText() {
        return date == null ? null : formatDate(date);
    }

    public static String formatDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String withColon(String addressee) {
        if (addressee == null || addressee.endsWith("：")) {
            return addressee;
        }
        if (addressee.endsWith(":")) {
            return addressee.substring(0, addressee.length() - 1) + "：";
        }
        return addressee + "：";
    }

    /** Reads like the letter from top to bottom. */
    public static final class Builder {

        private final String title;
        private String issuingOrgan;
        private String documentNumber;
        private String addressee;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Field> fields = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private String signatureOrgan;
        private LocalDate date;
        private String footerNote;

        private Builder(String title) {
            this.title = title;
        }

        public Builder issuingOrgan(String organ) {
            this.issuingOrgan = organ;
            return this;
        }

        public Builder documentNumber(String number) {
            this.documentNumber = number;
            return this;
        }

        public Builder addressee(String addressee) {
            this.addressee = addressee;
            return this;
        }

        public Builder paragraph(String paragraph) {
            paragraphs.add(Objects.requireNonNull(paragraph, "paragraph"));
            return this;
        }

        public Builder paragraphs(List<String> more) {
            more.forEach(this::paragraph);
            return this;
        }

        public Builder field(String label, String value) {
            fields.add(new Field(label, value));
            return this;
        }

        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /** The 落款: organ and date. */
        public Builder signature(String organ, LocalDate date) {
            this.signatureOrgan = organ;
            this.date = date;
            return this;
        }

        public Builder footerNote(String note) {
            this.footerNote = note;
            return this;
        }

        public OfficialDocument build() {
            return new OfficialDocument(issuingOrgan, documentNumber, title, addressee,
                    paragraphs, fields, sections, signatureOrgan, date, footerNote);
        }
    }
}
