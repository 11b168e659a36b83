package org.unkg.emit.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.unkg.model.Citation;

/** Offsets converted to code points for the Web Annotation selectors still select the same text, whatever it is. */
class SpanTest {
    private static final int[] ALPHABET = {'a', ' ', '\n', '\t', 'é', '“', 0x1D400, 0x1F600, '(', '/'};

    @RepeatedTest(200)
    void codePointSpanSelectsWhatTheCharSpanSelected(RepetitionInfo rep) {
        Random r = new Random(rep.getCurrentRepetition());
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(60);
        for (int i = 0; i < n; i++) {
            sb.appendCodePoint(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String text = sb.toString();
        // a span on code point boundaries, as the extractor gives it in chars
        int cps = text.codePointCount(0, text.length());
        int a = r.nextInt(cps + 1);
        int b = a + r.nextInt(cps - a + 1);
        int start = text.offsetByCodePoints(0, a);
        int end = text.offsetByCodePoints(0, b);
        Citation c = SeedText.ga("1/1").span(start, end, text.substring(start, end)).build();

        Mentions.Span s = Mentions.Span.of(text, c);
        String selected = text.substring(text.offsetByCodePoints(0, s.start()), text.offsetByCodePoints(0, s.end()));
        assertEquals(c.text(), selected);
        assertEquals(c.text().codePointCount(0, c.text().length()), s.end() - s.start());
    }

    /** Spans counted on from one citation to the next, in any order, are the spans counted from the start. */
    @RepeatedTest(50)
    void codePointsCountedOnAgreeWithCountingFromTheStart(RepetitionInfo rep) {
        Random r = new Random(1000 + rep.getCurrentRepetition());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.appendCodePoint(ALPHABET[r.nextInt(ALPHABET.length)]);
        }
        String text = sb.toString();
        int cps = text.codePointCount(0, text.length());
        Mentions.CodePoints counter = new Mentions.CodePoints(text);
        for (int k = 0; k < 100; k++) {
            int a = r.nextInt(cps + 1);
            int start = text.offsetByCodePoints(0, a);
            assertEquals(a, counter.at(start), "code point of char " + start);
        }
    }
}
