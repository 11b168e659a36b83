package org.unkg.store;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * One source file's triples, ready to be stored as one named graph: the unit the store writes, never split
 * between transactions.
 *
 * <pre>{@code
 * SourceGraph sg = new SourceGraph("seeds/000.txt", iris.sourceGraph("seeds/000.txt"), sha256, quads, Map.of());
 * store.write(List.of(sg));
 * }</pre>
 *
 * @param file     the file's name relative to the ingest root, as recorded in the catalog
 * @param graph    the named graph that holds its triples; every quad is in it
 * @param sha256   hex SHA-256 of the file's bytes
 * @param quads    the quads, all in {@code graph}
 * @param prefixes namespace prefixes the emitter declared
 * @param stamp    the file's size and modification time as read, for the catalog; null when not to be trusted
 */
public record SourceGraph(String file, Node graph, String sha256, List<Quad> quads, Map<String, String> prefixes,
                          FileStamp stamp) {

    /** A graph with no file stamp: the next ingest hashes the file to know whether it changed. */
    public SourceGraph(String file, Node graph, String sha256, List<Quad> quads, Map<String, String> prefixes) {
        this(file, graph, sha256, quads, prefixes, null);
    }

    public SourceGraph {
        quads = List.copyOf(quads);
        prefixes = prefixes == null ? Map.of() : Map.copyOf(prefixes);
        for (Quad q : quads) {
            if (!q.getGraph().equals(graph)) {
                throw new IllegalArgumentException(file + ": a quad is outside the file's graph " + graph);
            }
        }
    }
}
