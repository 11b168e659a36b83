package org.unkg.store;

import org.apache.jena.graph.Node;

/**
 * What the store's catalog says about one stored file.
 *
 * @param file   the file's name relative to the ingest root
 * @param graph  the named graph that holds its triples
 * @param sha256 hex SHA-256 of the bytes that were stored; an ingest skips a file whose bytes still hash to it
 */
public record SourceRecord(String file, Node graph, String sha256) {
}
