package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on the PDF source: whatever the bytes, {@link SourceReader} gives a text or refuses with one of the
 * reasons it documents, never another exception. Inputs that do not start as a PDF get a PDF header, so that the
 * fuzzer spends its time in PDFBox rather than in the text decoder.
 *
 * <pre>{@code
 * mvn test -Dtest=PdfSourceFuzzTest                          # replays the committed inputs (what CI runs)
 * JAZZER_FUZZ=1 mvn test -Dtest=PdfSourceFuzzTest            # fuzzes for maxDuration; a finding is saved
 * }</pre>
 *
 * The committed inputs, in {@code src/test/resources/org/unkg/source/PdfSourceFuzzTestInputs/readPdf/}, are a real
 * resolution PDF, small PDFs written by hand (text, compressed text, no text layer, encrypted, truncated, a
 * compression bomb, deep nesting, a broken cross-reference table, a page tree that contains itself) and the findings
 * of earlier fuzzing runs.
 */
class PdfSourceFuzzTest {
    /** The reasons {@link SourceReader} documents for a PDF. */
    private static final Pattern DOCUMENTED = Pattern.compile("the file is empty|the file has no text"
            + "|binary file, not text or PDF|invalid text encoding: .*|the PDF is encrypted|the PDF is damaged: .*"
            + "|the PDF has no text layer \\(scanned image\\?\\)|the file is .* MB, over the limit of .*",
            Pattern.DOTALL);
    private static final byte[] HEADER = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
    private static final SourceReader READER = new SourceReader();

    @FuzzTest(maxDuration = "5m")
    void readPdf(byte[] input) {
        byte[] bytes = input;
        if (!FormatDetector.isPdf(bytes)) {
            bytes = new byte[HEADER.length + input.length];
            System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
            System.arraycopy(input, 0, bytes, HEADER.length, input.length);
        }
        try {
            SourceText s = READER.read("fuzz.pdf", bytes);
            assertFalse(s.text().isBlank(), "a PDF read has text");
        } catch (SourceException e) {
            assertTrue(DOCUMENTED.matcher(e.getMessage()).matches(), () -> "an undocumented reason: " + e.getMessage());
        }
    }
}
