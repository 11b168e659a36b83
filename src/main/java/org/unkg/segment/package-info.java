/**
 * Segment: takes a {@link org.unkg.normalize.NormalizedDocument} and gives a
 * {@link org.unkg.segment.SegmentedDocument}: what the heading and closing lines state (symbol, session, agenda
 * item, committee and report, adoption date, meeting, vote, title), and the passages (heading, preamble paragraphs
 * with their verb, operative paragraphs with their numbers and sub-paragraphs, annex, footnotes). For AKN4UN XML,
 * {@link org.unkg.segment.AknStructure} takes all of it from the markup instead of guessing from lines, and adds
 * what only the markup records (votes by Member State, sponsors, subjects, SDGs, FRBR) as a
 * {@link org.unkg.model.Markup}.
 */
package org.unkg.segment;
