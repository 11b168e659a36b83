package org.unkg.segment;

import java.util.List;

import org.unkg.model.Identity;
import org.unkg.model.Markup;
import org.unkg.normalize.NormalizedDocument;

/**
 * A resolution cut into its parts: what its heading and closing lines state, and its passages in order.
 *
 * @param document  the normalized document
 * @param stated    the identity as the text states it (nothing inferred yet)
 * @param passages  heading, preamble, operative, annex and footnote passages, in reading order (footnotes last)
 * @param markup    what AKN4UN markup adds (votes, sponsors, subjects, FRBR); null for other formats
 */
public record SegmentedDocument(NormalizedDocument document, Identity stated, List<Passage> passages,
                                Markup markup) {
    /** A document segmented from its lines, without markup. */
    public SegmentedDocument(NormalizedDocument document, Identity stated, List<Passage> passages) {
        this(document, stated, passages, null);
    }
}
