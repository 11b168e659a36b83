package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The vocabulary is complete, documented, versioned, and says exactly what the code uses. */
class OntologyTest {
    private static final Graph VOCAB = Ontology.vocabulary();

    @Test
    void everyTermHasLabelCommentAndDefinedBy() {
        for (Node t : declared()) {
            for (Node p : new Node[] {RDFS.label.asNode(), RDFS.comment.asNode(), RDFS.isDefinedBy.asNode()}) {
                assertTrue(VOCAB.contains(t, p, Node.ANY), t + " has no " + p);
            }
        }
    }

    @Test
    void everyPropertyHasDomainAndRange() {
        for (Node type : new Node[] {OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode()}) {
            VOCAB.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                assertTrue(VOCAB.contains(t.getSubject(), RDFS.domain.asNode(), Node.ANY), t.getSubject() + " domain");
                assertTrue(VOCAB.contains(t.getSubject(), RDFS.range.asNode(), Node.ANY), t.getSubject() + " range");
            });
        }
    }

    @Test
    void ontologyIsVersioned() {
        Node onto = NodeFactory.createURI(Unkg.ONTOLOGY);
        assertTrue(VOCAB.contains(onto, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(VOCAB.contains(onto, OWL.versionInfo.asNode(), Node.ANY));
        assertTrue(VOCAB.contains(onto, OWL.versionIRI.asNode(), Node.ANY));
    }

    @Test
    void javaConstantsAndTurtleDeclareTheSameTerms() throws IllegalAccessException {
        Set<Node> constants = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        for (Field f : Unkg.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                constants.add((Node) f.get(null));
            }
        }
        assertEquals(declared(), constants);
    }

    @Test
    void emittedRdfUsesOnlyDeclaredUnkgTerms() {
        Set<Node> declared = declared();
        Emitted e = Emitted.of(Seeds.all());
        e.dsg.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getPredicate(), q.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(Unkg.NS)) {
                    assertTrue(declared.contains(n), "undeclared " + n);
                }
            }
        });
    }

    @Test
    void vocabularyHasNoBlankNodesThatNeedNames() {
        // every statement's subject is an IRI: terms are public names
        VOCAB.find().forEachRemaining((Triple t) -> assertFalse(t.getSubject().isBlank(), t.toString()));
    }

    /** The unkg terms the Turtle gives a type to. */
    private static Set<Node> declared() {
        Set<Node> out = new TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        VOCAB.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Unkg.NS)) {
                out.add(t.getSubject());
            }
        });
        return out;
    }
}
