/**
 * Serve: takes the store's dataset and gives it over HTTP with embedded Fuseki main
 * ({@link org.unkg.serve.UnkgServer}): SPARQL 1.1 Query, the read-only Graph Store Protocol, and linked data, where
 * every IRI of the graph dereferences by its path with content negotiation (303 See Other to a document in one of
 * {@link org.unkg.export.RdfSyntax}'s syntaxes or HTML), plus VoID and dumps; and the explorer for people
 * ({@code Explorer}): search, a resolution's text with its citations marked, its citation graph, its lineage on a
 * timeline, rankings and a SPARQL editor, rendered from Mustache templates and static scripts over a small JSON API,
 * everything shipped in the jar. Pages escape everything from the data and send a Content-Security-Policy that
 * allows only this server's own scripts and styles.
 */
package org.unkg.serve;
