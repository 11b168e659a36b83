package org.unkg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF with Apache PDFBox, or says in a plain sentence why it cannot.
 *
 * <pre>{@code
 * String text = PdfTextReader.read(Files.readAllBytes(Path.of("A_RES_79_138.pdf")));
 * text.split("\f").length;   // 14 pages
 * }</pre>
 *
 * <p>Decisions:
 * <ul>
 * <li><b>Encryption.</b> A PDF encrypted with only an owner password opens with the empty user password, and its
 *     text is read even when the permissions forbid copying: the permission bits are advisory, anyone can read the
 *     page, and UN resolutions are public documents. A PDF that needs a user password cannot be read at all:
 *     "the PDF is encrypted".</li>
 * <li><b>Truncation.</b> PDFBox repairs what it can and would read the first pages of a cut file without a word
 *     of warning, so a file whose last 1024 bytes hold no {@code %%EOF} is refused as truncated. PDF 32000-1
 *     (annex H) puts the marker there, and every corpus PDF has it.</li>
 * <li><b>Scans.</b> Pages without any text are a scan or an image; OCR is not unkg's business.</li>
 * </ul>
 */
final class PdfTextReader {
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int EOF_WINDOW = 1024;
    private static final int REASON_LENGTH = 80;

    /** The most memory PDFBox may use for a PDF's decoded streams. */
    static final long STREAM_MEMORY = 256L * 1024 * 1024;

    private PdfTextReader() {
    }

    static String read(byte[] bytes) throws SourceException {
        if (!hasEofMarker(bytes)) {
            throw new SourceException("the PDF is damaged: truncated (no %%EOF at the end)");
        }
        // the streams PDFBox decodes are held in memory up to a bound, so a PDF bomb (a huge or deeply packed
        // stream) is refused with a reason instead of taking the heap
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                org.apache.pdfbox.io.MemoryUsageSetting.setupMainMemoryOnly(STREAM_MEMORY).streamCache)) {
            if (doc.getNumberOfPages() == 0) {
                throw new SourceException("the PDF is damaged: it has no pages");
            }
            String text = new PageLineStripper().getText(doc);
            if (text.isBlank()) {
                throw new SourceException("the PDF has no text layer (scanned image?)");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new SourceException("the PDF is encrypted", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports broken structure as IOException and, on some malformed objects, as runtime exceptions.
            throw new SourceException("the PDF is damaged: " + shortReason(e), e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested arrays and dictionaries by recursion: thousands of '[' in a content stream
            // (PdfSourceFuzzTest's deep-nesting.pdf) overflow the stack, which unwinds cleanly to here
            throw new SourceException("the PDF is damaged: objects nested too deeply", e);
        }
    }

    private static boolean hasEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        outer:
        for (int i = bytes.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (bytes[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The first line of the exception's message, shortened, in lower case as the rest of the sentence. */
    private static String shortReason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        m = m.strip().lines().findFirst().orElse(m);
        if (m.length() > REASON_LENGTH) {
            m = m.substring(0, REASON_LENGTH - 1) + "…";
        }
        return m.length() > 1 && Character.isUpperCase(m.charAt(0)) && Character.isLowerCase(m.charAt(1))
                ? Character.toLowerCase(m.charAt(0)) + m.substring(1) : m;
    }
}
