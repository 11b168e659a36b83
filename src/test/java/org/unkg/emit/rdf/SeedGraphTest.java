package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.extract.Extractor;
import org.unkg.model.Extraction;

/**
 * The graph the real extractor and emitter make of the seeds, read as a user of the graph would: by SPARQL.
 */
class SeedGraphTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static Emitted emitted;

    @BeforeAll
    static void extractAndEmitTheSeeds() throws Exception {
        Extractor ex = Extractor.builder().build();
        List<Extraction> xs = new ArrayList<>();
        for (String f : List.of("000_53c47aa551a5de29.txt", "001_faa796daa4996361.txt", "002_146c61c5e406aab9.txt",
                "003_1e1b856c1b555067.txt", "004_daac6e5e06228600.txt")) {
            xs.add(ex.extract(SEEDS.resolve(f)));
        }
        emitted = Emitted.of(xs);
    }

    @Test
    void threeResolutionsFromThreeFormatsCiteOneNodeFor35_168() {
        var rows = emitted.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?citing cito:cites <https://unkg.org/A/RES/35/168> } }");
        assertEquals(3, rows.size(), "53/97, 77/108 and the 2006 resolution without a symbol: " + rows);
    }

    @Test
    void theCounterTerrorismCommitteeIsLinkedToResolution1373() {
        assertTrue(emitted.ask("?body skos:prefLabel|rdfs:label ?name . FILTER(STR(?name) = "
                + "\"Counter-Terrorism Committee\") ?body unkg:establishedBy <https://unkg.org/S/RES/1373(2001)>"));
    }

    @Test
    void everySeedGraphValidatesAgainstTheShapes() {
        var report = Validation.validate(emitted.dsg.getUnionGraph());
        assertTrue(report.conforms(), () -> Validation.describe(report));
    }
}
