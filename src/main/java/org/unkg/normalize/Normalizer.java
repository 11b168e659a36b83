package org.unkg.normalize;

import java.util.ArrayList;
import java.util.List;

import org.unkg.source.SourceFormat;
import org.unkg.source.SourceText;

/**
 * The normalize stage: from a file as read to running lines without page furniture, with footnotes moved out and
 * footnote marks made uniform, every character still mapped to its offset in the file.
 *
 * <pre>{@code
 * NormalizedDocument d = Normalizer.normalize(sourceText);
 * d.lines();       // running text, line by line
 * d.footnotes();   // numbered footnotes
 * }</pre>
 */
public final class Normalizer {

    private Normalizer() {
    }

    /** Normalizes one source text. */
    public static NormalizedDocument normalize(SourceText source) {
        if (source.format() == SourceFormat.AKN) {
            // the markup says where paragraphs, footnotes and furniture are: no lines to guess them from
            return new NormalizedDocument(source, List.of(), List.of(), null, List.of());
        }
        List<Line> lines = new ArrayList<>(LineReader.read(source.text(), source.format()));
        GluedLines.split(lines);
        String trailerSymbol = PageFurniture.mark(lines);
        List<Footnote> footnotes = FootnoteCollector.collect(lines);
        if (source.format() != SourceFormat.MARKDOWN) {
            InlineMarks.apply(lines, footnotes);
        }
        List<Line> trailer = lines.stream().filter(l -> l.kind() == Line.Kind.TRAILER).toList();
        lines.removeIf(l -> l.kind() == Line.Kind.FURNITURE || l.kind() == Line.Kind.TRAILER);
        return new NormalizedDocument(source, List.copyOf(lines), List.copyOf(footnotes), trailerSymbol, trailer);
    }
}
