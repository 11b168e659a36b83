package org.unkg.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways resolution numbers are written, and their normal forms: {@code 35/168}, {@code 1373 (2001)},
 * {@code 2625 (XXV)}, {@code 217 A (III)}, {@code ES-10/2}, {@code S-26/2}, and other organs' {@code 1996/31}.
 *
 * <pre>{@code
 * ResolutionNumbers.normalize("217A (III)");   // "217 A (III)"
 * ResolutionNumbers.isSecurityCouncil("1373 (2001)");  // true
 * }</pre>
 */
public final class ResolutionNumbers {
    /** Regex source for one number (no groups). */
    public static final String NUMBER = "(?:ES-\\d{1,2}/\\d{1,3}(?:\\s?[A-Z](?![\\w/]))?|S-\\d{1,2}/\\d{1,3}"
            + "|\\d{1,4}\\s?\\(\\d{4}\\)|\\d{1,4}\\s?(?:[A-Z]\\s?)?\\([IVXLC]+\\)(?:\\s?[A-Z](?![\\w/]))?"
            + "|\\d{4}/\\d{1,3}(?:\\s?[A-Z](?![\\w/]))?|\\d{1,2}/\\d{1,3}(?:\\s?[A-Z](?![\\w/]))?)(?![\\w/]|\\.\\d)";
    private static final Pattern SC = Pattern.compile("(\\d{1,4})\\s?\\((\\d{4})\\)");
    private static final Pattern ROMAN = Pattern.compile("(\\d{1,4})\\s?([A-Z])?\\s?\\(([IVXLC]+)\\)(?:\\s?([A-Z]))?");
    private static final Pattern SESSION = Pattern.compile("(ES-|S-)?(\\d{1,4})/(\\d{1,3})(?:\\s?([A-Z]))?");

    private ResolutionNumbers() {
    }

    /** The normal form of a number as written. */
    public static String normalize(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        Matcher m = SC.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) + " (" + m.group(2) + ")";
        }
        m = ROMAN.matcher(s);
        if (m.matches()) {
            String letter = m.group(2) != null ? " " + m.group(2) : m.group(4) != null ? " " + m.group(4) : "";
            return Integer.parseInt(m.group(1)) + letter + " (" + m.group(3) + ")";
        }
        m = SESSION.matcher(s);
        if (m.matches()) {
            String prefix = m.group(1) == null ? "" : m.group(1);
            String letter = m.group(4) == null ? "" : " " + m.group(4);
            return prefix + Integer.parseInt(m.group(2)) + "/" + Integer.parseInt(m.group(3)) + letter;
        }
        return s;
    }

    /** True for the Security Council's {@code N (YYYY)}. */
    public static boolean isSecurityCouncil(String normalized) {
        return SC.matcher(normalized).matches();
    }

    /** True for a year-numbered resolution ({@code 1996/31}): never the General Assembly's. */
    public static boolean isYearNumbered(String normalized) {
        return normalized.matches("\\d{4}/\\d+.*");
    }

    /** The year of a Security Council number, or -1. */
    public static int scYear(String normalized) {
        Matcher m = SC.matcher(normalized);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /** The General Assembly session a number belongs to ({@code 53/97} → 53, {@code 2625 (XXV)} → 25), or -1. */
    public static int gaSession(String normalized) {
        Matcher m = ROMAN.matcher(normalized);
        if (m.matches()) {
            return roman(m.group(3));
        }
        m = SESSION.matcher(normalized);
        if (m.matches() && m.group(1) == null && m.group(2).length() <= 2) {
            return Integer.parseInt(m.group(2));
        }
        return -1;
    }

    /** The value of a Roman numeral. */
    public static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
