package org.unkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordAgreementTest {

    @ParameterizedTest(name = "[{0}] vs [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
        "a b c d       | a b c d       | 1.0",
        "a b c d       | a c b d       | 0.75",
        "a b           | c d           | 0.0",
        "a\\nb\\fc     | a b c         | 1.0",
        "a b c d e f   | a b c         | 0.6666666666666666",
    })
    void ratioIsTwiceTheCommonWordsOverAllWords(String a, String b, double expected) {
        assertEquals(expected, WordAgreement.ratio(a.replace("\\n", "\n").replace("\\f", "\f"), b), 1e-12);
    }

    @Test
    void bitParallelLcsAgreesWithTheTextbookTableOnRandomSequences() {
        Random random = new Random(20240917);
        for (int round = 0; round < 300; round++) {
            List<String> a = randomWords(random, random.nextInt(200));
            List<String> b = randomWords(random, random.nextInt(200));
            assertEquals(textbookLcs(a, b), WordAgreement.lcs(a, b), () -> a + " / " + b);
        }
    }

    private static List<String> randomWords(Random random, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add("w" + random.nextInt(6));
        }
        return words;
    }

    private static int textbookLcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}
