/**
 * The source stage: takes a file (a path, or bytes with a name) and gives a {@link org.unkg.source.SourceText}:
 * the decoded text, its {@link org.unkg.source.SourceFormat} (plain text, markdown, ODS dump, PDF or AKN4UN XML), the charset
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
 * and {@link org.unkg.source.SourceException}, and for XML {@link org.unkg.source.AknDocument} and
 * {@link org.unkg.source.AknElement}; the rest is package-private.
 *
 * <p>AKN4UN XML is read by {@code AknReader} with a StAX parser that refuses DTDs (so external entities and entity
 * expansion never happen), into its text content (every character outside markup, in document order, references
 * decoded), the file offset of each content character, and the element tree. Offsets stay offsets into the file
 * as read: a citation's span is a span of the XML, its quoted text that span's text content.
 */
package org.unkg.source;
