package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.unkg.model.Citation;
import org.unkg.model.Extraction;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer on the text pipeline (normalize, segment, recognize, resolve): whatever the text, extraction ends without
 * an exception (it documents none), and every citation's span lies inside the text and gives back its quoted
 * string. The input's first byte picks the format (its value modulo 3: text, markdown, ODS dump; the seeds start
 * with '0', '1' or '2'), the rest is the text in UTF-8.
 *
 * <pre>{@code
 * mvn test -Dtest=TextPipelineFuzzTest                       # replays the committed inputs (what CI runs)
 * JAZZER_FUZZ=1 mvn test -Dtest=TextPipelineFuzzTest         # fuzzes for maxDuration; a finding is saved
 * }</pre>
 *
 * The committed inputs, in {@code src/test/resources/org/unkg/extract/TextPipelineFuzzTestInputs/extractFromText/},
 * are real resolution passages, hostile texts and the findings of earlier fuzzing runs.
 */
class TextPipelineFuzzTest {
    private static final SourceFormat[] FORMATS = {SourceFormat.TEXT, SourceFormat.MARKDOWN, SourceFormat.ODS};
    /** Far above any resolution; a longer input only slows the fuzzer down. */
    private static final int MAX_BYTES = 256 * 1024;
    private static final Extractor EXTRACTOR = Extractor.builder().threads(1).build();

    @FuzzTest(maxDuration = "5m")
    void extractFromText(byte[] input) {
        if (input.length > MAX_BYTES) {
            return;
        }
        SourceFormat format = FORMATS[input.length == 0 ? 0 : (input[0] & 0xff) % FORMATS.length];
        String text = input.length == 0 ? "" : new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        Extraction x = EXTRACTOR.extract(new SourceText("fuzz.txt", text, format, "0"));
        for (Citation c : x.citations()) {
            assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= text.length(),
                    () -> "span outside the text: " + c);
            assertEquals(text.substring(c.start(), c.end()), c.text(), () -> "quoted text of " + c);
        }
    }
}
