/**
 * Export: takes a Jena dataset (the TDB2 store) and gives RDF in any syntax of {@link org.unkg.export.RdfSyntax},
 * written by RDF4J Rio. {@code RdfSyntax} is the one registry of syntaxes: the CLI's {@code --format}, the server's
 * content negotiation and its dumps all read it.
 */
package org.unkg.export;
