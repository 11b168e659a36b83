package org.unkg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one file into a {@link SourceText}.
 *
 * <pre>{@code
 * SourceText s = new SourceReader().read(Path.of("data/seeds/000_53c47aa551a5de29.txt"));
 * s.format();   // TEXT
 * }</pre>
 */
public final class SourceReader {

    /** Reads {@code path}; the reason of a {@link SourceException} is a plain sentence. */
    public SourceText read(Path path) throws SourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new SourceException("cannot read the file (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new SourceException("the file is empty");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        SourceFormat format = text.contains("<<ODS ") ? SourceFormat.ODS
                : path.toString().endsWith(".md") || text.contains("](#)") || text.contains("*Welcomes*")
                ? SourceFormat.MARKDOWN : SourceFormat.TEXT;
        return new SourceText(path.toString(), text, format, sha256(bytes));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
