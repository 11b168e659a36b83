package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Format from content first, extension only as a tiebreak; and the registry's look-ups. */
class FormatDetectionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        markdownLinksInATxtFileMakeMarkdown      | seed.txt | [A/77/420](#), [46/182](#) and [78/118](#)   | MARKDOWN
        emphasisedVerbsMakeMarkdown              | seed.txt | *Recalling* its resolution; *Decides* to; *Notes* | MARKDOWN
        footnoteMarksMakeMarkdown                | seed.txt | law,[^1] and treaties[^2] of 1949[^3]         | MARKDOWN
        mixedSignalsAddUp                        | x        | see [46/182](#), ^{10} and *Decides*          | MARKDOWN
        escapedParenthesesCount                  | x        | [2175 \\(2014\\)](#) of 29 August             | MARKDOWN
        oneMarkdownLinkIsNotEnoughForATxtFile    | a.txt    | [without reference (A/79/L.32)](#)            | TEXT
        oneMarkdownLinkInAnMdFileIsMarkdown      | a.md     | [without reference (A/79/L.32)](#)            | MARKDOWN
        plainTextNamedMdIsMarkdown               | a.md     | The General Assembly,                          | MARKDOWN
        plainTextWithoutExtensionIsText          | a        | The General Assembly,                          | TEXT
        barcodeAsterisksAreNotEmphasis           | a.txt    | *2423457* *2423458* *2423459* * * *           | TEXT
        footnoteMarkAfterYearIsNotMarkdown       | a.txt    | Adopted at the 1747th meeting by 14 votes 27   | TEXT
        odsTrailerMakesOdsEvenWithMarkdown       | a.md     | <<ODS DOC SYMBOL1>>A/RES/59/153 *Decides* [a](#) [b](#) | ODS
        odsSectionMarkOnTheFirstLineMakesOds     | a.txt    | [DU1]                                          | ODS
        """)
    void formatComesFromContentThenExtension(String behaviour, String name, String text, SourceFormat expected) {
        assertEquals(expected, FormatDetector.textFormat(text, name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        pdfMagicAtTheStart            | %PDF-1.7\\n%âãÏÓ                 | true
        pdfMagicAfterJunkWithin1024   | junk junk %PDF-1.4              | true
        noMagicIsNotPdf               | The General Assembly, %PDF      | false
        """)
    void pdfIsRecognisedByItsMagic(String behaviour, String head, boolean expected) {
        assertEquals(expected, FormatDetector.isPdf(head.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        res.pdf           | PDF
        dir.v2/RES.PDF    | PDF
        notes.markdown    | MARKDOWN
        a/b.md            | MARKDOWN
        a.txt             | TEXT
        a.text            | TEXT
        .md               |
        dir.md/readme     |
        archive.tar.gz    |
        """)
    void extensionRegistryAnswersForFileNames(String name, SourceFormat expected) {
        assertEquals(Optional.ofNullable(expected), SourceFormat.byFileName(name));
    }

    @ParameterizedTest
    @CsvSource({"pdf, PDF", "PDF, PDF", "markdown, MARKDOWN", "ods, ODS", "text, TEXT", "docx, "})
    void labelRegistryAnswersIgnoringCase(String label, SourceFormat expected) {
        assertEquals(Optional.ofNullable(expected), SourceFormat.byLabel(label));
    }
}
