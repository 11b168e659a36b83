package org.unkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.fixtures.SampleCorpus;

/**
 * Every named query run on the seeds and the Security Council resolutions of 1991–1992 ({@link SampleCorpus}),
 * each giving an answer known from the texts.
 */
class NamedQueryAnswersTest {
    private static final IriScheme IRIS = new IriScheme(IriScheme.DEFAULT_BASE);
    private static final String B = IriScheme.DEFAULT_BASE;
    private static final String TEXT_2006 = B + "resolution/general-assembly/2006-12-04/plenary-64/text-6ab5fb89568b";

    /** The rows of a named query: each variable to its value (IRI, or literal's lexical form). */
    static List<Map<String, String>> run(String name, String... params) {
        NamedQuery q = NamedQuery.load(name).orElseThrow();
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            values.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        Map<String, Node> bound = q.bind(values, IRIS);
        var dsg = SampleCorpus.store().dataset();
        return Txn.calculateRead(dsg, () -> {
            var b = QueryExec.dataset(dsg).query(q.query());
            bound.forEach(b::substitution);
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExec exec = b.build()) {
                RowSet rs = exec.select();
                rs.forEachRemaining(binding -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    binding.vars().forEachRemaining(v -> {
                        Node n = binding.get(v);
                        row.put(v.getVarName(), n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm()
                                : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }

    private static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    private static Map<String, String> first(List<Map<String, String>> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(r.get(var))).findFirst()
                .orElseThrow(() -> new AssertionError(var + " = " + value + " not in " + rows));
    }

    @Test
    void citedByGivesThePassagesThatCite35_168OldestFirstIncludingTheTextWithoutASymbol() {
        var rows = run("cited-by", "res=35/168");
        assertEquals(List.of(B + "A/RES/53/97", TEXT_2006, B + "A/RES/77/108"), column(rows, "citing"));
        for (var r : rows) {
            assertEquals("Convinced", r.get("verb"), r.toString());
            assertEquals("preamble", r.get("section"), r.toString());
            assertTrue(r.get("quoted").contains("35/168") && r.get("quoted").contains("15 December 1980"), r.toString());
            assertTrue(r.get("file").startsWith("data/seeds/"), r.toString());
        }
    }

    @Test
    void citesGivesVerbSectionParagraphAndQuotedPassageInTextOrder() {
        var rows = run("cites", "res=53/97");
        assertEquals("resolution 35/168 of 15 December 1980", first(rows, "cited", B + "A/RES/35/168").get("quoted"));
        var para = rows.stream().filter(r -> r.get("cited").equals(B + "A/RES/42/154")).toList();
        assertEquals(List.of("11", "12"), column(para, "paragraph"), "paragraphs 9 and 12 of 42/154, cited in 11 and 12");
        assertTrue(para.stream().allMatch(r -> r.get("section").equals("operative") && r.get("verb").equals("Requests")));
        assertTrue(column(rows, "cited").indexOf(B + "A/RES/35/168") < column(rows, "cited").indexOf(B + "A/RES/42/154"));
    }

    @Test
    void citedByFilteredNarrowsByOrganYearsSectionAndVerb() {
        var rows = run("cited-by-filtered", "res=713 (1991)", "organ=sc", "from=1991", "to=1992",
                "insection=operative", "verbstart=dec");
        assertEquals(List.of(B + "S/RES/743(1992)", B + "S/RES/757(1992)"), column(rows, "citing"));
        assertTrue(run("cited-by-filtered", "res=713 (1991)", "organ=ga", "from=1991", "to=1992",
                "insection=any", "verbstart=any").isEmpty(), "no Assembly resolution in the sample cites 713");
        var all = run("cited-by-filtered", "res=713 (1991)", "organ=any", "from=1991", "to=1992",
                "insection=any", "verbstart=any");
        assertTrue(all.size() > rows.size());
        assertTrue(run("cited-by-filtered", "res=713 (1991)", "organ=any", "from=1991", "to=1991",
                "insection=any", "verbstart=any").stream().allMatch(r -> r.get("date").startsWith("1991")));
    }

    @Test
    void citesTransitiveFollowsTheLineageBackTo713() {
        List<String> back = column(run("cites-transitive", "res=787 (1992)"), "ancestor");
        assertTrue(back.containsAll(List.of(B + "S/RES/757(1992)", B + "S/RES/724(1991)", B + "S/RES/713(1991)")), back.toString());
        assertTrue(back.indexOf(B + "S/RES/713(1991)") < back.indexOf(B + "S/RES/757(1992)"), "oldest first");
        assertFalse(back.contains(B + "S/RES/787(1992)"));
    }

    @Test
    void citedByTransitiveFindsEveryLaterLinkOf713() {
        List<String> forward = column(run("cited-by-transitive", "res=713 (1991)"), "descendant");
        assertTrue(forward.containsAll(List.of(B + "S/RES/724(1991)", B + "S/RES/757(1992)", B + "S/RES/787(1992)")));
        assertTrue(forward.indexOf(B + "S/RES/724(1991)") < forward.indexOf(B + "S/RES/787(1992)"));
    }

    @Test
    void reaffirmingIsToldApartFromMerelyRecalling() {
        var rows = run("reaffirmed-or-recalled", "res=757 (1992)");
        assertEquals("reaffirms", first(rows, "citing", B + "S/RES/787(1992)").get("force"));
        assertEquals("recalls", first(rows, "citing", B + "S/RES/760(1992)").get("force"));
        assertEquals("Recalling", first(rows, "citing", B + "S/RES/760(1992)").get("verbs"));
        assertEquals(rows.size(), Set.copyOf(column(rows, "citing")).size(), "each citing resolution once");
    }

    @Test
    void titleLineageRuns53_97ThenThe2006TextThen77_108() {
        var rows = run("title-lineage", "origin=35/168");
        assertEquals(List.of(B + "A/RES/53/97", TEXT_2006, B + "A/RES/77/108"), column(rows, "res"));
        assertEquals(List.of("53", "61", "77"), column(rows, "session"));
        assertTrue(rows.get(2).get("title").startsWith("Consideration of effective measures"), rows.toString());
    }

    @Test
    void theFormerYugoslaviaRegimeChainIsFoundInOrder() {
        var rows = run("regime-chain", "res=787 (1992)");
        assertEquals(List.of(B + "S/RES/787(1992)", B + "S/RES/757(1992)", B + "S/RES/724(1991)", B + "S/RES/713(1991)"),
                column(rows, "link"));
        assertEquals(List.of("0", "1", "2", "3"), column(rows, "citedByLinks"), "each link is cited by every later one");
    }

    @Test
    void coCitationAndBibliographicCouplingJoinTheSeedsOnDiplomaticMissions() {
        assertEquals(List.of(B + "A/RES/42/154"), column(run("co-cited", "res=35/168"), "other"),
                "53/97 cites 35/168 and 42/154");
        var coupled = run("coupled", "res=53/97");
        assertEquals(Set.of(B + "A/RES/77/108", TEXT_2006), Set.copyOf(column(coupled, "other")));
        assertTrue(column(coupled, "sharedReferences").stream().allMatch(n -> n.equals("1")), "35/168");
    }

    @Test
    void citationsBySectionCountEverySectionOnce() {
        var rows = run("citations-by-section");
        Set<String> sections = Set.copyOf(column(rows, "section"));
        assertTrue(Set.of("heading", "preamble", "operative", "footnote", "annex", "trailer").containsAll(sections),
                sections.toString());
        var preambleResolutions = rows.stream()
                .filter(r -> r.get("section").equals("preamble") && r.get("kind").equals("resolution")).findFirst()
                .orElseThrow();
        assertTrue(Integer.parseInt(preambleResolutions.get("citations")) > 100, preambleResolutions.toString());
    }

    @Test
    void mostCitedRanksEachKind() {
        assertEquals(B + "A/RES/35/168", run("most-cited-ga").get(0).get("cited"));
        assertEquals("3", run("most-cited-ga").get(0).get("citedBy"));
        assertEquals(B + "S/RES/713(1991)", run("most-cited-sc").get(0).get("cited"));
        assertEquals(B + "treaty/charter-of-the-united-nations", run("most-cited-treaties").get(0).get("cited"));
        var docs = run("most-cited-documents");
        assertFalse(docs.isEmpty());
        assertTrue(docs.stream().noneMatch(r -> r.get("cited").contains("/RES/")), "documents, not resolutions");
        assertEquals(B + "body/secretary-general", run("most-named-bodies").get(0).get("body"));
        var any = run("most-cited");
        assertEquals(List.of(B + "treaty/charter-of-the-united-nations", B + "S/RES/713(1991)"),
                column(any, "cited").subList(0, 2));
        assertEquals(List.of("treaty", "resolution"), column(any, "kind").subList(0, 2));
    }

    @Test
    void bodiesComeWithTheResolutionsThatEstablishedThem() {
        var rows = run("bodies-established");
        var ctc = first(rows, "body", B + "body/counter-terrorism-committee");
        assertEquals(B + "S/RES/1373(2001)", ctc.get("establishedBy"));
        assertEquals("false", ctc.get("inStore"));
        var unprofor = first(rows, "body", B + "body/united-nations-protection-force");
        assertEquals(B + "S/RES/743(1992)", unprofor.get("establishedBy"));
        assertEquals("true", unprofor.get("inStore"), "743 (1992) is in data/sc");
    }

    @Test
    void bodiesListsEveryBodyNamedWithHowManyResolutionsNameItAndWhatEstablishedIt() {
        var ctc = first(run("bodies"), "body", B + "body/counter-terrorism-committee");
        assertEquals(B + "S/RES/1373(2001)", ctc.get("establishedBy"));
        assertTrue(Integer.parseInt(ctc.get("resolutions")) >= 1, ctc.toString());
    }

    @Test
    void treatiesListsEveryTreatyCitedWithItsTreatySeriesReference() {
        var row = first(run("treaties"), "treaty", B + "treaty/unts/35457");
        assertEquals("35457", row.get("untsNumber"));
        assertEquals("2051", row.get("untsVolume"));
        assertEquals("1994-12-09", row.get("adopted"));
    }

    @Test
    void citingATreatyListsItsCitersOldestFirst() {
        var rows = run("citing-treaty", "treaty=treaty/charter-of-the-united-nations");
        assertTrue(column(rows, "citing").containsAll(List.of(B + "A/RES/53/97", B + "S/RES/787(1992)")));
        List<String> dates = column(rows, "date").stream().filter(java.util.Objects::nonNull).toList();
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void notInStoreListsWhatToFetchNext() {
        var rows = run("not-in-store");
        List<String> missing = column(rows, "missing");
        assertTrue(missing.contains(B + "A/RES/35/168"), "cited by three seeds, held by none");
        assertFalse(missing.contains(B + "S/RES/713(1991)"), "713 is in data/sc");
        assertEquals("3", first(rows, "missing", B + "A/RES/35/168").get("citedBy"));
    }

    @Test
    void pageRankRanksByTheNetworkGraph() {
        var rows = run("pagerank");
        assertFalse(rows.isEmpty(), "the network graph was computed");
        List<Double> ranks = column(rows, "pageRank").stream().map(Double::valueOf).toList();
        assertEquals(ranks.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ranks);
    }

    @Test
    void resolutionsSourcesAndDescribeAnswer() {
        var resolutions = run("resolutions");
        assertEquals("data/seeds/000_53c47aa551a5de29.txt", first(resolutions, "resolution", B + "A/RES/53/97").get("file"));
        assertEquals(SampleCorpusSize.FILES, run("sources").size());
        NamedQuery describe = NamedQuery.load("describe").orElseThrow();
        Node res = describe.bind(Map.of("iri", "A/RES/53/97"), IRIS).get("iri");
        var dsg = SampleCorpus.store().dataset();
        var g = Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(describe.query()).substitution("iri", res).build()) {
                return exec.describe();
            }
        });
        assertTrue(g.contains(res, org.apache.jena.graph.NodeFactory.createURI("https://unkg.org/ontology#symbol"),
                org.apache.jena.graph.NodeFactory.createLiteralString("A/RES/53/97")), g.toString());
    }

    /** How many files {@link SampleCorpus} holds: five seeds and the SC resolutions of 1991–1992 in data/sc. */
    static final class SampleCorpusSize {
        static final int FILES = 5 + (int) SampleCorpus.files().stream().filter(p -> p.toString().endsWith(".txt"))
                .count();
    }

    @Test
    void everyNamedQueryIsAnsweredHere() {
        Set<String> tested = Set.of("cited-by", "cites", "cited-by-filtered", "cites-transitive", "cited-by-transitive",
                "reaffirmed-or-recalled", "title-lineage", "regime-chain", "co-cited", "coupled",
                "citations-by-section", "most-cited", "most-cited-ga", "most-cited-sc", "most-cited-treaties",
                "most-cited-documents", "most-named-bodies", "bodies-established", "citing-treaty", "not-in-store",
                "pagerank", "resolutions", "sources", "describe", "bodies", "treaties",
                // answered on the AKN4UN files, which carry the votes: VoteQueriesTest
                "votes-on-citing", "adopted-without-vote");
        assertEquals(tested, NamedQuery.all().stream().map(NamedQuery::name).collect(Collectors.toSet()));
        assertTrue(NamedQuery.all().size() >= 20);
    }
}
