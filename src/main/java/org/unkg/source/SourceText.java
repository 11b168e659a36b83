package org.unkg.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file as read: its text, decoded, and what format it is in. Every offset unkg reports is a {@code char} index
 * into {@link #text()}.
 *
 * <pre>{@code
 * SourceText s = new SourceReader().read(Path.of("A_RES_79_138.pdf"));
 * s.format();                       // PDF
 * s.text().split("\f").length;      // pages
 * }</pre>
 *
 * <p>The text is the file's characters and nothing else: a byte order mark is not part of it (offset 0 is the
 * first character after the mark), and line endings are kept as they were ({@code \r\n} stays two characters), so
 * an offset can be taken back to the file by re-decoding with {@link #charset()}.
 *
 * @param file    the file as the user named it
 * @param text    the decoded text (for a PDF, the text PDFBox extracted: one line per printed line, a blank line
 *                where the printed text leaves a paragraph gap, pages separated by form feeds {@code \f})
 * @param format  the detected format
 * @param sha256  hex SHA-256 of the file's bytes
 * @param charset the encoding the bytes were decoded with; {@code null} for a PDF, whose text comes from its fonts'
 *                character maps rather than from one byte encoding
 * @param markup  for {@link SourceFormat#AKN}, the parsed markup (text content, offsets, element tree); else null
 */
public record SourceText(String file, String text, SourceFormat format, String sha256, Charset charset,
                         AknDocument markup) {

    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** A source text without markup (every format but {@link SourceFormat#AKN}). */
    public SourceText(String file, String text, SourceFormat format, String sha256, Charset charset) {
        this(file, text, format, sha256, charset, null);
    }

    /**
     * A source text whose charset is implied: UTF-8 for the text formats, none for a PDF. For callers (tests,
     * the server) that build a text they already hold as a string.
     */
    public SourceText(String file, String text, SourceFormat format, String sha256) {
        this(file, text, format, sha256, format == SourceFormat.PDF ? null : StandardCharsets.UTF_8);
    }
}
