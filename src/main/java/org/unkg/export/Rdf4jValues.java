package org.unkg.export;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Turns Jena nodes, triples and quads into RDF4J values and statements, so that what TDB2 stores can be written by
 * Rio.
 *
 * <pre>{@code
 * Rdf4jValues v = new Rdf4jValues();
 * Statement st = v.statement(quad);          // context = the quad's graph
 * Statement t = v.statement(quad.asTriple()); // no context
 * }</pre>
 *
 * Blank nodes keep their Jena label, so the same blank node in two quads stays one node in the output.
 */
public final class Rdf4jValues {
    private final ValueFactory vf;

    public Rdf4jValues() {
        this(SimpleValueFactory.getInstance());
    }

    public Rdf4jValues(ValueFactory vf) {
        this.vf = vf;
    }

    /** The RDF4J value of a concrete Jena node. */
    public Value value(Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel());
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("not an RDF term that RDF4J can write: " + n);
    }

    /** A statement without context. */
    public Statement statement(Triple t) {
        return vf.createStatement(resource(t.getSubject()), iri(t.getPredicate()), value(t.getObject()));
    }

    /** A statement whose context is the quad's graph, or none for the default graph. */
    public Statement statement(Quad q) {
        if (q.isDefaultGraph()) {
            return statement(q.asTriple());
        }
        return vf.createStatement(resource(q.getSubject()), iri(q.getPredicate()), value(q.getObject()),
                resource(q.getGraph()));
    }

    private Resource resource(Node n) {
        return (Resource) value(n);
    }

    private IRI iri(Node n) {
        return vf.createIRI(n.getURI());
    }
}
