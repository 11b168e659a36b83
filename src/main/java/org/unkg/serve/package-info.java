/**
 * Serve: takes the store's dataset and gives it over HTTP with embedded Fuseki main
 * ({@link org.unkg.serve.UnkgServer}): SPARQL 1.1 Query, the read-only Graph Store Protocol, and linked data, where
 * every IRI of the graph dereferences by its path with content negotiation (303 See Other to a document in one of
 * {@link org.unkg.export.RdfSyntax}'s syntaxes or HTML), plus VoID and dumps; and the explorer for people
 * ({@code Explorer}): search, a resolution's text with its citations marked, its citation graph, its lineage on a
 * timeline, rankings and a SPARQL editor, rendered from Mustache templates and static scripts over a small JSON API,
 * everything shipped in the jar. Pages escape everything from the data and send a Content-Security-Policy that
 * allows only this server's own scripts and styles. Hardened by default, one filter or processor per concern:
 * {@code SecurityHeaders}, {@code Cors} (reads only), {@code RequestLimits} (413, 414), {@code ConcurrencyLimit}
 * (503 with Retry-After), {@code WriteAuth} (writes only when enabled, with a token or password),
 * {@code ServicePolicy} (no SERVICE unless allow-listed), {@code LimitedQueryProcessor} (a result whole within the
 * timeout and the cap, or 422/503) and {@code LocalUpdateProcessor} (no LOAD). What pages read from one state of
 * the store is kept until it changes ({@code Memo}, {@code StoreVersion}): labels and facts, rankings, and each
 * thing's citations ({@code Citations}), which the pages sort, filter and count in memory.
 */
package org.unkg.serve;
