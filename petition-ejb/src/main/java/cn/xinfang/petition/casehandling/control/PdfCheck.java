package cn.xinfang.petition.casehandling.control;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRIndirectReference;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads an uploaded PDF the way the whole file will, before it is accepted, so that a file that
 * would break the PDF library (a page tree that points to itself overflowed the stack of the
 * request, and answered 500 for the whole file ever after) is refused at the door. The work runs
 * in a thread of its own with a bounded stack and a time limit; the page tree is walked here with
 * a depth limit and a set of visited nodes. A file that is merely damaged (no valid structure at
 * all) is no danger: it is kept as before and gets a page saying so in the whole file.
 */
public final class PdfCheck {

    /** The verdict on one file. */
    public enum Verdict {
        /** Readable, or damaged in a way the library reports as such. */
        ACCEPTABLE,
        /** Loops, too deep, too slow or crashes the library: refuse it. */
        HARMFUL
    }

    static final int MAX_DEPTH = 32;
    static final int MAX_PAGES = 5000;
    static final long TIMEOUT_SECONDS = 20;
    /** Ample for any sane page tree, small enough to overflow quickly on a loop. */
    static final long STACK_BYTES = 2L * 1024 * 1024;

    private PdfCheck() {
    }

    public static Verdict check(byte[] data) {
        CompletableFuture<Verdict> result = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.complete(inspect(data));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "pdf-check", STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return Verdict.HARMFUL;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.HARMFUL;
        } catch (ExecutionException e) {
            // IOException: damaged, but the library says so itself; anything else (a
            // StackOverflowError, an OutOfMemoryError, a RuntimeException) means danger
            return e.getCause() instanceof IOException ? Verdict.ACCEPTABLE : Verdict.HARMFUL;
        }
    }

    private static Verdict inspect(byte[] data) throws Exception {
        PdfReader reader = new PdfReader(data);
        try {
            PdfDictionary catalog = reader.getCatalog();
            PdfObject root = catalog == null ? null : catalog.get(PdfName.PAGES);
            if (!walk(reader, root, 0, new HashSet<>(), new int[1])) {
                return Verdict.HARMFUL;
            }
            if (reader.isEncrypted() && !reader.isOpenedWithFullPermissions()) {
                return Verdict.ACCEPTABLE; // not importable; the whole file says so
            }
            // import every page as the whole file will, into nowhere
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, OutputStream.nullOutputStream());
            document.open();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                copy.addPage(copy.getImportedPage(reader, i));
            }
            copy.freeReader(reader);
            document.close();
            return Verdict.ACCEPTABLE;
        } finally {
            reader.close();
        }
    }

    /** False for a page tree that loops, nests deeper than {@value #MAX_DEPTH} or has too many pages. */
    static boolean walk(PdfReader reader, PdfObject node, int depth, Set<String> visited, int[] pages) {
        if (node == null) {
            return true;
        }
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (node.isIndirect()) {
            PdfIndirectReference ref = (PdfIndirectReference) node;
            if (!visited.add(ref.getNumber() + " " + ref.getGeneration())) {
                return false;
            }
            node = node instanceof PRIndirectReference pr ? PdfReader.getPdfObjectRelease(pr) : PdfReader.getPdfObject(node);
        }
        if (node == null || !node.isDictionary()) {
            return true;
        }
        PdfDictionary dict = (PdfDictionary) node;
        if (PdfName.PAGE.equals(dict.get(PdfName.TYPE))) {
            return ++pages[0] <= MAX_PAGES;
        }
        PdfObject kids = PdfReader.getPdfObjectRelease(dict.get(PdfName.KIDS));
        if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (!walk(reader, array.getPdfObject(i), depth + 1, visited, pages)) {
                    return false;
                }
            }
        }
        return true;
    }
}
