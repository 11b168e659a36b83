/**
 * Store: takes files, has them extracted ({@link org.unkg.extract.Extractor}) and emitted as RDF
 * ({@link org.unkg.emit.rdf.RdfEmitter}), and gives an embedded TDB2 database with one named graph per file.
 *
 * <p>{@link org.unkg.store.Ingester} extracts in parallel and writes whole files only: in write transactions of many
 * files into a store that holds data, or through TDB2's bulk loader into a new store built aside and moved into
 * place. {@link org.unkg.store.Store} is the database, {@link org.unkg.store.Catalog} its record of each file's
 * graph, content hash and file stamp (so unchanged files are skipped, unread when their size and time match), and {@link org.unkg.store.NamedQuery} the SPARQL queries
 * shipped with unkg, with typed parameters.
 */
package org.unkg.store;
