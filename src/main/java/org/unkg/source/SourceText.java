package org.unkg.source;

/**
 * A file as read: its text, decoded, and what format it is in. Every offset unkg reports points into {@link #text()}.
 *
 * @param file   the file as the user named it
 * @param text   the decoded text (for a PDF, the text PDFBox extracted, pages separated by form feeds)
 * @param format the detected format
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record SourceText(String file, String text, SourceFormat format, String sha256) {
}
