package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PDFs: the layout of the text, and every way a PDF can fail to give text. Bad PDFs are made on the fly. */
class SourceReaderPdfTest {
    private static final Path REAL = CorpusReadTest.SHARED.resolve("corpus/pdf/A_RES_78_194.pdf");
    private static final Path FOURTEEN_PAGES = CorpusReadTest.SHARED.resolve("corpus/pdf/A_RES_79_138.pdf");

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    @Test
    void pagesAreSeparatedByFormFeedsAndTheTextEndsWithALineFeed() throws Exception {
        SourceText s = reader.read(FOURTEEN_PAGES);
        assertEquals(14, s.text().split("\f", -1).length);
        assertTrue(s.text().endsWith("\n") && !s.text().endsWith("\f\n"), "no form feed after the last page");
        for (String page : s.text().split("\f")) {
            assertTrue(page.endsWith("\n"), "every page ends its last line");
        }
        assertNull(s.charset());
    }

    @Test
    void runningHeaderStartsTheNextPageAfterTheFormFeed() throws Exception {
        String page2 = reader.read(FOURTEEN_PAGES).text().split("\f")[1];
        assertEquals("A/RES/79/138", page2.lines().findFirst().orElseThrow().strip());
    }

    @Test
    void superscriptFootnoteMarksStayDigitsGluedToTheirWord() throws Exception {
        String text = reader.read(FOURTEEN_PAGES).text();
        assertTrue(text.contains("as well as all relevant \ntreaties,1 and the need"), "footnote 1 after the comma");
        assertTrue(text.contains("Associated Personnel,4 which"), "footnote 4 after the comma");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        A_RES_78_138.pdf | the other internationally agreed development
        A_RES_78_118.pdf | welcomes the determination of the Secretary-
        A_RES_78_270.pdf | overthrowing
        """)
    void justificationNudgesInsideAWordDoNotSplitIt(String pdf, String phrase) throws Exception {
        assertTrue(reader.read(CorpusReadTest.SHARED.resolve("corpus/pdf").resolve(pdf)).text().contains(phrase));
    }

    @Test
    void raisedFootnoteMarkAfterAWordStaysASeparateNumber() throws Exception {
        String text = reader.read(CorpusReadTest.SHARED.resolve("corpus/pdf/A_RES_78_138.pdf")).text();
        assertTrue(text.contains("the 2030 Agenda for Sustainable Development 15 and sustainable"));
    }

    @Test
    void paragraphGapsBecomeBlankLinesAndWrappedLinesDoNot() throws Exception {
        Path pdf = dir.resolve("made.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 700;
                // 10 pt text at a 12 pt pitch, an 18 pt gap between paragraphs, as in UN resolutions
                for (String line : List.of("The General Assembly,", "", "Recalling its resolution 46/182",
                        "of 19 December 1991,", "", "1. Decides to remain seized.")) {
                    if (line.isEmpty()) {
                        y -= 6;
                        continue;
                    }
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(72, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 12;
                }
            }
            doc.save(pdf.toFile());
        }
        assertEquals("The General Assembly,\n\nRecalling its resolution 46/182\nof 19 December 1991,\n\n"
                + "1. Decides to remain seized.\n", reader.read(pdf).text());
    }

    @Test
    void ownerPasswordOnlyEncryptionIsReadLikeTheOriginal() throws Exception {
        Path locked = encrypt(REAL, "");
        assertEquals(reader.read(REAL).text(), reader.read(locked).text());
    }

    @Test
    void userPasswordEncryptionIsRefusedAsEncrypted() throws Exception {
        Path locked = encrypt(REAL, "secret");
        SourceException e = assertThrows(SourceException.class, () -> reader.read(locked));
        assertEquals("the PDF is encrypted", e.getMessage());
    }

    @ParameterizedTest(name = "cut to {0}% of its length")
    @ValueSource(ints = {1, 10, 50, 99})
    void truncatedPdfIsRefusedAsDamagedRatherThanReadInPart(int percent) throws Exception {
        byte[] bytes = Files.readAllBytes(REAL);
        Path cut = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(bytes, bytes.length * percent / 100));
        SourceException e = assertThrows(SourceException.class, () -> reader.read(cut));
        assertEquals("the PDF is damaged: truncated (no %%EOF at the end)", e.getMessage());
    }

    @Test
    void pdfWithGarbageBetweenHeaderAndEndIsRefusedAsDamaged() throws Exception {
        Path bad = Files.write(dir.resolve("bad.pdf"),
                "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        SourceException e = assertThrows(SourceException.class, () -> reader.read(bad));
        assertTrue(e.getMessage().startsWith("the PDF is damaged: "), e.getMessage());
        assertTrue(e.getMessage().length() < 120, "a short reason: " + e.getMessage());
    }

    @Test
    void pdfWithOnlyAnImageHasNoTextLayer() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
            image.getGraphics().drawString("79/138. Safety and security", 10, 50);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(xobject, 72, 500);
            }
            doc.save(scan.toFile());
        }
        SourceException e = assertThrows(SourceException.class, () -> reader.read(scan));
        assertEquals("the PDF has no text layer (scanned image?)", e.getMessage());
    }

    @Test
    void pdfIsRecognisedByContentWhateverItsName() throws Exception {
        Path renamed = Files.copy(REAL, dir.resolve("A_RES_78_194.txt"));
        assertEquals(SourceFormat.PDF, reader.read(renamed).format());
    }

    private Path encrypt(Path source, String userPassword) throws IOException {
        Path out = dir.resolve("locked-" + userPassword.length() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
        return out;
    }
}
