package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.emit.rdf.IriScheme;

class NamedQueryTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);

    @Test
    void theIndexListsEveryQueryFileOfTheProject() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertEquals(files, NamedQuery.all().stream().map(NamedQuery::name).sorted().toList());
    }

    @TestFactory
    Stream<DynamicTest> everyNamedQueryParsesAndDescribesItself() {
        return NamedQuery.all().stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> {
            q.query();
            assertFalse(q.description().isBlank(), "a description");
            assertTrue(q.text().contains("unkg query --name " + q.name()), "an example command");
            for (QueryParameter p : q.parameters()) {
                assertTrue(q.text().contains("?" + p.name()), "?" + p.name() + " is used");
            }
        }));
    }

    @Test
    void citedByDeclaresAResolution() {
        NamedQuery q = NamedQuery.load("cited-by").orElseThrow();
        assertEquals(List.of(new QueryParameter("res", QueryParameter.Kind.RESOLUTION,
                "the cited resolution: 35/168, 1373 (2001), A/RES/35/168 or an IRI")), q.parameters());
        assertEquals(Map.of("res", IRIS.resolution("A/RES/35/168")), q.bind(Map.of("res", "35/168"), IRIS));
        assertThrows(IllegalArgumentException.class, () -> q.bind(Map.of(), IRIS));
        assertTrue(NamedQuery.load("../pom").isEmpty());
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "resolution | 35/168                          | <https://unkg.org/A/RES/35/168>",
        "resolution | ES-10/2                         | <https://unkg.org/A/RES/ES-10/2>",
        "resolution | 1373 (2001)                     | <https://unkg.org/S/RES/1373(2001)>",
        "resolution | S/RES/242 (1967)                | <https://unkg.org/S/RES/242(1967)>",
        "resolution | A/RES/53/97                     | <https://unkg.org/A/RES/53/97>",
        "resolution | <https://example.org/r>         | <https://example.org/r>",
        "iri        | A/RES/53/97                     | <https://unkg.org/A/RES/53/97>",
        "iri        | https://example.org/x           | <https://example.org/x>",
        "graph      | data/seeds/000.txt              | <https://unkg.org/source/data/seeds/000.txt>",
        "literal    | 35/168                          | \"35/168\"",
        "integer    | 42                              | \"42\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        "term       | unkg:Resolution                 | <https://unkg.org/ontology#Resolution>",
        "term       | \"Recalling\"@en                | \"Recalling\"@en",
        "term       | 35/168                          | \"35/168\"",
        "term       | plain words                     | \"plain words\"",
    })
    void valuesBecomeTermsByKind(String kind, String value, String term) {
        Node n = new QueryParameter("p", QueryParameter.Kind.named(kind), "").bind(value, IRIS);
        assertEquals(term, org.apache.jena.riot.out.NodeFmtLib.strNT(n));
    }

    @Test
    void anIntegerParameterRefusesWords() {
        QueryParameter p = new QueryParameter("n", QueryParameter.Kind.INTEGER, "");
        assertThrows(IllegalArgumentException.class, () -> p.bind("many", IRIS));
        assertEquals(NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger), p.bind(" 7 ", IRIS));
    }
}
