package org.unkg.network;

/**
 * A node of the citation graph: a resolution, with what the store says of it.
 *
 * @param iri    its IRI
 * @param symbol its symbol ({@code A/RES/53/97}), or the label of a resolution whose text gives none
 * @param organ  {@code General Assembly}, {@code Security Council}, or the name of the organ that passed it; empty
 *               when unknown
 * @param year   the year of adoption, 0 when unknown
 * @param title  its title, empty when unknown
 */
public record Resolution(String iri, String symbol, String organ, int year, String title) {
}
