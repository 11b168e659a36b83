package org.unkg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link NameTable#longestAt} reads the longest name of the table that a text opens with by one key of the longest
 * text, where the treaty finder used to make a key for every shorter text as well: it must answer what that loop
 * answered. The texts are the tables' own names, written as resolutions write them (a leading "the" or "The", runs of
 * spaces, line breaks and hyphens, a curly apostrophe), with and without the words that follow a name in a sentence.
 */
class NameTableTest {
    private static final String[] AFTER = {"of", "the", "and", "Convention", "Protocol", "thereto", "(1998)", "-",
        "Committee", "on", "Rights", "Child", "  ", "\n"};

    @Test
    void theLongestNameATextOpensWithIsWhatLookingUpEachTextLongestFirstFinds() {
        for (NameTable table : List.of(TreatyFinder.TABLE, BodyFinder.TABLE)) {
            Random r = new Random(7);
            List<String> names = new ArrayList<>();
            for (NameTable.Row row : table.rows()) {
                names.add(row.name());
                names.addAll(row.altNames());
            }
            int found = 0;
            for (int n = 0; n < 5_000; n++) {
                String text = written(names.get(r.nextInt(names.size())), r);
                if (r.nextBoolean()) {
                    // a second name glued on, so that a shorter and a longer name both stand at the start
                    text = text + " " + written(names.get(r.nextInt(names.size())), r);
                }
                for (int w = r.nextInt(4); w > 0; w--) {
                    text = text + " " + AFTER[r.nextInt(AFTER.length)];
                }
                String s = "Recalling " + text + ", and";
                int start = "Recalling ".length();
                List<Integer> ends = wordEnds(s, start);
                NameTable.Found expected = null;
                for (int i = ends.size() - 1; i >= 0; i--) {
                    NameTable.Row row = table.lookup(s.substring(start, ends.get(i)));
                    if (row != null) {
                        expected = new NameTable.Found(ends.get(i), row);
                        break;
                    }
                }
                String shown = s;
                assertEquals(expected, table.longestAt(s, start, ends), () -> "on \"" + shown + "\"");
                found += expected != null ? 1 : 0;
            }
            // the texts are names: nearly all of them must be found, or the test compares nothing
            assertEquals(true, found > 4_000, "names found: " + found);
        }
    }

    @Test
    void noWordEndsNoName() {
        assertNull(TreatyFinder.TABLE.longestAt("Charter of the United Nations", 0, List.of()));
    }

    private static String written(String name, Random r) {
        String s = name;
        switch (r.nextInt(5)) {
            case 0 -> s = "the " + s;
            case 1 -> s = "The " + s;
            case 2 -> s = s.replace(" ", r.nextBoolean() ? "  " : "\n");
            case 3 -> s = s.replace("'", "\u2019").replace("-", "- ");
            default -> { }
        }
        return s;
    }

    /** The end of every word after {@code start}: where a letter, digit or bracket is followed by anything else. */
    private static List<Integer> wordEnds(String s, int start) {
        List<Integer> ends = new ArrayList<>();
        for (int i = start + 1; i <= s.length(); i++) {
            boolean wordChar = !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != ',';
            if (wordChar && (i == s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
                ends.add(i);
            }
        }
        return ends;
    }
}
