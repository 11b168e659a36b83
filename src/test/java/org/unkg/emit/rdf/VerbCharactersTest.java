package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verb table, read as the emitter reads it: verbs as UN resolutions write them, and the character each gets. */
class VerbCharactersTest {
    private static final VerbCharacters VERBS = VerbCharacters.standard();

    /** CiTO 2.8 object properties that characterize citations (the ones a table row may name). */
    private static final Set<String> CITO_PROPERTIES = Set.of("agreesWith", "citesAsAuthority", "citesAsDataSource",
            "citesAsEvidence", "citesAsMetadataDocument", "citesAsPotentialSolution", "citesAsRecommendedReading",
            "citesAsRelated", "citesAsSourceDocument", "citesForInformation", "compiles", "confirms",
            "containsAssertionFrom", "corrects", "credits", "critiques", "derides", "describes", "disagreesWith",
            "discusses", "disputes", "documents", "extends", "includesExcerptFrom", "includesQuotationFrom",
            "linksTo", "obtainsBackgroundFrom", "obtainsSupportFrom", "parodies", "plagiarizes", "qualifies",
            "refutes", "repliesTo", "retracts", "reviews", "ridicules", "speculatesOn", "supports", "updates",
            "usesConclusionsFrom", "usesDataFrom", "usesMethodIn", "cites");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Recalling                 | cito:obtainsBackgroundFrom",
            "Recalling also            | cito:obtainsBackgroundFrom",
            "Recalls                   | cito:obtainsBackgroundFrom",
            "Further recalling         | cito:obtainsBackgroundFrom",
            "Reaffirming               | unkg:reaffirms",
            "Reaffirms                 | unkg:reaffirms",
            "Also reaffirms            | unkg:reaffirms",
            "Reiterates                | unkg:reaffirms",
            "Affirming                 | cito:confirms",
            "Welcomes                  | unkg:welcomes",
            "Welcoming                 | unkg:welcomes",
            "Endorses                  | unkg:endorses",
            "Takes note                | unkg:takesNoteOf",
            "Takes note with appreciation | unkg:takesNoteOf",
            "Taking note               | unkg:takesNoteOf",
            "Noting                    | cito:citesForInformation",
            "Noting with appreciation  | cito:citesForInformation",
            "Notes                     | cito:citesForInformation",
            "Bearing in mind           | cito:citesForInformation",
            "Mindful                   | cito:citesForInformation",
            "Deeply concerned          | cito:citesForInformation",
            "Convinced                 | cito:citesForInformation",
            "Having considered         | cito:reviews",
            "Having also considered    | cito:citesForInformation",
            "Guided by                 | cito:citesAsAuthority",
            "Acting under Chapter VII of the Charter | cito:citesAsAuthority",
            "Decides                   | cito:extends",
            "Further decides           | cito:extends",
            "Requests                  | cito:citesAsAuthority",
            "Calls upon                | cito:citesAsAuthority",
            "Urges                     | cito:citesAsAuthority",
            "Strongly condemns         | cito:citesAsAuthority",
            "Commends                  | cito:credits",
            "Expressing its appreciation | cito:citesForInformation",
            "Underlines                | cito:citesAsAuthority",
            "Stressing                 | cito:citesAsAuthority",
            "Proclaims                 | cito:cites",
    })
    void verbGetsItsCharacter(String verb, String character) {
        assertEquals(node(character), VERBS.characterOf(verb));
    }

    @Test
    void noVerbIsAPlainCitation() {
        assertEquals(Vocab.Cito.cites, VERBS.characterOf(null));
        assertEquals(Vocab.Cito.cites, VERBS.characterOf("  "));
    }

    @Test
    void reaffirmingIsStrongerThanRecallingAndTakingNoteIsNotWelcoming() {
        assertNotEquals(VERBS.characterOf("Recalling"), VERBS.characterOf("Reaffirming"));
        assertNotEquals(VERBS.characterOf("Takes note"), VERBS.characterOf("Welcomes"));
    }

    @Test
    void everyCharacterIsACitoPropertyOrAUnkgSubPropertyOfOne() {
        Graph vocabulary = Ontology.vocabulary();
        for (VerbCharacters.Row r : VERBS.rows()) {
            String iri = r.character().getURI();
            if (iri.startsWith(Vocab.Cito.NS)) {
                assertTrue(CITO_PROPERTIES.contains(iri.substring(Vocab.Cito.NS.length())), r.stem() + ": " + iri);
            } else {
                assertTrue(iri.startsWith(Unkg.NS), r.stem() + ": " + iri);
                Node parent = vocabulary.find(r.character(), RDFS.subPropertyOf.asNode(), null).next().getObject();
                assertTrue(parent.getURI().startsWith(Vocab.Cito.NS), r.stem() + " is declared under CiTO");
            }
        }
    }

    @Test
    void everyRowHasANoteAndNoStemIsListedTwice() {
        Set<String> stems = new HashSet<>();
        for (VerbCharacters.Row r : VERBS.rows()) {
            assertFalse(r.note().isBlank(), r.stem());
            assertTrue(stems.add(r.stem()), "twice: " + r.stem());
        }
    }

    private static Node node(String curie) {
        return NodeFactory.createURI(Prefixes.expand(curie.trim()));
    }
}
