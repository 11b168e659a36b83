package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.fixtures.CliRun;
import org.unkg.fixtures.SampleStore;


/** The command line as a user meets it: exit status, stdout and stderr. */
class CliTest {
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
    void data() throws IOException {
        SampleStore.write(tmp.resolve("data"));
    }

    private int ingest(String... paths) {
        List<String> args = new ArrayList<>(List.of("ingest", "--db", db(), "--root", tmp.toString(), "-q"));
        args.addAll(List.of(paths));
        return run(args.toArray(String[]::new));
    }

    @Test
    void aBadFileIsOneLineOnStderrTheOthersAreStoredAndTheExitStatusIs1() throws IOException {
        Path empty = tmp.resolve("data/ga/empty.txt");
        Files.writeString(empty, "");
        assertEquals(1, ingest(tmp.resolve("data").toString()));
        assertEquals(empty + ": the file is empty" + System.lineSeparator(), err);
        assertTrue(out.startsWith("4 files: 3 stored, 0 skipped, 1 failed;"), out);
        assertTrue(out.contains("seconds") || out.contains(" s ("), out);
        assertEquals(0, run("query", "--db", db(), "--name", "sources", "--format", "csv"));
        assertEquals(4, out.strip().split("\\R").length, "a header and three files: " + out);
    }

    @Test
    void aSecondIngestSkipsUnchangedFiles() {
        assertEquals(0, ingest(tmp.resolve("data").toString()));
        assertEquals(0, ingest(tmp.resolve("data").toString()));
        assertTrue(out.startsWith("3 files: 0 stored, 3 skipped, 0 failed;"), out);
    }

    @Test
    void namedQueriesTakeParameters() {
        ingest(tmp.resolve("data").toString());
        assertEquals(0, run("query", "--db", db(), "--name", "cited-by", "--param", "res=35/168"));
        assertTrue(out.contains("citing") && out.contains("quoted"), out);
        assertEquals(0, run("query", "--db", db(), "--list"));
        assertTrue(out.contains("cited-by:") && out.contains("--param res="), out);
        assertEquals(2, run("query", "--db", db(), "--name", "cited-by"));
        assertTrue(err.contains("needs --param res=VALUE"), err);
        assertEquals(2, run("query", "--db", db(), "--name", "no-such-query"));
        assertEquals(0, run("query", "--db", db(), "--name", "describe", "--param",
                "iri=source/data/ga/A_RES_53_97.txt", "--format", "ntriples"), err);
        assertTrue(out.contains("<https://unkg.org/store#file> \"data/ga/A_RES_53_97.txt\""), out);
    }

    @Test
    void adHocQueriesPrintInEveryResultFormat() {
        ingest(tmp.resolve("data").toString());
        String q = "SELECT ?file WHERE { GRAPH <urn:x-unkg:catalog> { ?g <https://unkg.org/store#file> ?file } } "
                + "ORDER BY ?file";
        assertEquals(0, run("query", "--db", db(), q));
        assertTrue(out.contains("| \"data/ga/A_RES_53_97.txt\""), out);
        assertEquals(0, run("query", "--db", db(), "--format", "tsv", q));
        assertTrue(out.startsWith("?file\n\"data/ga/A_RES_53_97.txt\""), out);
        assertEquals(0, run("query", "--db", db(), "--format", "json", q));
        assertTrue(out.contains("\"bindings\""), out);
        assertEquals(0, run("query", "--db", db(), "--format", "xml", q));
        assertTrue(out.contains("<sparql"), out);
        assertEquals(0, run("query", "--db", db(), "ASK { ?s ?p ?o }"));
        assertEquals("yes", out.strip());
        assertEquals(0, run("query", "--db", db(), "--format", "ntriples",
                "CONSTRUCT { ?g a <urn:x:G> } WHERE { GRAPH <urn:x-unkg:catalog> { ?g ?p ?o } }"));
        assertEquals(3, out.strip().split("\\R").length, out);
    }

