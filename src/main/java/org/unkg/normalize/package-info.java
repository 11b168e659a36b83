/**
 * Normalize: takes a {@link org.unkg.source.SourceText} and gives a {@link org.unkg.normalize.NormalizedDocument}:
 * running lines with page furniture removed (job numbers, barcodes, running headers, page numbers, ODS trailers),
 * footnotes moved out of the text wherever a page break dropped them, markdown unlinked, and every footnote mark
 * written one way. Each character keeps its offset in the file as read ({@link org.unkg.normalize.MappedText}).
 */
package org.unkg.normalize;
