package org.unkg.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern anchored ({@code ^…}) at a position of a passage, without copying what follows it: a finder that reads
 * a list item by item asks what stands after each item, and a copy of the rest of the passage each time made a
 * paragraph of thousands of citations quadratic. Group offsets are offsets into the whole passage.
 *
 * <pre>{@code
 * Matcher t = Anchored.at(ITEM_TAIL, s, end);
 * if (t.lookingAt()) { int next = t.end(); }
 * }</pre>
 */
public final class Anchored {
    private Anchored() {
    }

    /** A matcher of {@code p} over {@code s} from {@code from} to its end; {@code ^} matches at {@code from}. */
    public static Matcher at(Pattern p, String s, int from) {
        return p.matcher(s).region(from, s.length());
    }

    /**
     * Whether {@code m}'s pattern matches starting exactly at {@code from}, its lookarounds and boundaries seeing the
     * whole text. For a pattern that opens with {@code \G} this is what {@code m.find(from)} answers, without trying
     * every later position of the passage, where {@code \G} cannot match, before saying no.
     */
    public static boolean gluedAt(Matcher m, String s, int from) {
        return m.region(from, s.length()).useTransparentBounds(true).useAnchoringBounds(false).lookingAt();
    }

    /**
     * What {@code m.find(from)} finds, for a pattern that can only match where {@code canStart} holds: the pattern is
     * tried there, not at every character of the passage.
     */
    public static boolean find(Matcher m, String s, int from, java.util.function.IntPredicate canStart) {
        for (int i = from; i < s.length(); i++) {
            if (canStart.test(i) && gluedAt(m, s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words a match can open with, tested at a position of a passage by their first character before the whole word:
     * a finder asks at every character, and most characters open none of them.
     */
    public static final class Openings {
        private final String[] words;
        private final boolean[] firstAscii = new boolean[128];
        private final boolean firstOther;

        public Openings(java.util.Collection<String> words) {
            this.words = words.toArray(String[]::new);
            boolean other = false;
            for (String w : this.words) {
                char c = w.charAt(0);
                if (c < 128) {
                    firstAscii[c] = true;
                } else {
                    other = true;
                }
            }
            this.firstOther = other;
        }

        /** Whether {@code c} may open one of the words: false only where none opens with it. */
        public boolean opens(char c) {
            return c < 128 ? firstAscii[c] : firstOther;
        }

        /** Whether one of the words stands in {@code s} at {@code at}. */
        public boolean at(String s, int at) {
            if (!opens(s.charAt(at))) {
                return false;
            }
            for (String w : words) {
                if (s.startsWith(w, at)) {
                    return true;
                }
            }
            return false;
        }
    }
}
