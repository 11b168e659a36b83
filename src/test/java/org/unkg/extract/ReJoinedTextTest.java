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
 * Both shapes give the same identity, and the same mentions (kind, target, section and clause verb) but for a few.
 */
class ReJoinedTextTest {
    private static final Path GA = Path.of("data", "ga");
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Map<String, Extraction[]> PAIRS = new TreeMap<>();

    @TempDir
    static Path rejoined;

    @BeforeAll
    static void readBothShapes() throws IOException, org.unkg.source.SourceException {
        Extractor ex = Extractor.builder().build();
        try (Stream<Path> s = Files.list(GA)) {
            for (Path txt : s.filter(p -> p.getFileName().toString().startsWith("A_RES_78_")).sorted().toList()) {
                Path joined = rejoined.resolve(txt.getFileName());
                Files.writeString(joined, rejoin(Files.readString(txt)), StandardCharsets.UTF_8);
                PAIRS.put(txt.getFileName().toString(), new Extraction[] {ex.extract(txt), ex.extract(joined)});
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
        List<String> differ = new ArrayList<>();
        PAIRS.forEach((file, x) -> {
            if (!x[0].identity().equals(x[1].identity())) {
                differ.add(file + "\n  page layout: " + x[0].identity() + "\n  re-joined:   " + x[1].identity());
            }
        });
        assertEquals(List.of(), differ);
    }

    @Test
    void reJoinedTextGivesTheSameMentionsWhereTheyStand() {
        int same = 0;
        int total = 0;
        StringBuilder differences = new StringBuilder();
        for (var e : PAIRS.entrySet()) {
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
        System.out.printf(Locale.ROOT, "session 78, page layout and re-joined: %.4f of %d mentions the same (kind, "
                + "target, section, verb)%n", agreement, total);
        assertTrue(agreement >= 0.99, "agreement " + agreement);
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
