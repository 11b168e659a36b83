package org.unkg.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
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
 * image?)}, {@code no such file}, {@code permission denied}, {@code a directory, not a file},
 * {@code cannot read the file (...)}, and for XML {@code the XML declares a document type (DTD); ...},
 * {@code not well-formed XML (...)}, {@code XML, but not Akoma Ntoso (...)}, {@code the file is N MB, over the limit of M MB}. How the encoding is chosen is described in the package-private
 * {@code TextDecoder}, how the format is chosen in {@code FormatDetector}, and how PDFs are read in
 * {@code PdfTextReader} and {@code PageLineStripper}.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SourceReader {
    /** The default largest file read: far above any resolution (the longest budget texts are under 1 MB). */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final long maxBytes;

    /** A reader that refuses files over {@link #DEFAULT_MAX_BYTES}. */
    public SourceReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files over {@code maxBytes}, before reading them. */
    public SourceReader(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the largest file must be at least one byte, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads {@code path}; the reason of a {@link SourceException} is a plain sentence without the file name. */
    public SourceText read(Path path) throws SourceException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new SourceException(tooLarge(size));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SourceException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new SourceException("permission denied", e);
        } catch (IOException e) {
            if (Files.isDirectory(path)) {
                throw new SourceException("a directory, not a file", e);
            }
            throw new SourceException("cannot read the file (" + withoutName(e, path) + ")", e);
        }
        return read(path.toString(), bytes);
    }

    /**
     * Reads bytes that came from somewhere other than a file, e.g. an upload; {@code name} is reported as the
     * file and its extension breaks ties in format detection.
     */
    public SourceText read(String name, byte[] bytes) throws SourceException {
        if (bytes.length > maxBytes) {
            throw new SourceException(tooLarge(bytes.length));
        }
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
        if (format == SourceFormat.AKN) {
            return new SourceText(name, decoded.text(), format, sha256, decoded.charset(),
                    AknReader.read(decoded.text()));
        }
        return new SourceText(name, decoded.text(), format, sha256, decoded.charset());
    }

    private String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "the file is %.1f MB, over the limit of %.1f MB (--max-file-size)",
                size / 1048576.0, maxBytes / 1048576.0);
    }

    /** The exception's message without the file name, which the caller prints in front of the reason. */
    private static String withoutName(IOException e, Path path) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replace(path.toString(), "").replaceAll("^[\\s:]+", "").strip();
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    /** The hex SHA-256 of {@code bytes}: how unkg names a file's content (the catalog, the search index's stamp). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