    @Test
    void parametersOfAdHocQueriesAreReadAsTerms() {
        ingest(tmp.resolve("data").toString());
        assertEquals(0, run("query", "--db", db(), "--param", "f=\"data/sc/S_RES_1373_2001.txt\"", "--format", "csv",
                "SELECT ?g WHERE { GRAPH <urn:x-unkg:catalog> { ?g <https://unkg.org/store#file> ?f } }"));
        assertTrue(out.contains("https://unkg.org/source/data/sc/S_RES_1373_2001.txt"), out);
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, run("ingest", "--loader", "fast"));
        assertEquals(2, run("query", "--db", db()));
        assertEquals(2, run("query", "--db", db(), "--format", "turtle", "SELECT * { ?s ?p ?o }"));
        assertEquals(2, run("export", "--db", db(), "--format", "yaml"));
        assertEquals(2, run("frobnicate"));
        assertEquals(2, run("query", "--db", tmp.resolve("nothing").toString(), "ASK {}"));
        assertTrue(err.contains("no unkg store"), err);
    }

    /** The store's own count of its quads, asked through the query command. */
    private long storedQuads() {
        assertEquals(0, run("query", "--db", db(), "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        String[] lines = out.strip().split("\\R");
        return Long.parseLong(lines[lines.length - 1].strip());
    }

    @Test
    void exportWritesAFileInTheFormatItsNameSays() throws IOException {
        ingest(tmp.resolve("data").toString());
        Path nq = tmp.resolve("dump.nq.gz");
        assertEquals(0, run("export", "--db", db(), "-o", nq.toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nq))) {
            Model m = Rio.parse(in, "", RDFFormat.NQUADS);
            assertEquals(storedQuads(), m.size(), "every stored quad is exported");
        }
        assertEquals(0, run("export", "--db", db(), "--format", "turtle", "--graph", "data/ga/A_RES_53_97.txt"));
        assertTrue(out.contains("@prefix"), out);
        assertEquals(1, run("export", "--db", db(), "--format", "turtle", "--graph", "data/nothing.txt"));
        assertTrue(err.contains("no such graph"), err);
        assertEquals(2, run("export", "--db", db(), "--format", "binary"));
    }

    @Test
    void removeDropsFilesAndSaysWhichWereNotThere() {
        ingest(tmp.resolve("data").toString());
        String file = tmp.resolve("data/sc/S_RES_1373_2001.txt").toString();
        assertEquals(0, run("remove", "--db", db(), "--root", tmp.toString(), file));
        assertTrue(out.contains("removed 1 of 1"), out);
        assertEquals(1, run("remove", "--db", db(), "--root", tmp.toString(), file));
        assertEquals(file + ": not in the store" + System.lineSeparator(), err);
        assertEquals(0, run("remove", "--db", db(), "data/ga/A_RES_60_1.txt"), "by stored name too: " + err);
    }

    /** Issue 10: "unkg ingest /some/folder refuses any path outside the current folder". */
    @Test
    void aFolderAnywhereIsIngestedWithoutRootAndKeepsItsNameFromAnyFolder() {
        String abs = tmp.resolve("data").toAbsolutePath().toString();
        assertEquals(0, run("ingest", "--db", db(), "-q", "--no-network", abs), err);
        assertTrue(out.contains("3 stored"), out);
        assertEquals(0, run("ingest", "--db", db(), "-q", "--no-network", abs + "/ga/A_RES_53_97.txt"), err);
        assertTrue(out.contains("1 skipped"), "the same file, reached alone, has the same name: " + out);
        assertEquals(0, run("remove", "--db", db(), abs + "/ga/A_RES_53_97.txt"), err);
    }

    @Test
    void aMistypedPathIsAUsageErrorAndLeavesNoStore() {
        assertEquals(2, run("ingest", "--db", db(), "-q", tmp.resolve("no-such-folder").toString()));
        assertTrue(err.contains("no-such-folder: no such file or directory"), err);
        assertTrue(!Files.exists(Path.of(db())), "no store was made");
    }

    @Test
    void serveRefusesToOpenWritesWithoutCredentials() {
        assertEquals(2, run("serve", "--db", db(), "--enable-update", "--port", "0"));
        assertTrue(err.contains("--enable-update needs credentials"), err);
        assertEquals(2, run("serve", "--db", db(), "--token-file", "x", "--port", "0"));
        assertEquals(2, run("serve", "--db", db(), "--service-allow", "file:///", "--port", "0"));
        assertTrue(err.contains("http(s) URL prefix"), err);
    }

    @Test
    void serveHelpDocumentsTheLimitsAndTheAllowList() {
        assertEquals(0, run("serve", "--help"));
        for (String option : List.of("--service-allow", "--max-url", "--max-body", "--max-concurrent",
                "--cors-origin", "--token-file", "--token-env", "--password-file", "--result-limit")) {
            assertTrue(out.contains(option), option);
        }
    }
}
