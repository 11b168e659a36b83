package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named queries over what AKN4UN adds, on a store of the 78th session's XML: {@code votes-on-citing} (how each
 * Member State voted on the resolutions citing one) and {@code adopted-without-vote} (per citation character).
 */
class VoteQueriesTest {
    @TempDir
    static Path tmp;

    @BeforeAll
    static void ingestSession78Xml() {
        Result r = run("ingest", "--db", tmp.resolve("db").toString(), "--root", "..", "-q",
                "../shared/corpus/akn/78");
        assertEquals(0, r.status(), r.err());
    }

    @Test
    void votesOnTheResolutionsCitingTheDecolonizationDeclarationArePerMemberState() {
        Result r = run("query", "--db", tmp.resolve("db").toString(), "--name", "votes-on-citing", "--param",
                "res=1514 (XV)", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        String[] header = r.out().lines().findFirst().orElse("").split(",");
        assertEquals("state", header[0], r.out());
        assertEquals(194, r.out().strip().lines().count(), "a row per Member State: " + r.out());
        String israel = r.out().lines().filter(l -> l.contains(",ISR,")).findFirst().orElse("");
        String[] c = israel.split(",");
        assertTrue(Integer.parseInt(c[3]) > 0, "Israel voted against some of them: " + israel);
        int total = Integer.parseInt(c[2]) + Integer.parseInt(c[3]) + Integer.parseInt(c[4]) + Integer.parseInt(c[5]);
        assertEquals(Integer.parseInt(c[6]), total, "each citing resolution counted once per State: " + israel);
    }

    @Test
    void citationsAreCountedByCharacterAndHowTheCitingResolutionWasAdopted() {
        Result r = run("query", "--db", tmp.resolve("db").toString(), "--name", "adopted-without-vote", "--format",
                "csv");
        assertEquals(0, r.status(), r.err());
        String reaffirms = r.out().lines().filter(l -> l.startsWith("https://unkg.org/ontology#reaffirms,"))
                .findFirst().orElse("");
        String[] c = reaffirms.split(",");
        assertTrue(Integer.parseInt(c[1]) > 0 && Integer.parseInt(c[2]) > 0, r.out());
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
