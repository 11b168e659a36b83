package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text files: how bytes become text, and which bytes are refused and why. Files are written to a temp dir. */
class SourceReaderTextTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String SENTENCE = "Recalling its resolution 46/182, “Réaffirmant” l’été 1991,\n";

    @TempDir
    Path dir;

    private final SourceReader reader = new SourceReader();

    static Stream<Arguments> decodable() {
        return Stream.of(
            Arguments.of("utf8WithoutBomIsUtf8", SENTENCE.getBytes(StandardCharsets.UTF_8), SENTENCE,
                    StandardCharsets.UTF_8),
            Arguments.of("utf8BomIsDroppedSoOffsetZeroIsTheFirstCharacter",
                    concat(bytes(0xEF, 0xBB, 0xBF), SENTENCE.getBytes(StandardCharsets.UTF_8)), SENTENCE,
                    StandardCharsets.UTF_8),
            Arguments.of("utf16LittleEndianWithBomIsDecoded",
                    concat(bytes(0xFF, 0xFE), SENTENCE.getBytes(StandardCharsets.UTF_16LE)), SENTENCE,
                    StandardCharsets.UTF_16LE),
            Arguments.of("utf16BigEndianWithBomIsDecoded",
                    concat(bytes(0xFE, 0xFF), SENTENCE.getBytes(StandardCharsets.UTF_16BE)), SENTENCE,
                    StandardCharsets.UTF_16BE),
            Arguments.of("windows1252QuotesAreDecodedNotReplaced", SENTENCE.getBytes(CP1252), SENTENCE, CP1252),
            Arguments.of("windows1252EuroAndDashesAreDecoded", "€5 – 10 — ok\n".getBytes(CP1252),
                    "€5 – 10 — ok\n", CP1252),
            Arguments.of("crlfLineEndingsAreKeptSoOffsetsMatchTheFile",
                    "a\r\nb\r\n".getBytes(StandardCharsets.UTF_8), "a\r\nb\r\n", StandardCharsets.UTF_8),
            Arguments.of("formFeedBetweenPagesIsText", "page 1\fpage 2".getBytes(StandardCharsets.US_ASCII),
                    "page 1\fpage 2", StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodable")
    void decodes(String behaviour, byte[] bytes, String expectedText, Charset expectedCharset) throws Exception {
        SourceText s = reader.read(write("in.txt", bytes));
        assertEquals(expectedText, s.text());
        assertEquals(expectedCharset, s.charset());
        assertEquals(SourceFormat.TEXT, s.format());
        assertFalse(s.text().contains("\uFFFD"), "no replacement characters");
    }

    static Stream<Arguments> refused() {
        byte[] utf16NoBom = "The General Assembly,\n".getBytes(StandardCharsets.UTF_16LE);
        return Stream.of(
            Arguments.of("emptyFileIsRefused", new byte[0], "the file is empty"),
            Arguments.of("whitespaceOnlyFileHasNoText", " \n\t\r\n\f ".getBytes(StandardCharsets.US_ASCII),
                    "the file has no text"),
            Arguments.of("byteOrderMarkAloneHasNoText", bytes(0xEF, 0xBB, 0xBF), "the file has no text"),
            Arguments.of("nulBytesMakeABinaryFile",
                    bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'),
                    "binary file, not text or PDF"),
            Arguments.of("utf16WithoutBomIsRefusedNotGuessed", utf16NoBom,
                    "invalid text encoding: UTF-16 without a byte order mark"),
            Arguments.of("invalidUtf8ThatIsControlsInWindows1252IsRefused",
                    concat("caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9, 0x01, 0x02, 0x03)),
                    "invalid text encoding: not UTF-8 (byte 0xE9 at offset 3) and control characters if read as"
                            + " Windows-1252"),
            Arguments.of("bytesUndefinedInWindows1252AreRefused",
                    concat("abc ".getBytes(StandardCharsets.US_ASCII), bytes(0x81, 0x8D)),
                    "invalid text encoding: neither UTF-8 nor Windows-1252 (byte 0x81 at offset 4)"),
            Arguments.of("utf8MixedWithWindows1252IsRefusedRatherThanMangled",
                    concat("“quoted” ".getBytes(StandardCharsets.UTF_8), "café".getBytes(CP1252)),
                    "invalid text encoding: UTF-8 mixed with another encoding (byte 0xE9 at offset 16)"),
            Arguments.of("badBytesAfterAUtf8BomAreRefused", bytes(0xEF, 0xBB, 0xBF, 'a', 0xE9, 'b'),
                    "invalid text encoding: bytes that are not UTF-8 after a UTF-8 byte order mark"),
            Arguments.of("controlCharacterInUtf8IsRefused", "bell\u0007 rings".getBytes(StandardCharsets.UTF_8),
                    "invalid text encoding: control character U+0007 at offset 4 of the UTF-8 text"),
            Arguments.of("oddLengthUtf16IsRefused", bytes(0xFF, 0xFE, 'a', 0, 'b'),
                    "invalid text encoding: bytes that are not UTF-16LE after a UTF-16LE byte order mark"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String behaviour, byte[] bytes, String reason) throws Exception {
        Path file = write("in.txt", bytes);
        SourceException e = assertThrows(SourceException.class, () -> reader.read(file));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void missingFileIsReportedWithoutItsName() {
        SourceException e = assertThrows(SourceException.class, () -> reader.read(dir.resolve("nope.txt")));
        assertEquals("no such file", e.getMessage());
    }

    @Test
    void directoryIsReportedAsNotAFile() {
        SourceException e = assertThrows(SourceException.class, () -> reader.read(dir));
        assertEquals("a directory, not a file", e.getMessage());
    }

    @Test
    void sha256IsOfTheBytesIncludingTheBom() throws Exception {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), "x".getBytes(StandardCharsets.UTF_8));
        SourceText s = reader.read(write("bom.txt", withBom));
        // computed outside Java: printf '\xef\xbb\xbfx' | sha256sum
        assertEquals("84144a41283d6dc344addf4e83189d83fdd656439675abf54e6f44ccb73b4eb6", s.sha256());
        assertEquals("x", s.text());
    }

    @Test
    void bytesAndPathGiveTheSameSourceText() throws Exception {
        byte[] bytes = SENTENCE.getBytes(CP1252);
        Path file = write("same.txt", bytes);
        assertEquals(reader.read(file), reader.read(file.toString(), bytes));
    }

    @Test
    void fourArgumentConstructorImpliesUtf8ForTextAndNoCharsetForPdf() {
        assertEquals(StandardCharsets.UTF_8, new SourceText("f", "t", SourceFormat.TEXT, "0").charset());
        assertNull(new SourceText("f", "t", SourceFormat.PDF, "0").charset());
    }

    @Test
    void pdfNamedFileThatIsTextIsReadAsText() throws Exception {
        SourceText s = reader.read(write("fake.pdf", "The General Assembly,\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SourceFormat.TEXT, s.format());
        assertTrue(s.text().startsWith("The General Assembly"));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
