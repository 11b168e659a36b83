package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unkg.model.Citation;
import org.unkg.model.Extraction;

/**
 * The same resolutions in the two shapes text is pulled from a PDF in: page layout (every printed line a line, as
 * {@code data/ga/A_RES_78_*.txt} are) and re-joined paragraphs (every block of lines made one line, as tools that
 * "reflow" a PDF give it). The re-joined text is made here from the page-layout text by joining the lines between
 * blank lines, so running headers, footnote separators and closing lines end up glued to the text around them.
 * Both shapes give the same identity, and the same mentions (kind, target, section and clause verb) but for a few;
 * the same holds, a little less strictly, for the Council's texts, whose clauses often stand without a blank line
 * between them, so that re-joining glues whole preambles into one line.
 */
class ReJoinedTextTest {
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    /** The Assembly's session 78, PDF text. */
    private static final Map<String, Extraction[]> PAIRS = new TreeMap<>();
    /** The Council, 1946-2002: OCR of the printed volumes and ODS text, clauses often without blank lines between. */
    private static final Map<String, Extraction[]> COUNCIL = new TreeMap<>();

    @TempDir
    static Path rejoined;

    @BeforeAll
    static void readBothShapes() throws IOException, org.unkg.source.SourceException {
        Extractor ex = Extractor.builder().build();
        readBothShapes(ex, Path.of("data", "ga"), "A_RES_78_", PAIRS);
        readBothShapes(ex, Path.of("data", "sc"), "S_RES_", COUNCIL);
    }

    private static void readBothShapes(Extractor ex, Path folder, String prefix, Map<String, Extraction[]> into)
            throws IOException, org.unkg.source.SourceException {
        try (Stream<Path> s = Files.list(folder)) {
            for (Path txt : s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                Path joined = rejoined.resolve(txt.getFileName());
                Files.writeString(joined, rejoin(Files.readString(txt)), StandardCharsets.UTF_8);
                into.put(txt.getFileName().toString(), new Extraction[] {ex.extract(txt), ex.extract(joined)});
            }
        }
    }

    /** Each block of lines between blank lines as one line, its lines joined by a space. */
    static String rejoin(String pageLayout) {
        return BLOCK_BREAK.splitAsStream(pageLayout)
                .map(block -> block.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .collect(Collectors.joining(" ")))
                .collect(Collectors.joining("\n\n"));
    }

    @Test
    void reJoinedTextGivesTheSameIdentity() {
        assertTrue(PAIRS.size() >= 320, "files: " + PAIRS.size());
        assertEquals(List.of(), identityDifferences(PAIRS));
    }

    @Test
    void reJoinedCouncilTextGivesTheSameIdentityButForAFew() {
        assertTrue(COUNCIL.size() >= 850, "files: " + COUNCIL.size());
        List<String> differ = identityDifferences(COUNCIL);
        differ.forEach(System.out::println);
        double same = 1 - (double) differ.size() / COUNCIL.size();
        System.out.printf(Locale.ROOT, "Council, page layout and re-joined: %.3f of %d identities the same%n", same,
                COUNCIL.size());
        assertTrue(same >= 0.99, "identities the same: " + same);
    }

    /** Each file whose two shapes give different identities, with both. */
    private static List<String> identityDifferences(Map<String, Extraction[]> pairs) {
        List<String> differ = new ArrayList<>();
        pairs.forEach((file, x) -> {
            if (!x[0].identity().equals(x[1].identity())) {
                differ.add(file + "\n  page layout: " + x[0].identity() + "\n  re-joined:   " + x[1].identity());
            }
        });
        return differ;
    }

    @Test
    void reJoinedTextGivesTheSameMentionsWhereTheyStand() {
        assertTrue(mentionAgreement("session 78", PAIRS) >= 0.995);
    }

    @Test
    void reJoinedCouncilTextGivesTheSameMentionsWhereTheyStandButForAFew() {
        assertTrue(mentionAgreement("Council", COUNCIL) >= 0.98);
    }

    /** The share of mentions (kind, target, section, verb) both shapes give; the differences printed by file. */
    private static double mentionAgreement(String name, Map<String, Extraction[]> pairs) {
        int same = 0;
        int total = 0;
        StringBuilder differences = new StringBuilder();
        for (var e : pairs.entrySet()) {
            Map<String, Integer> a = mentions(e.getValue()[0]);
            Map<String, Integer> b = mentions(e.getValue()[1]);
            TreeMap<String, Integer> keys = new TreeMap<>(a);
            keys.putAll(b);
            List<String> only = new ArrayList<>();
            for (String k : keys.keySet()) {
                int x = a.getOrDefault(k, 0);
                int y = b.getOrDefault(k, 0);
                same += 2 * Math.min(x, y);
                total += x + y;
                if (x != y) {
                    only.add((x > y ? "page layout only: " : "re-joined only: ") + k);
                }
            }
            if (!only.isEmpty()) {
                differences.append(e.getKey()).append(' ').append(only).append('\n');
            }
        }
        double agreement = (double) same / total;
        System.out.print(differences);
        System.out.printf(Locale.ROOT, "%s, page layout and re-joined: %.4f of %d mentions the same (kind, "
                + "target, section, verb)%n", name, agreement, total);
        return agreement;
    }

    private static Map<String, Integer> mentions(Extraction x) {
        Map<String, Integer> m = new TreeMap<>();
        for (Citation c : x.citations()) {
            m.merge(c.kind().jsonName() + " " + c.target() + " @" + c.section().jsonName() + " " + c.verb(), 1,
                    Integer::sum);
        }
        return m;
    }
}
