package cn.xinfang.petition.casehandling.control;

import cn.xinfang.petition.casehandling.control.AttachmentFiles.FileType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static cn.xinfang.petition.casehandling.control.AttachmentFiles.sanitizeName;
import static cn.xinfang.petition.casehandling.control.AttachmentFiles.sniff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentFilesTest {

    static byte[] bytes(int... b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = (byte) b[i];
        }
        return r;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void theTypeComesFromTheMagicBytes() {
        assertEquals(Optional.of(FileType.PDF), sniff(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
        assertEquals(Optional.of(FileType.JPEG), sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')));
        assertEquals(Optional.of(FileType.PNG), sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13)));
        assertEquals(Optional.of(FileType.TIFF), sniff(bytes('I', 'I', 42, 0, 8, 0, 0, 0)));
        assertEquals(Optional.of(FileType.TIFF), sniff(bytes('M', 'M', 0, 42, 0, 0, 0, 8)));
        assertEquals("application/pdf", FileType.PDF.contentType());
        assertEquals("image/tiff", FileType.TIFF.contentType());
    }

    @Test
    void everythingElseIsRefusedWhateverItIsCalled() {
        assertEquals(Optional.empty(), sniff(null));
        assertEquals(Optional.empty(), sniff(new byte[0]));
        assertEquals(Optional.empty(), sniff(ascii("%PD")), "too short for the magic");
        assertEquals(Optional.empty(), sniff(ascii("MZ\u0090\u0000\u0003\u0000\u0000\u0000")), "a Windows executable");
        assertEquals(Optional.empty(), sniff(ascii("\u007fELF\u0002\u0001\u0001")), "a Linux executable");
        assertEquals(Optional.empty(), sniff(ascii("<!DOCTYPE html><html><script>alert(1)</script>")));
        assertEquals(Optional.empty(), sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")), "SVG can carry scripts");
        assertEquals(Optional.empty(), sniff(ascii(" %PDF-1.4")), "the magic must come first");
        assertEquals(Optional.empty(), sniff(ascii("PK\u0003\u0004word/document.xml")), "Office files are zips");
        assertEquals(Optional.empty(), sniff(ascii("GIF89a")));
        assertEquals(Optional.empty(), sniff(bytes(0xFF, 0xD8)), "half a JPEG marker");
        assertEquals(Optional.empty(), sniff(bytes('I', 'I', 43, 0)), "BigTIFF is not accepted");
    }

    @Test
    void namesLoseTheirPathsAndControlCharacters() {
        assertEquals("scan.pdf", sanitizeName("C:\\Users\\王\\Desktop\\scan.pdf", FileType.PDF));
        assertEquals("passwd.pdf", sanitizeName("../../etc/passwd.pdf", FileType.PDF));
        assertEquals("来信 2026 .pdf", sanitizeName("来信\t2026\r\n.pdf", FileType.PDF));
        assertEquals("ab.pdf", sanitizeName("a\u0000b.pdf", FileType.PDF));
        // right-to-left override: "invoice‮fdp.exe" would display as invoiceexe.pdf
        assertEquals("invoicefdp.exe.pdf", sanitizeName("invoice\u202Efdp.exe", FileType.PDF));
        assertEquals("a_b_c_.pdf", sanitizeName("a:b*c?.pdf", FileType.PDF));
        assertEquals("x_y__.png", sanitizeName("x\"y<>.png", FileType.PNG));
        assertEquals("htaccess.pdf", sanitizeName(".htaccess", FileType.PDF));
        assertEquals("attachment.pdf", sanitizeName(null, FileType.PDF));
        assertEquals("attachment.jpg", sanitizeName("  ", FileType.JPEG));
        assertEquals("attachment.tif", sanitizeName("/", FileType.TIFF));
    }

    @Test
    void theExtensionFollowsTheRealType() {
        assertEquals("scan.PDF", sanitizeName("scan.PDF", FileType.PDF));
        assertEquals("photo.jpeg", sanitizeName("photo.jpeg", FileType.JPEG));
        assertEquals("photo.pdf.jpg", sanitizeName("photo.pdf", FileType.JPEG), "a JPEG is never stored as .pdf");
        assertEquals("setup.exe.pdf", sanitizeName("setup.exe", FileType.PDF));
        assertEquals("page.html.png", sanitizeName("page.html", FileType.PNG));
        assertEquals("letter.tif", sanitizeName("letter", FileType.TIFF));
        assertEquals("letter.tif", sanitizeName("letter.", FileType.TIFF));
    }

    @Test
    void longNamesAreCutButKeepTheirExtension() {
        String name = sanitizeName("很".repeat(300) + ".pdf", FileType.PDF);
        assertEquals(AttachmentFiles.MAX_NAME, name.length());
        assertTrue(name.endsWith("很.pdf"), name);
        // never half a surrogate pair
        String emoji = sanitizeName("😀".repeat(200) + ".png", FileType.PNG);
        assertEquals(AttachmentFiles.MAX_NAME, emoji.codePointCount(0, emoji.length()), emoji);
        assertTrue(emoji.endsWith("😀.png"), emoji);
        assertTrue(emoji.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE), emoji);
        String cut = sanitizeName("a".repeat(500), FileType.JPEG);
        assertEquals("a".repeat(AttachmentFiles.MAX_NAME - 4) + ".jpg", cut);
        assertTrue(sanitizeName("x".repeat(120) + ".pdf", FileType.PDF).length() <= cn.xinfang.petition.casehandling.entity.Attachment.MAX_FILE_NAME);
    }

    @Test
    void theChecksumIsSha256InHex() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", AttachmentFiles.sha256(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AttachmentFiles.sha256(ascii("abc")));
    }
}
