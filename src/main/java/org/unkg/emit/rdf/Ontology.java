package org.unkg.emit.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The vocabulary and its SHACL shapes as shipped in the jar ({@code ontology/*.ttl}, copied by Maven to
 * {@code org/unkg/ontology/}), for the server's {@code /ontology} page and for validation.
 *
 * <pre>{@code
 * Graph vocabulary = Ontology.vocabulary();
 * ValidationReport r = ShaclValidator.get().validate(Ontology.shapes(), graph);
 * }</pre>
 */
public final class Ontology {
    /** Classpath folder of the vocabulary files. */
    public static final String FOLDER = "org/unkg/ontology/";
    /** Classpath resource of the vocabulary. */
    public static final String VOCABULARY = FOLDER + "unkg.ttl";
    /** Classpath resource of the shapes. */
    public static final String SHAPES = FOLDER + "shapes.ttl";

    private static final Shapes PARSED_SHAPES = Shapes.parse(read(SHAPES));

    private Ontology() {
    }

    /** A fresh in-memory graph of the vocabulary. */
    public static Graph vocabulary() {
        return read(VOCABULARY);
    }

    /** The parsed shapes (immutable, shared). */
    public static Shapes shapes() {
        return PARSED_SHAPES;
    }

    /** A fresh in-memory graph of the Turtle at classpath {@code resource}. */
    static Graph read(String resource) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource
                        + " (Maven copies ontology/*.ttl there)");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base(Unkg.ONTOLOGY).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
