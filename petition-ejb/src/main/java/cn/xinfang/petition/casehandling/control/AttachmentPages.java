package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.entity.AttachmentKind;
import cn.xinfang.petition.shared.control.Clocks;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.ArrayList;

/**
 * The attachments of a matter as pages of its whole file (一案一卷), after the documents: a PDF
 * behind a cover sheet (附件 n with its name, kind, size, uploader and SHA-256) with its pages
 * imported exactly as they are; an image on an A4 page of its own, headed by the line
 * "附件 n：name". A file that cannot be read (damaged, encrypted, an image format the JDK cannot
 * decode, or one that breaks the PDF library) gets a page saying so instead of breaking the whole
 * file.
 */
@ApplicationScoped
public class AttachmentPages {

    private static final Logger LOG = Logger.getLogger(AttachmentPages.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.ZONE);
    private static final float MARGIN = 15 * PdfWriter.MM;
    private static final float CAPTION_SIZE = 12f;
    private static final Map<AttachmentKind, String> KINDS = Map.of(
            AttachmentKind.LETTER, "信件扫描件", AttachmentKind.EVIDENCE, "证据材料",
            AttachmentKind.UNDERTAKING, "息诉罢访承诺书", AttachmentKind.OTHER, "其他");

    /**
     * One attachment to add; its bytes are fetched only when its turn comes, so that the whole
     * file never holds more than one attachment's bytes besides the output.
     */
    public record Item(int number, String fileName, AttachmentKind kind, String contentType, long sizeBytes,
                       String sha256, String uploadedBy, Instant uploadedAt, Supplier<byte[]> data) {
    }

    @Inject
    PdfWriter pdf;

    public AttachmentPages() {
    }

    AttachmentPages(PdfWriter pdf) {
        this.pdf = pdf;
    }

    /** The documents' PDF with every attachment appended, in the order given. */
    public byte[] append(byte[] documents, List<Item> items) {
        if (items.isEmpty()) {
            return documents;
        }
        try {
            PdfReader base = new PdfReader(documents);
            ByteArrayOutputStream out = new ByteArrayOutputStream(documents.length * 2);
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, out);
            copy.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
            Map<String, String> info = base.getInfo();
            document.addTitle(info.getOrDefault("Title", ""));
            document.addSubject(info.getOrDefault("Subject", "") + "、附件");
            document.addAuthor(info.getOrDefault("Author", PdfWriter.CREATOR));
            document.addCreator(PdfWriter.CREATOR);
            copy.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
            document.open();
            addAll(copy, base);
            for (Item item : items) {
                PdfReader part = new PdfReader(pages(item));
                addAll(copy, part);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("could not assemble the whole file", e);
        }
    }

