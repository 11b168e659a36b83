package org.unkg.store;

import org.apache.jena.graph.Node;

/**
 * What the store's catalog says about one stored file.
 *
 * @param file   the file's name relative to the ingest root
 * @param graph  the named graph that holds its triples
 * @param sha256 hex SHA-256 of the bytes that were stored; an ingest skips a file whose bytes still hash to it
 * @param stamp  the file's size and modification time when it was stored, or null when none was recorded (the file
 *               was too fresh to vouch for, or the store predates stamps); an ingest skips a file whose stamp still
 *               matches without reading it
 */
public record SourceRecord(String file, Node graph, String sha256, FileStamp stamp) {
}
