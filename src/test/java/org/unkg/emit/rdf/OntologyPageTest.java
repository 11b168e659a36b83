package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class OntologyPageTest {
    private static final Path TURTLE = Path.of("ontology/unkg.ttl");
    private static final Path PAGE = Path.of("ontology/unkg.html");

    @Test
    void pageHasAnAnchorAndTheCommentOfEveryTerm() {
        String html = OntologyPage.render();
        Ontology.vocabulary().find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Unkg.NS)) {
                String local = t.getSubject().getURI().substring(Unkg.NS.length());
                assertTrue(html.contains("<section id=\"" + local + "\">"), local);
            }
        });
        assertTrue(html.contains("reaffirms"));
        assertTrue(html.contains("<a href=\"http://data.europa.eu/eli/ontology#LegalResource\"><code>eli:LegalResource"));
        assertTrue(html.contains("0.2.0"));
    }

    /**
     * {@code ontology/unkg.html} is generated, never edited. After changing the Turtle, regenerate it with
     * {@code mvn -q -o test -Dtest=OntologyPageTest -Dunkg.regenerate=true}.
     */
    @Test
    void committedPageIsGeneratedFromTheTurtle() throws IOException {
        String expected = OntologyPage.render(OntologyPage.readTurtle(TURTLE));
        if (Boolean.getBoolean("unkg.regenerate")) {
            Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(PAGE, StandardCharsets.UTF_8),
                "ontology/unkg.html is stale: run mvn -q -o test -Dtest=OntologyPageTest -Dunkg.regenerate=true");
    }
}