    private static void addAll(PdfCopy copy, PdfReader reader) throws IOException, DocumentException {
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            copy.addPage(copy.getImportedPage(reader, i));
        }
        copy.freeReader(reader);
        reader.close();
    }

    /** The pages of one attachment as a PDF of their own, or the page that says it could not be included. */
    byte[] pages(Item item) {
        try {
            byte[] data = item.data().get();
            AttachmentFiles.FileType type = AttachmentFiles.sniff(data).orElseThrow(() -> new IOException("unknown type"));
            return type == AttachmentFiles.FileType.PDF ? pdfPages(item, data) : imagePages(item, data, type);
        } catch (Exception | StackOverflowError | LinkageError e) {
            // a StackOverflowError too: a page tree that points to itself sends the PDF library
            // round in circles; the stack is unwound by now, and the other attachments follow
            LOG.log(Level.WARNING, "attachment " + item.number() + " (" + item.sha256() + ") not included in the whole file: " + e);
            return pdf.write(cover(item, null)
                    .paragraph("该附件无法并入案卷（文件已损坏、加密或格式无法解析）。原件仍保存在系统中，"
                            + "可在事项页面单独下载，并以上列 SHA-256 值核对其完整性。")
                    .build());
        }
    }

    private byte[] pdfPages(Item item, byte[] data) throws IOException, DocumentException {
        PdfReader reader = new PdfReader(data);
        if (reader.isEncrypted() && !reader.isOpenedWithFullPermissions()) {
            reader.close();
            throw new IOException("encrypted");
        }
        int pages = reader.getNumberOfPages();
        if (pages < 1) {
            reader.close();
            throw new IOException("no pages");
        }
        // assembled apart first: a file that fails half-way leaves nothing in the whole file
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 100_000);
        Document document = new Document();
        PdfCopy copy = new PdfCopy(document, out);
        copy.setPdfVersion(com.lowagie.text.pdf.PdfWriter.VERSION_1_7);
        document.open();
        addAll(copy, new PdfReader(pdf.write(cover(item, pages).build())));
        addAll(copy, reader);
        document.close();
        return out.toByteArray();
    }

    private OfficialDocument.Builder cover(Item item, Integer pages) {
        OfficialDocument.Builder b = OfficialDocument.builder("附件 " + item.number())
                .field("文件名", printable(item.fileName()))
                .field("类别", KINDS.get(item.kind()));
        if (pages != null) {
            b.field("页数", String.valueOf(pages));
        }
        return b.field("文件大小", size(item.sizeBytes()))
                .field("上传", printable(item.uploadedBy()) + "　" + TIME.format(item.uploadedAt()))
                .field("SHA-256", item.sha256());
    }

    private static byte[] imagePages(Item item, byte[] data, AttachmentFiles.FileType type) throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 50_000);
        Document document = new Document(PdfWriter.PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        if (type == AttachmentFiles.FileType.JPEG) {
            // embedded as it is (DCT), no decoding
            Image image = Image.getInstance(data);
            page(document, caption(item, 1, 1), image);
        } else {
            List<BufferedImage> frames = decode(data);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage frame = frames.get(i);
                boolean bilevel = frame.getColorModel().getPixelSize() == 1;
                // bilevel scans (fax-like TIFFs) stay small as CCITT G4
                Image image = Image.getInstance(frame, null, bilevel);
                page(document, caption(item, i + 1, frames.size()), image);
            }
        }
        document.close();
        return out.toByteArray();
    }

    /** PNG, or every page of a TIFF, through the JDK's own readers. */
    private static List<BufferedImage> decode(byte[] data) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int n = reader.getNumImages(true);
                if (n < 1) {
                    throw new IOException("no image");
                }
                List<BufferedImage> frames = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    frames.add(reader.read(i));
                }
                return frames;
            } finally {
                reader.dispose();
            }
        }
    }

    /** One A4 page (landscape for a wide image): the caption line, then the image as large as fits. */
    private static void page(Document document, String caption, Image image) throws DocumentException {
        Rectangle size = image.getWidth() > image.getHeight() ? PdfWriter.PAGE.rotate() : PdfWriter.PAGE;
        document.setPageSize(size);
        if (document.isOpen()) {
            document.newPage();
        } else {
            document.open();
        }
        Paragraph line = new Paragraph(CAPTION_SIZE * 1.5f, PdfWriter.chunk(caption, new Font(PdfWriter.Fonts.REGULAR, CAPTION_SIZE)));
        line.setAlignment(Element.ALIGN_LEFT);
        line.setSpacingAfter(CAPTION_SIZE / 2);
        document.add(line);
        float width = size.getWidth() - 2 * MARGIN;
        float height = size.getHeight() - 2 * MARGIN - 3 * CAPTION_SIZE;
        if (image.getScaledWidth() > width || image.getScaledHeight() > height) {
            image.scaleToFit(width, height);
        }
        image.setAlignment(Image.MIDDLE);
        document.add(image);
    }

    private static String caption(Item item, int page, int pages) {
        return "附件 " + item.number() + "：" + printable(item.fileName()) + "（" + KINDS.get(item.kind())
                + (pages > 1 ? "，第 " + page + "/" + pages + " 页" : "") + "）";
    }

    /** The embedded font covers GB2312 only; a rarer character in a file name is shown as "?". */
    static String printable(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(PdfWriter.Fonts.REGULAR.charExists(c) && PdfWriter.Fonts.BOLD.charExists(c) ? c : '?'));
        return b.toString();
    }

    /** A file size as people read it: 812 B, 35.2 KB, 4.1 MB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
