package cn.xinfang.petition.it;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Files as petitioners and scanners produce them, and the impostors the product must refuse. */
public final class Samples {

    private Samples() {
    }

    /** A PDF of n pages with "{marker}-k" on page k (ASCII, so that text extraction finds it). */
    public static byte[] pdf(String marker, int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document d = new Document(PageSize.A4);
        PdfWriter.getInstance(d, out);
        d.open();
        for (int i = 1; i <= pages; i++) {
            if (i > 1) {
                d.newPage();
            }
            d.add(new Paragraph(marker + "-" + i));
        }
        d.close();
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(155, 28, 28));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of a Windows executable. */
    public static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[2] = (byte) 0x90;
        return b;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** Starts like a PDF, but is not one. */
    public static byte[] brokenPdf() {
        return "%PDF-1.7\nthis is not really a PDF, it was cut off by the scanner".getBytes(StandardCharsets.US_ASCII);
    }
}
