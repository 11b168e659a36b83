package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bodies and treaties the seeds name, listed by {@code unkg query --name bodies} and {@code --name treaties}. */
class KnowledgeQueriesTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void ingestTheSeeds() {
        assertEquals(0, run("ingest", "--db", tmp.resolve("db").toString(), "--root", "data", "-q", "data/seeds")
                .status(), "ingest");
    }

    @Test
    void bodiesAreListedWithTheResolutionsThatNameThemAndWhatEstablishedThem() {
        Result r = run("query", "--db", tmp.resolve("db").toString(), "--name", "bodies", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        String row = r.out().lines().filter(l -> l.contains("\"Counter-Terrorism Committee\"")
                || l.contains(",Counter-Terrorism Committee,")).findFirst().orElse("");
        assertTrue(row.contains("S/RES/1373(2001)"), "the Committee and the resolution that established it: " + row);
        assertTrue(r.out().contains("United Nations Office on Drugs and Crime"), r.out());
    }

    @Test
    void treatiesAreListedWithTheirTreatySeriesReference() {
        Result r = run("query", "--db", tmp.resolve("db").toString(), "--name", "treaties", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        String row = r.out().lines().filter(l -> l.contains("Convention on the Safety of United Nations and Associated "
                + "Personnel") && !l.contains("Optional")).findFirst().orElse("");
        assertTrue(row.contains("35457") && row.contains("2051"), "UNTS No. 35457, vol. 2051: " + row);
    }

    record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int rc = cl.execute(args);
        return new Result(rc, out.toString(), err.toString());
    }
}
