/**
 * Segment: takes a {@link org.unkg.normalize.NormalizedDocument} and gives a
 * {@link org.unkg.segment.SegmentedDocument}: what the heading and closing lines state (symbol, session, agenda
 * item, committee and report, adoption date, meeting, vote, title), and the passages (heading, preamble paragraphs
 * with their verb, operative paragraphs with their numbers and sub-paragraphs, annex, footnotes).
 */
package org.unkg.segment;
