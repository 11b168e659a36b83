package org.unkg.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the UN writes them: {@code 15 December 1980}, also {@code December 15, 1980} in older texts, with a line
 * break or a footnote mark anywhere inside.
 *
 * <pre>{@code
 * UnDates.parse("15 December 1980");   // 1980-12-15
 * UnDates.PATTERN.matcher(text);        // groups: day, month, year (or month2, day2, year2)
 * }</pre>
 */
public final class UnDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1),
            Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
            Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
    /** The month names, as a regex alternation. */
    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December)";
    /** Regex source for one date; see {@link #PATTERN} for its groups. */
    public static final String SOURCE = "(?:(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})|(" + MONTH
            + ")\\s+(\\d{1,2}),?\\s+(\\d{4}))(?!\\d)";
    /** A date; groups 1-3 day month year, or 4-6 month day year. */
    public static final Pattern PATTERN = Pattern.compile(SOURCE);

    private UnDates() {
    }

    /** The date {@code s} spells, or null when it spells none or an impossible one. */
    public static LocalDate parse(CharSequence s) {
        Matcher m = PATTERN.matcher(FootnoteMark.strip(s));
        return m.find() ? of(m, 0) : null;
    }

    /** The date matched by a matcher built from {@link #SOURCE} whose first group is {@code offset + 1}. */
    public static LocalDate of(Matcher m, int offset) {
        try {
            if (m.group(offset + 1) != null) {
                return LocalDate.of(Integer.parseInt(m.group(offset + 3)), month(m.group(offset + 2)),
                        Integer.parseInt(m.group(offset + 1)));
            }
            return LocalDate.of(Integer.parseInt(m.group(offset + 6)), month(m.group(offset + 4)),
                    Integer.parseInt(m.group(offset + 5)));
        } catch (DateTimeException | NullPointerException e) {
            return null;
        }
    }

    private static final Pattern LENIENT = Pattern.compile("([\\dlIi|£fO]{1,2})\\s+([A-Za-z]{3,10})[.,]?\\s+([\\dlIi|£fO]{4})");

    /**
     * A date from text read by OCR, where digits come out as look-alike letters ({@code 14 October £964},
     * {@code 3f July 1989}) and month names lose a letter ({@code Auqust}). Only for places where a date is
     * expected and can be checked against another fact, such as the year of a Security Council number.
     */
    public static LocalDate parseLenient(CharSequence s) {
        LocalDate strict = parse(s);
        if (strict != null) {
            return strict;
        }
        Matcher m = LENIENT.matcher(FootnoteMark.strip(s));
        if (!m.find()) {
            return null;
        }
        Integer month = null;
        String word = m.group(2).toLowerCase(Locale.ROOT);
        for (var e : MONTHS.entrySet()) {
            if (e.getKey().charAt(0) == word.charAt(0) && distance(e.getKey(), word) <= 1) {
                month = e.getValue();
            }
        }
        try {
            return month == null ? null : LocalDate.of(Integer.parseInt(digits(m.group(3))), month,
                    Integer.parseInt(digits(m.group(1))));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String digits(String s) {
        return s.replaceAll("[lIi|£f]", "1").replace('O', '0');
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }
}
