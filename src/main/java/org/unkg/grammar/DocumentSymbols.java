package org.unkg.grammar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols as the grammar tables describe them: the series a symbol opens with
 * ({@code document-series.tsv}), the brackets that name a part of a document ({@code document-qualifiers.tsv}),
 * joint symbols ({@code A/69/711-S/2015/1} is two documents) and the resolutions of other organs written as symbols
 * ({@code A/HRC/RES/52/1}, {@code UNEP/EA.5/Res.14}).
 *
 * <pre>{@code
 * Matcher m = DocumentSymbols.SYMBOL.matcher("see A/70/95-S/2015/446 and A/78/6 (Sect. 3)/Add.1");
 * DocumentSymbols.split("A/70/95-S/2015/446");        // ["A/70/95", "S/2015/446"]
 * DocumentSymbols.resolution("A/HRC/RES/52/1");        // Human Rights Council, 52/1
 * }</pre>
 */
public final class DocumentSymbols {
    private static final Table SERIES = Table.load("document-series.tsv");
    private static final Table QUALIFIERS = Table.load("document-qualifiers.tsv");
    private static final String SERIES_ALT = series();
    /** One element after a slash: {@code 79}, {@code CN.15}, {@code COP(15)}, {@code Add.1}, {@code ES-10}. */
    private static final String ELEMENT = "[A-Za-z0-9][A-Za-z0-9.\\-]*(?:\\(\\d{1,3}\\)[A-Za-z0-9.\\-]*)?";
    /** A symbol: a series, then elements after slashes; group 1 is the whole symbol. */
    public static final Pattern SYMBOL = Pattern.compile("(?<![\\w/.\\-])(?=[A-Z][A-Za-z]{0,5}(?:\\.\\d+)?/)((?:" + SERIES_ALT + ")(?:\\.\\d+)?(?:/"
            + ELEMENT + ")+)");
    /** Regex source for a bracket that names a part of a document, {@code (Part I)}, {@code (Sect. 3)}; no groups. */
    private static final String BRACKET = "\\((?:" + qualifiers() + ")\\)";
    /** A bracket after a symbol that names a part of it, with the addenda of that part; group 1 is the bracket. */
    public static final Pattern QUALIFIER = Pattern.compile("^\\s{0,3}(" + BRACKET + ")((?:/(?:Add|Corr|Rev)"
            + "\\.\\d+)*)");
    /** The same bracket anywhere in a symbol as found ({@code A/78/6 (Sect. 3)/Add.1}). */
    private static final Pattern PART = Pattern.compile("\\s{0,3}" + BRACKET);
    private static final Pattern JOINT = Pattern.compile("-(?=(?:" + SERIES_ALT + ")(?:\\.\\d+)?/)");
    private static final Pattern SESSION_SUFFIX = Pattern.compile("\\.(\\d+)$");
    private static final Pattern RESOLUTION = Pattern.compile("^(.+?)/(?:RES/|Res\\.)(.+)$");

    /** Another organ's resolution written as a symbol: the organ and the number as that organ counts. */
    public record OrganResolution(String organ, String number) {
    }

    private DocumentSymbols() {
    }

    private static String series() {
        List<String> s = new ArrayList<>();
        for (Table.Row r : SERIES.rows()) {
            s.add(r.get("series"));
        }
        s.sort(Comparator.comparingInt(String::length).reversed());
        return String.join("|", s.stream().map(Pattern::quote).toList());
    }

    private static String qualifiers() {
        List<String> alt = new ArrayList<>();
        String roman = "[IVXLC]+";
        for (Table.Row r : QUALIFIERS.rows()) {
            String w = Pattern.quote(r.get("word"));
            alt.add(switch (r.get("takes")) {
                case "roman" -> w + "\\s*" + roman;
                case "roman-list" -> w + "\\s*" + roman + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*[-\u2013]\\s*)" + roman + ")*";
                case "number" -> w + "\\s*\\d{1,3}[A-Z]?";
                case "none" -> w;
                default -> throw new IllegalStateException(r + ": takes must be roman, roman-list, number or none");
            });
        }
        return String.join("|", alt);
    }

    /** The table of series, for tests and documentation. */
    public static Table seriesTable() {
        return SERIES;
    }

    /** The table of bracket qualifiers, for tests and documentation. */
    public static Table qualifiersTable() {
        return QUALIFIERS;
    }

    /**
     * The symbols a joint symbol stands for, each with its offset in {@code symbol}: {@code A/69/711-S/2015/1} is
     * {@code A/69/711} at 0 and {@code S/2015/1} at 9; a plain symbol is itself at 0.
     */
    public static List<int[]> split(String symbol) {
        List<int[]> out = new ArrayList<>();
        Matcher m = JOINT.matcher(symbol);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, symbol.length()});
        return out;
    }

    /**
     * The document a part belongs to: {@code A/CONF.157/24} for {@code A/CONF.157/24 (Part I)}, {@code A/78/6} for
     * {@code A/78/6 (Sect. 3)/Add.1}, {@code NPT/CONF.2010/50} for {@code NPT/CONF.2010/50 (Vol. I)}; empty for a
     * symbol with no bracket that names a part. A citation of a part cites the document too, as a citation of
     * paragraph 9 of resolution 42/154 cites 42/154.
     */
    public static Optional<String> wholeOf(String symbol) {
        Matcher m = PART.matcher(symbol);
        return m.find() && m.start() > 0 ? Optional.of(symbol.substring(0, m.start())) : Optional.empty();
    }

    /** The other organ's resolution a symbol names ({@code E/RES/2023/5}: Economic and Social Council, 2023/5). */
    public static Optional<OrganResolution> resolution(String symbol) {
        Matcher m = RESOLUTION.matcher(symbol);
        if (!m.matches()) {
            return Optional.empty();
        }
        String series = m.group(1);
        Table.Row best = null;
        for (Table.Row r : SERIES.rows()) {
            String s = r.get("series");
            boolean opens = series.equals(s) || series.startsWith(s + "/") || series.startsWith(s + ".");
            if (opens && (best == null || s.length() > best.get("series").length())) {
                best = r;
            }
        }
        if (best == null || best.get("resolutions").isEmpty()) {
            return Optional.empty();
        }
        // UNEP/EA.5/Res.14: the Environment Assembly's fifth session counts its resolutions from 1, as 5/14
        Matcher session = SESSION_SUFFIX.matcher(series);
        String prefix = session.find() ? session.group(1) + "/" : "";
        return Optional.of(new OrganResolution(best.get("resolutions"), prefix + m.group(2)));
    }
}
