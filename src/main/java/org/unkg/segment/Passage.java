package org.unkg.segment;

import org.unkg.model.Section;
import org.unkg.normalize.MappedText;

/**
 * One paragraph of a resolution with where it stands.
 *
 * @param text      the paragraph's running text (lines joined), mapped to the source
 * @param section   heading, preamble, operative, footnote, annex or trailer
 * @param paragraph operative paragraph number ({@code 4}, {@code 4 (b)}) or footnote number; null otherwise
 * @param verb      the verb phrase that opens it, or null
 */
public record Passage(MappedText text, Section section, String paragraph, String verb) {
}
