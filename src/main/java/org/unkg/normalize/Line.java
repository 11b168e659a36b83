package org.unkg.normalize;

/**
 * One physical line of the source after format clean-up, with what the normalizer decided it is.
 *
 * @param text   the cleaned line, mapped to the source
 * @param kind   what the line is
 * @param page   the page it stands on (0 when the source has no page breaks)
 * @param indent leading white space of the raw line, in characters
 */
public record Line(MappedText text, Kind kind, int page, int indent) {

    /** What a line is. */
    public enum Kind {
        /** Running text: heading, preamble, operative paragraph, annex. */
        TEXT,
        /** An empty or white-space line. */
        BLANK,
        /** Page furniture: job numbers, barcodes, running headers, page numbers, separators. */
        FURNITURE,
        /** The document's trailer (ODS markers and what follows them). */
        TRAILER
    }

    /** True for a blank line. */
    public boolean blank() {
        return kind == Kind.BLANK;
    }

    /** The line's text as a string. */
    public String string() {
        return text.toString();
    }

    /** A copy with another kind. */
    public Line as(Kind k) {
        return new Line(text, k, page, indent);
    }
}
