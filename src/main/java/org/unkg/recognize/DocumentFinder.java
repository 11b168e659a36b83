package org.unkg.recognize;

import org.unkg.grammar.ResolutionNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.CitationKind;

/**
 * Finds UN document symbols ({@code A/79/149}, {@code E/CN.15/2004/8}, {@code S/2004/276}, {@code A/79/L.32}) and
 * spreads their abbreviated addenda ({@code A/61/119 and Add.1 and 2} is three documents). Resolution symbols
 * ({@code A/RES/53/97}, {@code S/RES/1373 (2001)}) are resolutions, not documents. Sales numbers
 * ({@code E.04.V.7}) and job numbers have no slash and are never read.
 */
final class DocumentFinder {
    private static final String SERIES = "(?:A|S|E|ST|TD|DP|CD|UNEP|FCCC|ICCD|CAT|CCPR|CERD|CEDAW|CRC|CRPD|CMW|CED|"
            + "UNW|JIU|ECE|ICC|UNICEF|UNDP|UNFPA|INCB|ISBA|SPLOS|PBC|APLC|BWC|CCW|NPT|OPCW|IDB|WFP|HRC|UNCTAD|"
            + "ECLAC|ESCAP|ESCWA|ECA|EC|UNHCR|ACC|ITC|UNITAR|UNIDIR|UNU|DPI|SG|OPCW|IAEA|GC|GOV|INF|TRANS)";
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w/.\\-])(?=[A-Z]{1,7}/)(" + SERIES
            + "(?:/[A-Za-z0-9][A-Za-z0-9.\\-]*)+)");
    private static final Pattern REV_SPACE = Pattern.compile("^\\s(\\d{1,2})\\b");
    private static final Pattern ADDENDA = Pattern.compile("^(?:\\s+and\\s+|\\s*,\\s*)(Add|Corr|Rev)\\.\\s?(\\d+)"
            + "((?:(?:\\s*,\\s*|\\s+and\\s+)\\d+\\b(?!\\s*(?:[A-Z][a-z]|/)))*)");
    private static final Pattern SC_RES = Pattern.compile("^S/RES/(\\d{1,4})$");
    private static final Pattern SC_YEAR = Pattern.compile("^\\s?\\((\\d{4})\\)");
    private static final Pattern ROMAN_AFTER = Pattern.compile("^\\s?(?:([A-Z])\\s?)?\\(([IVXLC]+)\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ADDENDA_RANGE = Pattern.compile("^(.*/(?:Add|Corr|Rev)\\.)(\\d+)-(\\d+)$");
    private static final Pattern GA_RES = Pattern.compile("^A/RES/(.+)$");

    private DocumentFinder() {
    }

    static void find(String s, List<Mention> out) {
        Matcher m = SYMBOL.matcher(s);
        while (m.find()) {
            String sym = m.group(1);
            int start = m.start(1);
            int end = m.end(1);
            while (sym.endsWith(".") || sym.endsWith("-")) {
                Matcher rev = REV_SPACE.matcher(s.substring(end));
                if ((sym.endsWith("Rev.") || sym.endsWith("Add.") || sym.endsWith("Corr.")) && rev.lookingAt()) {
                    sym = sym + rev.group(1);
                    end += rev.end();
                    break;
                }
                sym = sym.substring(0, sym.length() - 1);
                end--;
            }
            if (!sym.matches(".*\\d.*") || sym.indexOf('/') < 0) {
                continue;
            }
            Matcher sc = SC_RES.matcher(sym);
            if (sc.matches()) {
                Matcher y = SC_YEAR.matcher(s.substring(end));
                if (y.lookingAt()) {
                    out.add(Mention.of(CitationKind.SC_RESOLUTION, start, end + y.end(),
                            ResolutionNumbers.normalize(sc.group(1) + " (" + y.group(1) + ")"))
                            .withOrgan("Security Council"));
                }
                continue;
            }
            Matcher ga = GA_RES.matcher(sym);
            if (ga.matches()) {
                String n = ga.group(1);
                Matcher roman = ROMAN_AFTER.matcher(s.substring(end));
                if (n.matches("\\d{1,4}") && roman.lookingAt()) {
                    n = n + (roman.group(1) == null ? "" : " " + roman.group(1)) + " (" + roman.group(2) + ")";
                    end += roman.end();
                }
                out.add(Mention.of(CitationKind.GA_RESOLUTION, start, end, ResolutionNumbers.normalize(n))
                        .withOrgan("General Assembly"));
                continue;
            }
            List<String> symbols = new ArrayList<>();
            symbols.addAll(expandRange(sym));
            Matcher add = ADDENDA.matcher(s.substring(end));
            int spanEnd = end;
            if (add.lookingAt()) {
                String base = sym.replaceAll("/(?:Add|Corr|Rev)\\.\\d+$", "");
                symbols.add(base + "/" + add.group(1) + "." + add.group(2));
                Matcher more = DIGITS.matcher(add.group(3));
                while (more.find()) {
                    symbols.add(base + "/" + add.group(1) + "." + more.group());
                }
                spanEnd = end + add.end();
            }
            for (String x : symbols) {
                out.add(Mention.of(CitationKind.DOCUMENT, start, spanEnd, x));
            }
        }
    }

    /** {@code S/8248/Add.7-9} is three addenda. */
    private static List<String> expandRange(String sym) {
        Matcher r = ADDENDA_RANGE.matcher(sym);
        if (r.matches()) {
            int a = Integer.parseInt(r.group(2));
            int b = Integer.parseInt(r.group(3));
            if (b > a && b - a < 20) {
                List<String> out = new ArrayList<>();
                for (int k = a; k <= b; k++) {
                    out.add(r.group(1) + k);
                }
                return out;
            }
        }
        return List.of(sym);
    }
}
