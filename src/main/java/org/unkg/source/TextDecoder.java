package org.unkg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file, deciding the encoding by rule and refusing rather than guessing.
 *
 * <pre>{@code
 * TextDecoder.Decoded d = TextDecoder.decode(bytes);
 * d.text();      // without the byte order mark
 * d.charset();   // UTF-8, UTF-16LE, UTF-16BE or windows-1252
 * }</pre>
 *
 * <p>The rule, in order:
 * <ol>
 * <li>A byte order mark decides: {@code EF BB BF} UTF-8, {@code FF FE} UTF-16LE, {@code FE FF} UTF-16BE. The mark
 *     is dropped, so offset 0 is the first character after it. Bytes that do not decode strictly in the announced
 *     encoding are an error, not a cue to try another.</li>
 * <li>Without a mark, a NUL byte means the file is not text in any encoding unkg reads. If the NULs sit in every
 *     other byte it is UTF-16 without a mark, which is refused by name (its byte order would be a guess);
 *     otherwise it is a binary file.</li>
 * <li>Bytes that decode strictly as UTF-8 are UTF-8.</li>
 * <li>Otherwise the file is Windows-1252 if (a) it holds no well-formed multi-byte UTF-8 sequence, since a file
 *     with both is a UTF-8 file damaged by another encoding and decoding it as Windows-1252 would turn its
 *     good characters into mojibake, and (b) every byte maps to a Windows-1252 character (0x81, 0x8D, 0x8F,
 *     0x90 and 0x9D do not).</li>
 * </ol>
 * Whatever the encoding, the decoded text may hold no control character other than tab, line feed, form feed and
 * carriage return: old word-processor and OCR texts use those four, and any other control character means the
 * encoding was wrong or the file is not text.
 */
final class TextDecoder {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Bytes decoded: the text (byte order mark removed) and the charset used. */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws SourceException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8, "after a UTF-8 byte order mark"),
                    StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE, "after a UTF-16LE byte order mark"),
                    StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE, "after a UTF-16BE byte order mark"),
                    StandardCharsets.UTF_16BE);
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            if (looksLikeUtf16(bytes)) {
                throw new SourceException("invalid text encoding: UTF-16 without a byte order mark");
            }
            throw new SourceException("binary file, not text or PDF");
        }
        String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, StandardCharsets.UTF_8);
        }
        int bad = firstInvalidUtf8(bytes);
        String where = String.format("byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad);
        if (hasMultiByteUtf8(bytes)) {
            throw new SourceException("invalid text encoding: UTF-8 mixed with another encoding (" + where + ")");
        }
        String cp1252 = tryStrict(bytes, WINDOWS_1252);
        if (cp1252 == null) {
            throw new SourceException("invalid text encoding: neither UTF-8 nor Windows-1252 (" + where + ")");
        }
        int control = firstForbiddenControl(cp1252);
        if (control >= 0) {
            throw new SourceException("invalid text encoding: not UTF-8 (" + where
                    + ") and control characters if read as Windows-1252");
        }
        return new Decoded(cp1252, WINDOWS_1252);
    }

    private static Decoded checked(String text, Charset charset) throws SourceException {
        int control = firstForbiddenControl(text);
        if (control >= 0) {
            throw new SourceException(String.format(
                    "invalid text encoding: control character U+%04X at offset %d of the %s text",
                    (int) text.charAt(control), control, charset.name()));
        }
        return new Decoded(text, charset);
    }

    /** Index of the first C0 control other than tab, LF, FF, CR (or DEL), or -1. */
    static int firstForbiddenControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    private static String strict(byte[] bytes, int from, Charset cs, String where) throws SourceException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            throw new SourceException("invalid text encoding: bytes that are not " + cs.name() + " " + where, e);
        }
    }

    private static String tryStrict(byte[] bytes, Charset cs) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * UTF-16 text in Latin script has a NUL in every other byte. Taken as such when at least 90% of the bytes of
     * one parity are NUL and at most 10% of the other parity are.
     */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int pairs = bytes.length / 2;
        if (pairs == 0) {
            return false;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < bytes.length; i += 2) {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }
        return (evenNul >= 0.9 * pairs && oddNul <= 0.1 * pairs)
                || (oddNul >= 0.9 * pairs && evenNul <= 0.1 * pairs);
    }

    /** Offset of the first byte where strict UTF-8 decoding fails (the caller knows it fails somewhere). */
    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder(StandardCharsets.UTF_8).decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    /** Whether the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
    private static boolean hasMultiByteUtf8(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int lead = b[i] & 0xFF;
            int len = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                continue;
            }
            try {
                decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b, i, len));
                return true;
            } catch (CharacterCodingException e) {
                // not a sequence; look further
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
