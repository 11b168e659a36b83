package org.unkg.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The finders' word scanners walk the characters instead of trying a pattern at every one; on any text they must
 * find exactly what their pattern finds. Random text from an alphabet of the characters the patterns care about:
 * ASCII and accented letters, digits and other numbers (½, Ⅻ, ٣), hyphens, both apostrophes, underscores, slashes,
 * spaces and a letter outside the BMP (a surrogate pair).
 */
class WordScannersTest {
    private static final String[] ALPHABET = {"a", "Z", "é", "Ж", "1", "٣", "½", "Ⅻ", "-", "'", "\u2019", "_", "/",
        " ", "\n", ".", "(", "\uD835\uDC00"};

    @Test
    void genericBodyWordsAreThePatternsMatches() {
        agree(GenericBodyNames.WORD, GenericBodyNames::words);
    }

    @Test
    void bodyFinderWordsAreThePatternsMatches() {
        agree(BodyFinder.WORD, BodyFinder::words);
    }

    @Test
    void aRealSentenceGivesItsWords() {
        List<int[]> spans = new ArrayList<>();
        GenericBodyNames.words("the Board of Governors\u2019 report, P5 and Tunas45", spans);
        assertEquals(List.of("the", "Board", "of", "Governors\u2019", "report", "and"), texts(
                "the Board of Governors\u2019 report, P5 and Tunas45", spans));
    }

    private static void agree(Pattern p, BiConsumer<String, List<int[]>> scanner) {
        Random r = new Random(12);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = r.nextInt(30);
            // most texts without the surrogate pair, so that the scan itself, not its fallback, is what is tested
            boolean bmp = r.nextInt(4) > 0;
            for (int i = 0; i < length; i++) {
                sb.append(ALPHABET[r.nextInt(bmp ? ALPHABET.length - 1 : ALPHABET.length)]);
            }
            String s = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = p.matcher(s);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<int[]> spans = new ArrayList<>();
            scanner.accept(s, spans);
            List<String> got = spans.stream().map(a -> a[0] + "-" + a[1]).toList();
            assertEquals(expected, got, () -> "on \"" + s + "\"");
        }
    }

    private static List<String> texts(String s, List<int[]> spans) {
        return spans.stream().map(a -> s.substring(a[0], a[1])).toList();
    }
}
