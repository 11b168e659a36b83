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
 * {@code not well-formed XML (...)}, {@code XML, but not Akoma Ntoso (...)}, {@code XML file too large (...)}. How the encoding is chosen is described in the package-private
 * {@code TextDecoder}, how the format is chosen in {@code FormatDetector}, and how PDFs are read in
 * {@code PdfTextReader} and {@code PageLineStripper}.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class SourceReader {
    /**
     * The largest XML file read: AKN4UN resolutions run to a few hundred kilobytes (the largest of sessions 74–78,
     * 380 KB), so a file many times that is refused before it is read, keeping memory bounded.
     */
    static final long MAX_XML_BYTES = 32L * 1024 * 1024;

    /** Reads {@code path}; the reason of a {@link SourceException} is a plain sentence without the file name. */
    public SourceText read(Path path) throws SourceException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_XML_BYTES && opensLikeXml(path)) {
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
        if (bytes.length == 0) {
            throw new SourceException("the file is empty");
        }
        String sha256 = sha256(bytes);
        if (FormatDetector.isPdf(bytes)) {
            return new SourceText(name, PdfTextReader.read(bytes), SourceFormat.PDF, sha256, null);
        }
        if (bytes.length > MAX_XML_BYTES && FormatDetector.isXml(new String(bytes, 0, 1024,
                java.nio.charset.StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", ""))) {
            throw new SourceException(tooLarge(bytes.length)); // before decoding it
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new SourceException("the file has no text");
        }
        SourceFormat format = FormatDetector.textFormat(decoded.text(), name);
        if (format == SourceFormat.AKN) {
            if (bytes.length > MAX_XML_BYTES) {
                throw new SourceException(tooLarge(bytes.length)); // XML in UTF-16, say, that the first test missed
            }
            return new SourceText(name, decoded.text(), format, sha256, decoded.charset(),
                    AknReader.read(decoded.text()));
        }
        return new SourceText(name, decoded.text(), format, sha256, decoded.charset());
    }

    private static String tooLarge(long size) {
        return String.format(java.util.Locale.ROOT, "XML file too large (%.1f MB; unkg reads AKN4UN files up to %d MB)",
                size / 1048576.0, MAX_XML_BYTES / 1048576);
    }

    /** Whether the file's first kilobyte opens like XML (a UTF-8 byte order mark allowed). */
    private static boolean opensLikeXml(Path path) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (var in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String s = new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            s = s.substring(3);
        }
        return FormatDetector.isXml(s);
    }

    /** The exception's message without the file name, which the caller prints in front of the reason. */
    private static String withoutName(IOException e, Path path) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replace(path.toString(), "").replaceAll("^[\\s:]+", "").strip();
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
