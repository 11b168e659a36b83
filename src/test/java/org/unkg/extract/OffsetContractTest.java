package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unkg.fixtures.Dressing;
import org.unkg.model.Citation;
import org.unkg.model.Extraction;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/**
 * Offsets are a contract: whatever the text, every citation's span lies inside it and gives back the quoted text.
 * Random documents are cut from real resolution lines, shuffled, and dressed as each format dresses them (markdown
 * links and emphasis, superscript marks, tabs, page furniture, CRLF line ends).
 */
class OffsetContractTest {
    private static final List<String> LINES = new ArrayList<>();

    @BeforeAll
    static void collectRealLines() throws IOException {
        for (String f : List.of("seeds/003_1e1b856c1b555067.txt", "seeds/004_daac6e5e06228600.txt",
                "corpus/ga/A_RES_79_138.txt", "corpus/sc/S_RES_244_1967.txt", "corpus/ga/A_RES_78_100.txt")) {
            LINES.addAll(Files.readAllLines(Path.of("..", "shared").resolve(f)));
        }
    }

    static Stream<Long> seeds() {
        return Stream.iterate(1L, s -> s + 1).limit(60);
    }

    @ParameterizedTest(name = "random document {0}")
    @MethodSource("seeds")
    void everySpanLiesInsideTheTextAndGivesBackItsQuote(long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        int n = 20 + r.nextInt(120);
        String eol = r.nextInt(4) == 0 ? "\r\n" : "\n";
        for (int i = 0; i < n; i++) {
            String line = LINES.get(r.nextInt(LINES.size()));
            line = Dressing.randomly(r, line, eol);
            sb.append(line).append(r.nextInt(3) == 0 ? eol + eol : eol);
        }
        String text = sb.toString();
        SourceFormat format = SourceFormat.values()[r.nextInt(3)];
        Extraction x = Extractor.builder().build().extract(new SourceText("random.txt", text, format, "0"));
        for (Citation c : x.citations()) {
            assertTrue(0 <= c.start() && c.start() < c.end() && c.end() <= text.length(), () -> "span " + c);
            assertEquals(text.substring(c.start(), c.end()), c.text(), "quoted text of " + c.target());
        }
    }
}
