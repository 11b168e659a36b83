/**
 * Serve: takes the store's dataset and gives it over HTTP with embedded Fuseki main
 * ({@link org.unkg.serve.UnkgServer}): SPARQL 1.1 Query, the read-only Graph Store Protocol, and linked data, where
 * every IRI of the graph dereferences by its path with content negotiation (303 See Other to a document in one of
 * {@link org.unkg.export.RdfSyntax}'s syntaxes or HTML), plus VoID and dumps. Pages escape everything from the data,
 * and their one style sheet ships in the jar.
 */
package org.unkg.serve;
