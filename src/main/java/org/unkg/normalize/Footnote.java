package org.unkg.normalize;

/**
 * A footnote's text, moved out of the running text, with its number as printed ({@code "4"}, {@code "*"}).
 *
 * @param number the footnote number
 * @param text   the footnote's text, lines joined, mapped to the source
 * @param anchor how many running lines stood before the footnote: its mark is printed above that point
 */
public record Footnote(String number, MappedText text, int anchor) {
}
