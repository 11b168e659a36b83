package org.unkg.gold;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.unkg.cli.Unkg;

/**
 * The gold file scored against an extract report: per file and in total, by the rules of {@code score.py}.
 *
 * <pre>{@code
 * GoldReport r = GoldReport.score(GoldReport.seedsReport());
 * r.totals().get("gaResolutions").f1();
 * }</pre>
 */
final class GoldReport {
    static final Path SHARED = Path.of("..", "shared");
    static final Path GOLD = SHARED.resolve("gold/seeds.json");
    static final Path SEEDS = SHARED.resolve("seeds");
    static final List<String> CATEGORIES = List.of("gaResolutions", "scResolutions", "documents", "treaties");

    /** One seed's result. */
    record FileResult(String file, Map<String, GoldScorer.Counts> counts, List<String> missedBodies,
                      List<String> wrongIdentity, List<String> badOffsets, GoldTraps.Result traps) {
    }

    private final Map<String, GoldScorer.Counts> totals = new LinkedHashMap<>();
    private final List<FileResult> files = new ArrayList<>();
    private int identityOk;
    private int identityAll;
    private int bodiesFound;
    private int bodiesAll;
    private int offsetsOk;
    private int offsetsAll;

    private GoldReport() {
        CATEGORIES.forEach(c -> totals.put(c, new GoldScorer.Counts()));
    }

    /** Runs {@code unkg extract --format json} on every seed, as a user would, and returns what it printed. */
    static String seedsReport() {
        List<String> args = new ArrayList<>(List.of("extract", "--format", "json"));
        try (Stream<Path> s = Files.list(SEEDS)) {
            s.sorted().forEach(p -> args.add(p.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + SEEDS, e);
        }
        StringWriter out = new StringWriter();
        var cl = Unkg.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int status = cl.execute(args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("extract exited " + status);
        }
        return out.toString();
    }

    /** Scores a report (the JSON array) against the seeds' gold. */
    static GoldReport score(String reportJson) throws IOException {
        ObjectMapper om = new ObjectMapper();
        JsonNode gold = om.readTree(GOLD.toFile());
        JsonNode report = om.readTree(reportJson);
        GoldReport r = new GoldReport();
        for (JsonNode g : gold.get("documents")) {
            r.files.add(r.scoreOne(g, find(report, g.get("file").asText())));
        }
        return r;
    }

    static JsonNode find(JsonNode report, String file) {
        for (JsonNode o : report) {
            if (Path.of(o.get("file").asText()).getFileName().toString().equals(file)) {
                return o;
            }
        }
        throw new AssertionError("no extraction for " + file);
    }

    private FileResult scoreOne(JsonNode g, JsonNode e) throws IOException {
        Map<String, GoldScorer.Counts> c = new LinkedHashMap<>();
        c.put("gaResolutions", GoldScorer.resolutions(g.get("gaResolutions"), e.get("gaResolutions")));
        c.put("scResolutions", GoldScorer.resolutions(g.get("scResolutions"), e.get("scResolutions")));
        c.put("documents", GoldScorer.documents(g.get("documents"), e.get("documents"), g.get("otherDocuments")));
        c.put("treaties", GoldScorer.treaties(g.get("treaties"), e.get("treaties")));
        c.forEach((k, v) -> totals.get(k).add(v));
        List<JsonNode> eb = GoldScorer.iter(e.get("bodies"));
        List<String> missedBodies = new ArrayList<>();
        for (JsonNode b : GoldScorer.iter(g.get("bodies"))) {
            bodiesAll++;
            if (eb.stream().anyMatch(x -> GoldScorer.bodiesMatch(b, x))) {
                bodiesFound++;
            } else {
                missedBodies.add(b.asText());
            }
        }
        List<String> wrong = identity(g.get("resolution"), e.get("resolution"));
        String text = Files.readString(SEEDS.resolve(g.get("file").asText()));
        List<String> badOffsets = new ArrayList<>();
        for (JsonNode cit : e.get("citations")) {
            offsetsAll++;
            int s = cit.get("start").asInt();
            int en = cit.get("end").asInt();
            if (s >= 0 && en <= text.length() && s < en && text.substring(s, en).equals(cit.get("text").asText())) {
                offsetsOk++;
            } else {
                badOffsets.add(cit.toString());
            }
        }
        return new FileResult(g.get("file").asText(), c, missedBodies, wrong, badOffsets, GoldTraps.check(g, e));
    }

    private List<String> identity(JsonNode g, JsonNode e) {
        List<String> wrong = new ArrayList<>();
        String[][] fields = {{"organ"}, {"number"}, {"symbol"}, {"session"}, {"adopted"}, {"plenaryMeeting", "meeting"},
                {"title"}, {"agendaItem"}, {"mainCommittee"}, {"committeeReport"}, {"draft"}, {"distributed"}};
        for (String[] f : fields) {
            boolean ok = true;
            for (String k : f) {
                ok &= Objects.equals(norm(k, GoldScorer.text(g.get(k))), norm(k, GoldScorer.text(e.get(k))));
            }
            identityAll++;
            if (ok) {
                identityOk++;
            } else {
                wrong.add(String.join("/", f));
            }
        }
        return wrong;
    }

    private static String norm(String field, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = GoldScorer.dashes(GoldScorer.ws(v)).replace('\u2019', '\'').replace('\u201c', '"')
                .replace('\u201d', '"');
        return switch (field) {
            case "number" -> GoldScorer.resnum(s);
            case "symbol", "committeeReport", "draft" -> GoldScorer.doc(s);
            case "agendaItem" -> s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
            case "mainCommittee" -> s.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceFirst("\\.$", "");
            case "title", "organ" -> s.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "").strip();
            default -> s;
        };
    }

    List<FileResult> files() {
        return files;
    }

    Map<String, GoldScorer.Counts> totals() {
        return totals;
    }

    double bodiesRecall() {
        return bodiesAll == 0 ? 1.0 : (double) bodiesFound / bodiesAll;
    }

    double identity() {
        return identityAll == 0 ? 1.0 : (double) identityOk / identityAll;
    }

    /** Every seed's sprung traps. */
    List<GoldTraps.Violation> trapViolations() {
        return files.stream().flatMap(f -> f.traps().violations().stream()).toList();
    }

    double offsets() {
        return offsetsAll == 0 ? 1.0 : (double) offsetsOk / offsetsAll;
    }

    /** The table score.py prints, in short. */
    String table() {
        StringBuilder sb = new StringBuilder("category        P     R     F1    dates  paragraphs\n");
        totals.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%-14s %.2f  %.2f  %.2f  %d/%d  %d/%d%n", k,
                v.precision(), v.recall(), v.f1(), v.dateOk, v.matched, v.paraOk, v.matched)));
        sb.append(String.format(Locale.ROOT, "bodies recall %.2f, identity %.2f, offsets %.2f, traps %d (%d of %d "
                + "mustNot entries checkable)%n", bodiesRecall(), identity(), offsets(), trapViolations().size(),
                files.stream().mapToInt(f -> f.traps().checked()).sum(),
                files.stream().mapToInt(f -> f.traps().entries()).sum()));
        return sb.toString();
    }
}
