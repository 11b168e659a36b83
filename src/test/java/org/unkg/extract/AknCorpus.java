package org.unkg.extract;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.unkg.cli.Unkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The UN's AKN4UN XML of sessions 74–78 ({@code shared/corpus/akn/74..78}, 1,636 resolutions) extracted once per
 * test run by {@code unkg extract --format json}, for the tests that judge the XML reader on all of it.
 *
 * <pre>{@code
 * JsonNode report = AknCorpus.report();     // one object per file, sessions 74 to 78
 * AknCorpus.SESSIONS;                        // the folders read
 * }</pre>
 */
final class AknCorpus {
    static final Path ROOT = Path.of("..", "shared", "corpus", "akn");
    static final List<Path> SESSIONS = Stream.of("74", "75", "76", "77", "78").map(ROOT::resolve).toList();
    private static JsonNode report;

    private AknCorpus() {
    }

    /** Every XML file of the sessions, in order. */
    static List<Path> files() throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path dir : SESSIONS) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The extract report of every file, computed on first use. */
    static synchronized JsonNode report() throws Exception {
        if (report == null) {
            List<String> args = new ArrayList<>(List.of("extract", "--format", "json"));
            files().forEach(p -> args.add(p.toString()));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var cl = Unkg.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(args.toArray(String[]::new));
            if (exit != 0 || !err.toString().isBlank()) {
                throw new AssertionError("extract on the AKN corpus: exit " + exit + "\n" + err);
            }
            report = new ObjectMapper().readTree(out.toString());
        }
        return report;
    }
}
