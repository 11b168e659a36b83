/**
 * The UN citation grammar as data: versioned resource tables (number forms, document series, organ names, meeting
 * and adoption formulas, ordinal words, body head words, drafting verbs) and the one module that compiles them into
 * the patterns every stage uses, and {@link org.unkg.grammar.Anchored}, which tries a compiled pattern where it stands
 * in a passage (and only where it can start) instead of scanning or copying the rest of it. Like eyecite's reporters-db, the tables hold the knowledge; the code only reads and
 * compiles them. Every row names its source and is proved by a test.
 *
 * <pre>{@code
 * Table t = Table.load("document-series.tsv");
 * t.rows().get(0).get("series");                  // "A"
 * String re = Alternation.of(List.of("General Assembly", "Assembly"));  // "General\\s+Assembly|Assembly"
 * }</pre>
 *
 * <p>Table files live under {@code src/main/resources/org/unkg/grammar/}. Their shape: {@code #} lines are
 * comments; one of them is {@code # version N}; the first line that is not a comment names the columns (tab
 * separated); each further line is a row. A column named {@code source} says where the row's fact comes from.
 */
package org.unkg.grammar;
