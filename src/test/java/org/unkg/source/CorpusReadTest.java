package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text in the shared corpus and every seed reads, with the format it is known to be in. The PDFs are read
 * (and compared with their text twins) in {@link PdfTextAgreementTest}.
 */
class CorpusReadTest {
    static final Path SHARED = Path.of("..", "shared");

    /** The seeds are all named .txt; their formats are known from shared/README.md. */
    private static final Map<String, SourceFormat> SEEDS = Map.of(
            "000_53c47aa551a5de29.txt", SourceFormat.TEXT,
            "001_faa796daa4996361.txt", SourceFormat.TEXT,
            "002_146c61c5e406aab9.txt", SourceFormat.MARKDOWN,
            "003_1e1b856c1b555067.txt", SourceFormat.MARKDOWN,
            "004_daac6e5e06228600.txt", SourceFormat.ODS);

    private final SourceReader reader = new SourceReader();

    @TestFactory
    Stream<DynamicTest> everySeedReadsInItsKnownFormat() throws IOException {
        List<Path> seeds = files(SHARED.resolve("seeds"));
        assertEquals(SEEDS.keySet().size(), seeds.size(), "seed count");
        return seeds.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
                () -> assertEquals(SEEDS.get(p.getFileName().toString()), reader.read(p).format())));
    }

    @TestFactory
    Stream<DynamicTest> everyGeneralAssemblyTextReadsAsUtf8Text() throws IOException {
        return corpusTexts("ga", 659);
    }

    @TestFactory
    Stream<DynamicTest> everySecurityCouncilTextReadsAsUtf8Text() throws IOException {
        return corpusTexts("sc", 870);
    }

    private Stream<DynamicTest> corpusTexts(String folder, int expectedCount) throws IOException {
        List<Path> files = files(SHARED.resolve("corpus").resolve(folder));
        assertEquals(expectedCount, files.size(), folder + " file count");
        return files.stream().map(p -> DynamicTest.dynamicTest(folder + "/" + p.getFileName(), () -> {
            SourceText s = reader.read(p);
            assertEquals(SourceFormat.TEXT, s.format());
            assertEquals("UTF-8", s.charset().name());
            assertFalse(s.text().isBlank());
            assertTrue(s.text().equals(Files.readString(p)), "text is the file's UTF-8 content, unchanged");
        }));
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
