package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.fixtures.CliRun;


/** {@code unkg network} as a user meets it, on a store of the five seeds. */
class NetworkCommandTest {
    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.of(args);
        out = r.out();
        err = r.err();
        return r.status();
    }

    private String db() {
        return tmp.resolve("db").toString();
    }

    @BeforeEach
    void ingestTheSeeds() {
        assertEquals(0, run("ingest", "--db", db(), "-q", "data/seeds"), err);
    }

    @Test
    void ingestRecomputesTheNetworkWhenFilesChangedAndNotOtherwise() {
        assertTrue(out.contains("network: ") && out.contains("<https://unkg.org/graph/network>"), out);
        assertEquals(0, run("query", "--db", db(), "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH "
                + "<https://unkg.org/graph/network> { ?r <https://unkg.org/ontology#pageRank> ?p } }"));
        assertTrue(Integer.parseInt(out.strip().split("\\R")[1]) > 5, out);
        assertEquals(0, run("ingest", "--db", db(), "-q", "data/seeds"));
        assertTrue(!out.contains("network: "), "nothing changed, nothing recomputed: " + out);
        assertEquals(0, run("ingest", "--db", db(), "-q", "--force", "--no-network", "data/seeds"));
        assertTrue(out.startsWith("5 files: 5 stored") && !out.contains("network: "), out);
    }

    @Test
    void pathPrintsTheShortestCitationPath() {
        assertEquals(0, run("network", "--db", db(), "--path", "53/97", "35/168"), err);
        assertTrue(out.contains("A/RES/53/97 -> A/RES/35/168"), out);
        assertEquals(0, run("network", "--db", db(), "--path", "53/97", "77/108"), err);
        assertTrue(out.contains("A/RES/53/97 -> A/RES/35/168 -> A/RES/77/108"), "linked through 35/168: " + out);
        assertEquals(1, run("network", "--db", db(), "--path", "53/97", "1/1"));
        assertTrue(err.contains("not a resolution in the store"), err);
    }

    @Test
    void networkMeasuresStoresAndExportsInTheFormatOfTheFileName() throws Exception {
        Path graphml = tmp.resolve("seeds.graphml");
        assertEquals(0, run("network", "--db", db(), "-o", graphml.toString()), err);
        assertTrue(out.contains("PageRank sum 1.000000"), out);
        assertTrue(out.contains(graphml + ": graphml"), out);
        assertTrue(Files.readString(graphml).contains("<graphml"));
        Path gexf = tmp.resolve("seeds.xml");
        assertEquals(0, run("network", "--db", db(), "--format", "GEXF", "-o", gexf.toString()), err);
        assertTrue(Files.readString(gexf).contains("<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\""));
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run("network", "--db", db(), "--format", "dot", "-o", tmp.resolve("x.dot").toString()));
        assertTrue(err.contains("gexf or graphml"), err);
        assertEquals(2, run("network", "--db", tmp.resolve("none").toString()));
        assertEquals(2, run("network", "--db", db(), "--path", "53/97"));
    }
}
