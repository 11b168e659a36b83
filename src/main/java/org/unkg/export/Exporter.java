package org.unkg.export;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * Streams a dataset, or one of its named graphs, through an RDF4J Rio writer.
 *
 * <pre>{@code
 * Exporter ex = new Exporter(dsg, Prefixes.standard());
 * ex.writeAll(RdfSyntax.NQUADS, out);                 // every graph, graphs kept
 * ex.writeGraph(graphIri, RdfSyntax.TURTLE, out);     // one graph's triples
 * }</pre>
 *
 * Syntaxes that keep graphs get quads; the others get the union of the named graphs as triples, each triple once.
 * Each call reads in one read transaction, so it sees one consistent state while writers carry on.
 */
public final class Exporter {
    private final DatasetGraph dsg;
    private final Map<String, String> prefixes;

    public Exporter(DatasetGraph dsg, Map<String, String> prefixes) {
        this.dsg = dsg;
        this.prefixes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(prefixes));
    }

    /** Writes the whole dataset in {@code syntax}; returns the number of statements written. */
    public long writeAll(RdfSyntax syntax, OutputStream out) {
        return Txn.calculateRead(dsg, () -> syntax.keepsGraphs()
                ? write(syntax, out, dsg.find())
                : writeTriples(syntax, out, dsg.getUnionGraph().find()));
    }

    /** Writes the named graph {@code graph} in {@code syntax}; returns the number of statements written. */
    public long writeGraph(Node graph, RdfSyntax syntax, OutputStream out) {
        return Txn.calculateRead(dsg, () -> syntax.keepsGraphs()
                ? write(syntax, out, dsg.find(graph, Node.ANY, Node.ANY, Node.ANY))
                : writeTriples(syntax, out, dsg.getGraph(graph).find()));
    }

    /** A Rio writer for {@code syntax} on {@code out}, set up with unkg's writer settings. */
    public static RDFWriter writer(RdfSyntax syntax, OutputStream out) {
        RDFWriter w = Rio.createWriter(syntax.format(), out);
        // Grouping by subject makes Turtle and TriG readable; both are written from index order, already grouped.
        w.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        return w;
    }

    private long write(RdfSyntax syntax, OutputStream out, Iterator<Quad> quads) {
        Rdf4jValues values = new Rdf4jValues();
        RDFHandler w = start(syntax, out);
        long n = 0;
        while (quads.hasNext()) {
            w.handleStatement(values.statement(quads.next()));
            n++;
        }
        w.endRDF();
        return n;
    }

    private long writeTriples(RdfSyntax syntax, OutputStream out, Iterator<Triple> triples) {
        Rdf4jValues values = new Rdf4jValues();
        RDFHandler w = start(syntax, out);
        long n = 0;
        while (triples.hasNext()) {
            w.handleStatement(values.statement(triples.next()));
            n++;
        }
        w.endRDF();
        return n;
    }

    private RDFHandler start(RdfSyntax syntax, OutputStream out) {
        RDFHandler w = writer(syntax, out);
        w.startRDF();
        prefixes.forEach(w::handleNamespace);
        return w;
    }
}
