package org.unkg.normalize;

import java.util.List;

import org.unkg.source.SourceText;

/**
 * A source after normalization: its running lines (furniture and footnotes gone, footnote marks made uniform), its
 * footnotes, and what the trailer said.
 *
 * @param source        the file as read
 * @param lines         running text lines in reading order (blank lines kept, furniture dropped)
 * @param footnotes     the footnotes in order
 * @param trailerSymbol the symbol an ODS trailer names, or null
 * @param trailer       the trailer's lines (an ODS dump repeats its masthead there), possibly empty
 */
public record NormalizedDocument(SourceText source, List<Line> lines, List<Footnote> footnotes, String trailerSymbol,
                                 List<Line> trailer) {
}
