package org.unkg.emit.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.unkg.emit.ExtractionSink;
import org.unkg.model.Extraction;
import org.unkg.model.Problem;

/**
 * Turns each file's extraction into quads in that file's own named graph, streamed to a Jena {@link StreamRDF}.
 *
 * <pre>{@code
 * StreamRDF out = StreamRDFLib.writer(System.out);
 * ExtractionSink rdf = new RdfEmitter(new IriScheme(IriScheme.DEFAULT_BASE), out);
 * rdf.extraction(extraction);
 * }</pre>
 */
public final class RdfEmitter implements ExtractionSink {
    static final String NS = "https://unkg.org/ontology#";

    private final IriScheme iris;
    private final StreamRDF out;

    public RdfEmitter(IriScheme iris, StreamRDF out) {
        this.iris = iris;
        this.out = out;
    }

    @Override
    public void start() {
        out.start();
    }

    @Override
    public void extraction(Extraction x) {
        Node g = iris.sourceGraph(x.file());
        if (x.identity().symbol() != null) {
            Node r = iris.resolution(x.identity().symbol());
            out.quad(Quad.create(g, r, RDF.type.asNode(), NodeFactory.createURI(NS + "Resolution")));
        }
    }

    @Override
    public void failed(Problem p) {
        // a failed file has no graph
    }

    @Override
    public void finish() {
        out.finish();
    }
}
