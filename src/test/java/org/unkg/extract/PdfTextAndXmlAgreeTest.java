package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unkg.model.Citation;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;

/**
 * The 78th session read twice: from the PDF text ({@code data/ga/A_RES_78_*.txt}) and from the UN's AKN4UN XML
 * ({@code shared/corpus/akn/78}). Both readings give the same identity and, but for a few, the same citations (kind,
 * target and section of every mention); the differences are printed, file by file.
 */
class PdfTextAndXmlAgreeTest {
    private static final Path GA = Path.of("data", "ga");
    private static final Path AKN = AknCorpus.ROOT.resolve("78");
    private static final Map<String, Extraction[]> PAIRS = new TreeMap<>();

    @BeforeAll
    static void readBoth() throws Exception {
        Extractor ex = Extractor.builder().build();
        Map<String, Path> xml = new HashMap<>();
        try (Stream<Path> s = Files.list(AKN)) {
            s.forEach(p -> xml.put(AknMarkup.keyOfFile(p.getFileName().toString()), p));
        }
        try (Stream<Path> s = Files.list(GA)) {
            for (Path txt : s.filter(p -> p.getFileName().toString().startsWith("A_RES_78_")).sorted().toList()) {
                Path x = xml.get(AknMarkup.keyOfFile(txt.getFileName().toString()));
                if (x != null) {
                    PAIRS.put(txt.getFileName().toString(), new Extraction[] {ex.extract(txt), ex.extract(x)});
                }
            }
        }
    }

    @Test
    void bothReadingsGiveTheSameIdentity() {
        assertTrue(PAIRS.size() >= 320, "pairs: " + PAIRS.size());
        List<String> differ = new ArrayList<>();
        for (var e : PAIRS.entrySet()) {
            Identity t = e.getValue()[0].identity();
            Identity x = e.getValue()[1].identity();
            compare(e.getKey(), "symbol", t.symbol(), x.symbol(), differ);
            compare(e.getKey(), "number", t.number(), x.number(), differ);
            compare(e.getKey(), "session", t.session(), x.session(), differ);
            compare(e.getKey(), "adopted", t.adopted(), x.adopted(), differ);
            compare(e.getKey(), "plenaryMeeting", t.plenaryMeeting(), x.plenaryMeeting(), differ);
            compare(e.getKey(), "title", t.title(), x.title(), differ);
            compare(e.getKey(), "agendaItem", t.agendaItem(), x.agendaItem(), differ);
            compare(e.getKey(), "mainCommittee", t.mainCommittee(), x.mainCommittee(), differ);
            compare(e.getKey(), "committeeReport", t.committeeReport(), x.committeeReport(), differ);
            compare(e.getKey(), "draft", t.draft(), x.draft(), differ);
        }
        assertEquals(List.of(), differ);
    }

    private static void compare(String file, String field, Object text, Object xml, List<String> differ) {
        if (!Objects.equals(text, xml)) {
            differ.add(file + " " + field + ": text " + text + ", XML " + xml);
        }
    }

    @Test
    void bothReadingsFindTheSameCitations() {
        int same = 0;
        int total = 0;
        StringBuilder differences = new StringBuilder();
        for (var e : PAIRS.entrySet()) {
            Map<String, Integer> t = mentions(e.getValue()[0]);
            Map<String, Integer> x = mentions(e.getValue()[1]);
            List<String> onlyText = new ArrayList<>();
            List<String> onlyXml = new ArrayList<>();
            for (String k : union(t, x)) {
                int a = t.getOrDefault(k, 0);
                int b = x.getOrDefault(k, 0);
                same += 2 * Math.min(a, b);
                total += a + b;
                if (a > b) {
                    onlyText.add(k + (a - b > 1 ? " x" + (a - b) : ""));
                } else if (b > a) {
                    onlyXml.add(k + (b - a > 1 ? " x" + (b - a) : ""));
                }
            }
            if (!onlyText.isEmpty() || !onlyXml.isEmpty()) {
                differences.append(e.getKey()).append("\n  only from the text: ").append(onlyText)
                        .append("\n  only from the XML:  ").append(onlyXml).append('\n');
            }
        }
        double agreement = (double) same / total;
        System.out.print(differences);
        System.out.printf(Locale.ROOT, "session 78, PDF text and XML: %.3f of %d mentions the same (kind, target, "
                + "section)%n", agreement, total);
        assertTrue(agreement >= 0.98, "agreement " + agreement);
    }

    /** Mentions by kind, target and section, counted. */
    private static Map<String, Integer> mentions(Extraction x) {
        Map<String, Integer> m = new TreeMap<>();
        for (Citation c : x.citations()) {
            m.merge(c.kind().jsonName() + " " + c.target() + " @" + c.section().jsonName(), 1, Integer::sum);
        }
        return m;
    }

    private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        TreeMap<String, Integer> u = new TreeMap<>(a);
        u.putAll(b);
        return new ArrayList<>(u.keySet());
    }
}
