package org.unkg.source;

import java.util.Arrays;
import java.util.Objects;

/**
 * An AKN4UN file read by {@code AknReader}: its text content (every character outside markup, character references
 * decoded, in document order) with, for each character, its offset in the file as read, and the element tree whose
 * spans index that content.
 *
 * <pre>{@code
 * AknDocument d = new SourceReader().read(Path.of("A_RES_78_100.xml")).markup();
 * d.content(d.root().find("preface").orElseThrow());   // "78/100. Dissemination of information …"
 * d.textContent(1200, 1290);                            // the file's characters [1200,1290) with tags removed
 * }</pre>
 *
 * <p>The offsets are char indices into {@link SourceText#text()}, the decoded file: a span of the content maps
 * back to {@code [offset(start), offset(end - 1) + 1)} of the file; {@link #widenEnd} widens such an end to the end
 * of a character reference ({@code &amp;amp;} is one content character standing on five file characters).
 */
public final class AknDocument {
    private final String file;
    private final String content;
    private final int[] offsets;
    private final AknElement root;

    AknDocument(String file, String content, int[] offsets, AknElement root) {
        this.file = Objects.requireNonNull(file);
        this.content = Objects.requireNonNull(content);
        this.offsets = offsets;
        this.root = Objects.requireNonNull(root);
    }

    /** The text content of the whole file, in document order. */
    public String content() {
        return content;
    }

    /** The root element ({@code akomaNtoso}). */
    public AknElement root() {
        return root;
    }

    /** The file offset of content character {@code i}. */
    public int offset(int i) {
        return offsets[i];
    }

    /** The text content of one element. */
    public String content(AknElement e) {
        return content.substring(e.start(), e.end());
    }

    /**
     * A span's end widened past a character reference it ends inside: a decoded reference stands on its {@code &}
     * (a literal {@code &} cannot stand in XML text), so an end just after an {@code &} ends at its {@code ;}.
     */
    public int widenEnd(int fileEnd) {
        if (fileEnd > 0 && file.charAt(fileEnd - 1) == '&') {
            int semi = file.indexOf(';', fileEnd);
            return semi < 0 ? fileEnd : semi + 1;
        }
        return fileEnd;
    }

    /**
     * The text content of the file's characters {@code [fileStart, fileEnd)}: the content characters that stand
     * there, tags removed, references decoded.
     */
    public String textContent(int fileStart, int fileEnd) {
        int from = lowerBound(fileStart);
        int to = lowerBound(fileEnd);
        return content.substring(from, to);
    }

    /** The first content index whose file offset is at least {@code fileOffset}. */
    private int lowerBound(int fileOffset) {
        int i = Arrays.binarySearch(offsets, fileOffset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && offsets[i - 1] == fileOffset) {
            i--;
        }
        return i;
    }
}
