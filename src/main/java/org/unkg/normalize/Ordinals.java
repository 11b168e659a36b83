package org.unkg.normalize;

import org.unkg.grammar.OrdinalWords;

/**
 * Ordinal numbers as the UN spells sessions: {@code Seventy-ninth}, {@code Fifty-fifth}, {@code Tenth emergency
 * special}, and numeric ordinals {@code 83rd}. The words are data ({@code grammar/ordinals.tsv}); this is the
 * normalize stage's name for them.
 *
 * <pre>{@code
 * Ordinals.parse("Seventy-ninth");  // 79
 * Ordinals.parse("83rd");           // 83
 * }</pre>
 */
public final class Ordinals {
    /** An ordinal word, optionally hyphenated ({@code Seventy-ninth}). */
    public static final String WORD = OrdinalWords.standard().word();

    private Ordinals() {
    }

    /** The number an ordinal spells, or null. */
    public static Integer parse(String s) {
        return OrdinalWords.standard().parse(s);
    }
}
