package org.unkg.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Ordinal numbers as the UN spells sessions: {@code Seventy-ninth}, {@code Fifty-fifth}, {@code Tenth emergency
 * special}, and numeric ordinals {@code 83rd}.
 *
 * <pre>{@code
 * Ordinals.parse("Seventy-ninth");  // 79
 * Ordinals.parse("83rd");           // 83
 * }</pre>
 */
public final class Ordinals {
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30), Map.entry("fortieth", 40),
            Map.entry("fiftieth", 50), Map.entry("sixtieth", 60), Map.entry("seventieth", 70),
            Map.entry("eightieth", 80), Map.entry("ninetieth", 90), Map.entry("hundredth", 100));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** An ordinal word, optionally hyphenated ({@code Seventy-ninth}). */
    public static final String WORD = "(?:(?:Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)-)?(?:[Ff]irst|"
            + "[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|"
            + "[Tt]welfth|[Tt]hirteenth|[Ff]ourteenth|[Ff]ifteenth|[Ss]ixteenth|[Ss]eventeenth|[Ee]ighteenth|"
            + "[Nn]ineteenth|[Tt]wentieth|[Tt]hirtieth|[Ff]ortieth|[Ff]iftieth|[Ss]ixtieth|[Ss]eventieth|"
            + "[Ee]ightieth|[Nn]inetieth)";
    private static final Pattern NUMERIC = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    private Ordinals() {
    }

    /** The number an ordinal spells, or null. */
    public static Integer parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        var m = NUMERIC.matcher(t);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            Integer tens = TENS.get(t.substring(0, dash));
            Integer unit = UNITS.get(t.substring(dash + 1));
            return tens == null || unit == null ? null : tens + unit;
        }
        return UNITS.get(t);
    }
}
