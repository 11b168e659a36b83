package org.unkg.emit.rdf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.unkg.model.Extraction;

/**
 * What the emitter gave for some extractions, in an in-memory dataset, with a fixed clock and version so that
 * output is reproducible. Test code only: the product streams.
 */
final class Emitted {
    static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T12:00:00Z"), ZoneOffset.UTC);

    final DatasetGraph dsg = DatasetGraphFactory.createTxnMem();

    static Emitted of(List<Extraction> xs) {
        Emitted e = new Emitted();
        RdfEmitter emitter = new RdfEmitter(IRIS, StreamRDFLib.dataset(e.dsg), CLOCK, "test");
        emitter.start();
        xs.forEach(emitter::extraction);
        emitter.finish();
        return e;
    }

    static Emitted of(Extraction... xs) {
        return of(List.of(xs));
    }

    /** The named graph of {@code file}. */
    Graph graph(String file) {
        return dsg.getGraph(IRIS.sourceGraph(file));
    }

    /** SELECT over the union of all graphs, or over the named graphs when the query says {@code GRAPH}. */
    List<QuerySolution> select(String query) {
        DatasetGraph target = query.contains("GRAPH") ? dsg : DatasetGraphFactory.wrap(dsg.getUnionGraph());
        Dataset ds = DatasetFactory.wrap(target);
        String q = String.join("\n", Prefixes.asMap().entrySet().stream()
                .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">").toList()) + "\n" + query;
        try (QueryExecution qe = QueryExecution.create().query(q).dataset(ds).build()) {
            return Iter.toList(qe.execSelect());
        }
    }

    boolean ask(String query) {
        return !select("SELECT * WHERE { " + query + " } LIMIT 1").isEmpty();
    }

    static Node iri(String path) {
        return NodeFactory.createURI(IriScheme.DEFAULT_BASE + path);
    }
}
