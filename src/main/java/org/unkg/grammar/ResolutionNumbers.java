package org.unkg.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways resolution numbers are written, and their normal forms, compiled from {@code number-forms.tsv} and
 * {@code part-letters.tsv}: {@code 35/168}, {@code 1373 (2001)}, {@code 2625 (XXV)}, {@code 217 A (III)},
 * {@code 1874 (S-IV)}, {@code ES-10/2}, {@code S-26/2}, other organs' {@code 1996/31}, and the parts of a
 * resolution adopted in several parts ({@code 36/87 A and B}, {@code 51/211 A to E}).
 *
 * <pre>{@code
 * ResolutionNumbers.normalize("217A (III)");           // "217 A (III)"
 * ResolutionNumbers.parts("51/211 A to C");            // ["51/211 A", "51/211 B", "51/211 C"]
 * ResolutionNumbers.isSecurityCouncil("1373 (2001)");  // true
 * }</pre>
 */
public final class ResolutionNumbers {
    private static final Table FORMS = Table.load("number-forms.tsv");
    private static final Table JOINERS = Table.load("part-letters.tsv");
    /**
     * A part letter (or two: {@code AA}) standing alone after a number; not the series of the next number of a list
     * ({@code ES-11/1, ES-11/2}: {@code ES} opens a number).
     */
    private static final String LETTER = "[A-Z]{1,2}(?![\\w/\u2019']|-\\d)";
    private static final String JOINER = joiners();
    /** Regex source for one number, with an optional part letter (no groups). */
    public static final String NUMBER = "(?:" + forms() + ")(?:(?<=\\d)\\s?" + LETTER + ")?(?![\\w/]|\\.\\d)";
    /** Regex source for one General Assembly number as its resolutions are headed ({@code 78/100.}); no groups. */
    public static final String ASSEMBLY_NUMBER = "(?:" + forms("GA") + ")(?:(?<=\\d)\\s?" + LETTER + ")?";
    /** Regex source for the further part letters after a number ({@code " and B"}, {@code " to E"}); no groups. */
    public static final String MORE_PARTS = "(?:" + JOINER + LETTER + ")*";
    private static final Pattern SC = Pattern.compile("(\\d{1,4})\\s?\\((\\d{4})\\)");
    private static final Pattern ROMAN = Pattern.compile("(\\d{1,4})\\s?([A-Z])?\\s?\\(((?:ES-|S-)?)([IVXLC]+)\\)"
            + "(?:\\s?([A-Z]{1,2}))?");
    private static final Pattern SESSION = Pattern.compile("(ES-|S-)?(\\d{1,4})/(\\d{1,3})(?:\\s?([A-Z]{1,2}))?");
    private static final Pattern PART_RUN = Pattern.compile("(" + JOINER + ")(" + LETTER + ")");
    /** A normal form that ends in a part letter: {@code 36/87 A}. */
    private static final Pattern LAST_PART = Pattern.compile("^(.*?) ([A-Z]{1,2})$");
    /** Each form, a part letter allowed after it, with its organ; in the table's order. */
    private static final java.util.Map<Pattern, String> WHOLE_FORMS = wholeForms();

    private ResolutionNumbers() {
    }

    private static java.util.Map<Pattern, String> wholeForms() {
        java.util.Map<Pattern, String> m = new java.util.LinkedHashMap<>();
        for (Table.Row r : FORMS.rows()) {
            m.put(Pattern.compile("(?:" + r.get("pattern") + ")(?:(?<=\\d)\\s?[A-Z]{1,2})?"), r.get("organ"));
        }
        return m;
    }

    private static String forms() {
        return forms(null);
    }

    /** The alternation of the forms of {@code organ} (GA, SC, other), or of every form. */
    private static String forms(String organ) {
        StringBuilder sb = new StringBuilder();
        for (Table.Row r : FORMS.rows()) {
            if (organ == null || r.get("organ").equals(organ)) {
                sb.append(sb.length() == 0 ? "" : "|").append(r.get("pattern"));
            }
        }
        return sb.toString();
    }

