package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.unkg.emit.rdf.Ontology;
import org.unkg.emit.rdf.Unkg;
import org.unkg.fixtures.SampleCorpus;
import org.unkg.network.NetworkGraph;

/**
 * Every term the store itself writes, beyond what the emitter writes into each file's graph, is declared and
 * documented: the catalog's in {@code ontology/store.ttl}, the network measures in {@code ontology/unkg.ttl}.
 */
class StoreVocabularyTest {
    private static final Set<String> EXTERNAL = Set.of(RDF.type.getURI(), "http://rdfs.org/ns/void#triples",
            "http://purl.org/dc/terms/modified");

    private static Graph storeVocabulary() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = StoreVocabularyTest.class.getResourceAsStream("/org/unkg/ontology/store.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        }
        return g;
    }

    /** Predicates and classes used in {@code graph} of the sample store. */
    private static Set<Node> terms(Node graph) {
        var dsg = SampleCorpus.store().dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<Node> terms = new HashSet<>();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                terms.add(q.getPredicate());
                if (q.getPredicate().equals(RDF.type.asNode())) {
                    terms.add(q.getObject());
                }
            });
            return terms;
        });
    }

    private static void assertDocumented(Graph vocab, Node t) {
        for (Node p : new Node[] {RDF.type.asNode(), RDFS.label.asNode(), RDFS.comment.asNode(),
            RDFS.isDefinedBy.asNode()}) {
            assertTrue(vocab.contains(t, p, Node.ANY), t + " has no " + p);
        }
    }

    @Test
    void everyCatalogTermIsDeclaredInStoreTtl() throws Exception {
        Graph vocab = storeVocabulary();
        Set<Node> used = terms(Catalog.GRAPH);
        assertTrue(used.contains(Catalog.SHA256) && used.contains(Catalog.FILE) && used.contains(Catalog.SOURCE_GRAPH));
        for (Node t : used) {
            if (!EXTERNAL.contains(t.getURI())) {
                assertTrue(t.getURI().startsWith(Catalog.NS), t + " is neither the store's nor a known vocabulary's");
                assertDocumented(vocab, t);
            }
        }
    }

    @Test
    void everyNetworkTermIsDeclaredInUnkgTtl() {
        Graph vocab = Ontology.vocabulary();
        Set<Node> used = terms(NetworkGraph.GRAPH);
        assertTrue(used.contains(Unkg.pageRank) && used.contains(Unkg.community), used.toString());
        for (Node t : used) {
            assertTrue(t.getURI().startsWith(Unkg.NS), t.toString());
            assertDocumented(vocab, t);
        }
    }
}
