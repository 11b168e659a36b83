package org.unkg.recognize;

import java.util.List;

import org.unkg.segment.SegmentedDocument;

/**
 * A segmented document with the mentions found in each passage.
 *
 * @param document the segmented document
 * @param mentions for each passage of {@code document.passages()}, at the same index, its mentions in text order
 */
public record RecognizedDocument(SegmentedDocument document, List<List<Mention>> mentions) {
}
