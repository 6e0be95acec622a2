package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.shared.control.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for files attached to a matter: which types are accepted (decided from the bytes,
 * never from the name or the content type a client claims), how large, how many, and what a
 * stored file name may look like.
 */
@ApplicationScoped
public class AttachmentFiles {

    /** A matter's file should stay something a person can read through. */
    public static final int MAX_PER_MATTER = 20;
    public static final int DEFAULT_MAX_MB = 10;
    /** Leaves room in the 120-character column for an extension added to a name without one. */
    public static final int MAX_NAME = 100;

    /** The accepted types, each with its magic bytes and the extensions its files may carry. */
    public enum FileType {
        PDF("application/pdf", "pdf", List.of("pdf")),
        JPEG("image/jpeg", "jpg", List.of("jpg", "jpeg", "jpe", "jfif")),
        PNG("image/png", "png", List.of("png")),
        TIFF("image/tiff", "tif", List.of("tif", "tiff"));

        private final String contentType;
        private final String extension;
        private final List<String> extensions;

        FileType(String contentType, String extension, List<String> extensions) {
            this.contentType = contentType;
            this.extension = extension;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }

        public boolean isImage() {
            return this != PDF;
        }

        public static Optional<FileType> ofContentType(String contentType) {
            for (FileType t : values()) {
                if (t.contentType.equals(contentType)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] TIFF_LE = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BE = {'M', 'M', 0, 42};

    @Inject
    Settings settings;

    /** At most this many bytes a file: PETITION_ATTACHMENT_MAX_MB (or -Dpetition.attachment.max-mb), default 10. */
    public int maxMegabytes() {
        int mb = settings == null ? DEFAULT_MAX_MB : settings.integer("petition.attachment.max-mb", DEFAULT_MAX_MB);
        return mb < 1 ? DEFAULT_MAX_MB : mb;
    }

    public long maxBytes() {
        return maxMegabytes() * 1024L * 1024L;
    }

    /** The file's type from its first bytes, or empty for anything else (HTML, executables, Office files …). */
    public static Optional<FileType> sniff(byte[] data) {
        if (data == null) {
            return Optional.empty();
        }
        if (startsWith(data, PDF_MAGIC)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(data, JPEG_MAGIC)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(data, PNG_MAGIC)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(data, TIFF_LE) || startsWith(data, TIFF_BE)) {
            return Optional.of(FileType.TIFF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A file name fit to store, show and send back in a download: the last path segment only, no
     * control or bidirectional-override characters, none of {@code \/:*?"<>|}, no leading dots,
     * at most {@value #MAX_NAME} characters (the extension kept), and ending in an extension of
     * its real type (a PDF sent as {@code scan.exe} is kept as {@code scan.exe.pdf}).
     */
    public static String sanitizeName(String name, FileType type) {
        String s = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        // browsers of old sent the whole client path; keep its last segment
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
                return;
            }
            int t = Character.getType(c);
            if (t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                    || t == Character.SURROGATE || t == Character.PRIVATE_USE
                    || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR) {
                return;
            }
            if ("\\/:*?\"<>|".indexOf(c) >= 0) {
                b.append('_');
            } else {
                b.appendCodePoint(c);
            }
        });
        s = b.toString().replaceAll(" {2,}", " ").strip();
        while (s.startsWith(".")) {
            s = s.substring(1).strip();
        }
        String ext = extension(s);
        if (ext == null || !type.extensions.contains(ext)) {
            ext = type.extension;
            s = s.isEmpty() ? "attachment" : s;
            s = s.endsWith(".") ? s + ext : s + "." + ext;
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME) {
            String suffix = s.substring(s.length() - ext.length() - 1);
            String stem = s.substring(0, s.length() - suffix.length());
            int keep = MAX_NAME - suffix.length();
            stem = stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length())))).strip();
            s = stem + suffix;
        }
        return s;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