    private static String joiners() {
        List<String> words = new ArrayList<>();
        for (Table.Row r : JOINERS.rows()) {
            words.add(r.get("joiner"));
        }
        // a comma or dash joins without spaces around it; a word needs them
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            sb.append(i == 0 ? "" : "|").append(Character.isLetter(w.charAt(0))
                    ? "\\s+" + Pattern.quote(w) + "\\s+" : "\\s*" + Pattern.quote(w) + "\\s*");
        }
        return sb.append(")").toString();
    }

    /** The rows of the number forms table, for tests and documentation. */
    public static Table formsTable() {
        return FORMS;
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
            String letter = m.group(2) != null ? " " + m.group(2) : m.group(5) != null ? " " + m.group(5) : "";
            return Integer.parseInt(m.group(1)) + letter + " (" + m.group(3) + m.group(4) + ")";
        }
        m = SESSION.matcher(s);
        if (m.matches()) {
            String prefix = m.group(1) == null ? "" : m.group(1);
            String letter = m.group(4) == null ? "" : " " + m.group(4);
            return prefix + Integer.parseInt(m.group(2)) + "/" + Integer.parseInt(m.group(3)) + letter;
        }
        return s;
    }

    /**
     * The normal forms of a number followed by further part letters: {@code "36/87 A and B"} gives
     * {@code 36/87 A} and {@code 36/87 B}; {@code "51/211 A to C"} gives A, B and C; a number without further
     * parts gives itself.
     */
    public static List<String> parts(String number, String moreParts) {
        String first = normalize(number);
        List<String> out = new ArrayList<>(List.of(first));
        if (moreParts == null || moreParts.isBlank()) {
            return out;
        }
        Matcher head = LAST_PART.matcher(first);
        if (!head.matches()) {
            return out; // "217 A (III)" has its letter inside; no further parts to read
        }
        String base = head.group(1);
        String prev = head.group(2);
        Matcher m = PART_RUN.matcher(moreParts);
        while (m.find()) {
            String letter = m.group(2);
            if (isRange(m.group(1).strip()) && prev.length() == 1 && letter.length() == 1
                    && letter.charAt(0) > prev.charAt(0) && letter.charAt(0) - prev.charAt(0) < 26) {
                for (char c = (char) (prev.charAt(0) + 1); c <= letter.charAt(0); c++) {
                    out.add(base + " " + c);
                }
            } else {
                out.add(base + " " + letter);
            }
            prev = letter;
        }
        return out;
    }

    private static boolean isRange(String joiner) {
        for (Table.Row r : JOINERS.rows()) {
            if (r.get("joiner").equals(joiner)) {
                return r.get("meaning").equals("range");
            }
        }
        return false;
    }

    /**
     * The organ column ({@code GA}, {@code SC}, {@code other}) of the first number form that reads the whole of
     * {@code number} (a part letter allowed after it), or null when no form does.
     */
    public static String organOf(String number) {
        String n = number == null ? "" : number.strip();
        for (var form : WHOLE_FORMS.entrySet()) {
            if (form.getKey().matcher(n).matches()) {
                return form.getValue();
            }
        }
        return null;
    }

    /** True for the Security Council's {@code N (YYYY)}. */
    public static boolean isSecurityCouncil(String normalized) {
        return SC.matcher(normalized).matches();
    }

    private static final Pattern YEAR_NUMBERED = Pattern.compile("\\d{4}/\\d+.*");

    /** True for a year-numbered resolution ({@code 1996/31}): never the General Assembly's. */
    public static boolean isYearNumbered(String normalized) {
        return YEAR_NUMBERED.matcher(normalized).matches();
    }

    /** The year of a Security Council number, or -1. */
    public static int scYear(String normalized) {
        Matcher m = SC.matcher(normalized);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    /**
     * The regular General Assembly session a number belongs to ({@code 53/97} → 53, {@code 2625 (XXV)} → 25), or -1
     * (special and emergency special sessions have their own count).
     */
    public static int gaSession(String normalized) {
        Matcher m = ROMAN.matcher(normalized);
        if (m.matches()) {
            return m.group(3).isEmpty() ? roman(m.group(4)) : -1;
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
