package org.unkg.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

/** HITS against graphs small enough to solve by hand. */
class HitsTest {
    private static final double PHI = (1 + Math.sqrt(5)) / 2;

    private static Graph<String, DefaultEdge> graph(String... edges) {
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
        for (String e : edges) {
            String[] ab = e.split("->");
            g.addVertex(ab[0]);
            g.addVertex(ab[1]);
            g.addEdge(ab[0], ab[1]);
        }
        return g;
    }

    /**
     * A cites C; B cites C and D. Authorities a = A^T h, hubs h = A a: a(C) = h(A) + h(B), a(D) = h(B),
     * h(A) = a(C), h(B) = a(C) + a(D). So a is the principal eigenvector of A^T A = [[2, 1], [1, 1]], whose
     * eigenvalue is (3 + sqrt 5) / 2 = phi^2 and eigenvector (phi, 1): a(C) = phi / (phi + 1) = 1 / phi = 0.618,
     * a(D) = 1 / phi^2 = 0.382; then h(A) = a(C) = 0.382 and h(B) = a(C) + a(D) = 0.618 after scaling to sum 1.
     */
    @Test
    void hubsAndAuthoritiesOfTwoCitersAndTwoCitedMatchTheHandComputedGoldenRatio() {
        Hits<String> h = Hits.of(graph("A->C", "B->C", "B->D"));
        assertEquals(1 / PHI, h.authority().get("C"), 1e-9);
        assertEquals(1 / (PHI * PHI), h.authority().get("D"), 1e-9);
        assertEquals(0.0, h.authority().get("A"), 1e-12);
        assertEquals(1 / (PHI * PHI), h.hub().get("A"), 1e-9);
        assertEquals(1 / PHI, h.hub().get("B"), 1e-9);
        assertEquals(0.0, h.hub().get("C"), 1e-12);
    }

    /** A star: every leaf cites the centre; the centre is the only authority, the leaves share the hub score. */
    @Test
    void aStarHasOneAuthorityAndEqualHubs() {
        Hits<String> h = Hits.of(graph("a->hub", "b->hub", "c->hub", "d->hub"));
        assertEquals(1.0, h.authority().get("hub"), 1e-12);
        for (String leaf : new String[] {"a", "b", "c", "d"}) {
            assertEquals(0.25, h.hub().get(leaf), 1e-12);
        }
    }

    @Test
    void aRepeatedCitationCountsOnceAndAGraphWithoutEdgesScoresZero() {
        Hits<String> once = Hits.of(graph("A->C", "B->C", "B->D"));
        Hits<String> twice = Hits.of(graph("A->C", "A->C", "B->C", "B->D"));
        assertEquals(once.authority().get("C"), twice.authority().get("C"), 1e-12);
        Graph<String, DefaultEdge> lonely = new DirectedPseudograph<>(DefaultEdge.class);
        lonely.addVertex("x");
        assertEquals(0.0, Hits.of(lonely).hub().get("x"));
        assertEquals(0.0, Hits.of(lonely).authority().get("x"));
    }
}
