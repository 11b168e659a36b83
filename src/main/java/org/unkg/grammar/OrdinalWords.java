package org.unkg.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ordinals as the UN writes sessions, committees and meetings, compiled from {@code ordinals.tsv}: words
 * ({@code Seventy-ninth}, {@code Tenth}) and figures ({@code 83rd}, the older {@code 22d}).
 *
 * <pre>{@code
 * OrdinalWords.standard().parse("Seventy-ninth");   // 79
 * OrdinalWords.standard().parse("83rd");            // 83
 * Pattern.compile(OrdinalWords.standard().word() + " session");
 * }</pre>
 */
public final class OrdinalWords {
    private static final OrdinalWords STANDARD = new OrdinalWords(Table.load("ordinals.tsv"));

    private final Map<String, Integer> ordinals = new LinkedHashMap<>();
    private final Map<String, Integer> tens = new LinkedHashMap<>();
    private final List<String> suffixes = new ArrayList<>();
    private final String word;
    private final String suffix;
    private final Pattern figures;

    OrdinalWords(Table t) {
        for (Table.Row r : t.rows()) {
            switch (r.get("kind")) {
                case "ordinal" -> ordinals.put(r.get("word"), Integer.parseInt(r.get("value")));
                case "tens" -> tens.put(r.get("word"), Integer.parseInt(r.get("value")));
                case "suffix" -> suffixes.add(r.get("word"));
                default -> throw new IllegalStateException(r + ": kind is ordinal, tens or suffix");
            }
        }
        // the case of a session's ordinal follows its place in the sentence ("Seventy-ninth", "seventy-ninth")
        word = "(?i:(?:(?:" + Alternation.of(tens.keySet()) + ")-)?(?:" + Alternation.of(ordinals.keySet()) + "))";
        suffix = "(?:" + Alternation.of(suffixes) + ")";
        figures = Pattern.compile("(\\d+)" + suffix);
    }

    /** The ordinals of {@code ordinals.tsv}. */
    public static OrdinalWords standard() {
        return STANDARD;
    }

    /** Regex (no group) of an ordinal word, hyphenated after its tens or not, in any case. */
    public String word() {
        return word;
    }

    /** Regex (no group) of what follows the figures of an ordinal: {@code st}, {@code nd}, {@code rd}, … */
    public String suffix() {
        return suffix;
    }

    /** The number an ordinal word or figure stands for ({@code "Seventy-ninth"} → 79), or null. */
    public Integer parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        Matcher m = figures.matcher(t);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            Integer ten = tens.get(t.substring(0, dash));
            Integer unit = ordinals.get(t.substring(dash + 1));
            return ten == null || unit == null || unit >= 10 ? null : ten + unit;
        }
        return ordinals.get(t);
    }
}
