/**
 * The source stage: takes a file (a path, or bytes with a name) and gives a {@link org.unkg.source.SourceText}:
 * the decoded text, its {@link org.unkg.source.SourceFormat} (plain text, markdown, ODS dump or PDF), the charset
 * and the SHA-256 of the bytes, or a {@link org.unkg.source.SourceException} whose message is a plain reason
 * such as "the PDF is encrypted".
 *
 * <pre>{@code
 * SourceText s = new SourceReader().read(Path.of("A_RES_79_138.pdf"));
 * s.format();   // PDF
 * s.text();     // one line per printed line, pages separated by \f
 * }</pre>
 *
 * <p>Offsets reported by later stages are {@code char} indices into {@code SourceText.text()}: the byte order
 * mark, if any, is not part of the text, and line endings are kept as in the file. Nothing is guessed: a file
 * whose encoding or format cannot be decided by the documented rules is refused with a reason. The public API is
 * {@link org.unkg.source.SourceReader}, {@link org.unkg.source.SourceText}, {@link org.unkg.source.SourceFormat}
 * and {@link org.unkg.source.SourceException}; the rest is package-private.
 */
package org.unkg.source;
