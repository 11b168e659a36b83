package org.unkg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one file into a {@link SourceText}: decodes text by a fixed rule, extracts a PDF's text layer, and
 * detects the format, or refuses with a plain reason.
 *
 * <pre>{@code
 * SourceText s = new SourceReader().read(Path.of("seeds/003_1e1b856c1b555067.txt"));
 * s.format();    // MARKDOWN, decided by content, not by the .txt name
 * s.charset();   // UTF-8
 * }</pre>
 *
 * <p>The reasons a file is refused ({@link SourceException#getMessage()}): {@code the file is empty},
 * {@code the file has no text}, {@code binary file, not text or PDF}, {@code invalid text encoding: ...},
 * {@code the PDF is encrypted}, {@code the PDF is damaged: ...}, {@code the PDF has no text layer (scanned
 * image?)}, {@code cannot read the file (...)}. How the encoding is chosen is described in {@link TextDecoder},
 * how the format is chosen in {@link FormatDetector}, and how PDFs are read in {@link PdfTextReader}.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class SourceReader {

    /** Reads {@code path}; the reason of a {@link SourceException} is a plain sentence without the file name. */
    public SourceText read(Path path) throws SourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceException("no such file", e);
        } catch (IOException e) {
            throw new SourceException("cannot read the file (" + e.getMessage() + ")", e);
        }
        return read(path.toString(), bytes);
    }

    /**
     * Reads bytes that came from somewhere other than a file, e.g. an upload; {@code name} is reported as the
     * file and its extension breaks ties in format detection.
     */
    public SourceText read(String name, byte[] bytes) throws SourceException {
        if (bytes.length == 0) {
            throw new SourceException("the file is empty");
        }
        String sha256 = sha256(bytes);
        if (FormatDetector.isPdf(bytes)) {
            return new SourceText(name, PdfTextReader.read(bytes), SourceFormat.PDF, sha256, null);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new SourceException("the file has no text");
        }
        SourceFormat format = FormatDetector.textFormat(decoded.text(), name);
        return new SourceText(name, decoded.text(), format, sha256, decoded.charset());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
