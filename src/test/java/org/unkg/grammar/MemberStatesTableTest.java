package org.unkg.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** {@code member-states.tsv}: the 193 Member States, their ISO 3166-1 codes, and every name the markup votes with. */
class MemberStatesTableTest {
    private static final Path AKN = Path.of("..", "shared", "corpus", "akn");

    @Test
    void thereAre193MemberStatesEachWithItsOwnCodes() {
        List<MemberStates.MemberState> all = MemberStates.standard().all();
        assertEquals(193, all.size());
        Set<String> codes = new HashSet<>();
        for (MemberStates.MemberState s : all) {
            assertTrue(s.alpha3().matches("[A-Z]{3}") && s.alpha2().matches("[A-Z]{2}") && s.numeric().matches(
                    "\\d{3}"), s.toString());
            assertTrue(codes.add(s.alpha3()) && codes.add(s.alpha2()) && codes.add(s.numeric()), "unique: " + s);
        }
    }

    @Test
    void everyNameTheMarkupOfSessions74To78VotesWithIsKnown() throws Exception {
        Pattern org = Pattern.compile("<organization refersTo=\"memberState\">([^<]*)</organization>");
        Set<String> unknown = new TreeSet<>();
        int names = 0;
        for (String session : List.of("74", "75", "76", "77", "78")) {
            try (Stream<Path> files = Files.list(AKN.resolve(session))) {
                for (Path f : files.toList()) {
                    Matcher m = org.matcher(Files.readString(f));
                    while (m.find()) {
                        names++;
                        if (MemberStates.standard().byName(m.group(1)).isEmpty()) {
                            unknown.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(names > 50_000, "votes read: " + names);
        assertEquals(Set.of(), unknown);
    }

    @Test
    void spellingsOfOneStateAreOneState() {
        for (String n : List.of("TURKEY", "TÜRKİYE", "Türkiye", "TURKIYE")) {
            assertEquals("TUR", MemberStates.standard().byName(n).orElseThrow().alpha3(), n);
        }
        assertEquals("CIV", MemberStates.standard().byName("Côte d'Ivoire").orElseThrow().alpha3());
        assertEquals("NLD", MemberStates.standard().byName("NETHERLANDS (KINGDOM OF THE)").orElseThrow().alpha3());
    }
}
