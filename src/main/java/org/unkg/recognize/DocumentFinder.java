package org.unkg.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.Anchored;
import org.unkg.grammar.DocumentSymbols;
import org.unkg.grammar.ResolutionNumbers;
import org.unkg.model.CitationKind;

/**
 * Finds UN document symbols ({@code A/79/149}, {@code E/CN.15/2004/8}, {@code S/2004/276}, {@code A/79/L.32},
 * {@code CTOC/COP/2020/10}, {@code ICCD/COP(15)/23/Add.1}) in the series of the grammar's table, with the brackets
 * that name a part ({@code A/78/6 (Sect. 3)/Add.1}, {@code NPT/CONF.2000/28 (Parts I and II)}), joint symbols
 * ({@code A/69/711-S/2015/1} is two documents) and abbreviated addenda ({@code A/61/119 and Add.1 and 2} is three
 * documents). Resolution symbols are resolutions: the Assembly's ({@code A/RES/53/97}), the Council's
 * ({@code S/RES/1373 (2001)}) and other organs' ({@code A/HRC/RES/52/1}; {@code UNEP/EA.5/Res.14} is also the
 * document that carries it). Sales numbers ({@code E.04.V.7}) and job numbers have no slash and are never read.
 */
final class DocumentFinder {
    private static final Pattern REV_SPACE = Pattern.compile("^\\s(\\d{1,2})\\b");
    private static final Pattern ADDENDA = Pattern.compile("^(?:\\s+and\\s+|\\s*,\\s*)(Add|Corr|Rev)\\.\\s?(\\d+)"
            + "((?:(?:\\s*,\\s*|\\s+and\\s+)\\d+\\b(?!\\s*(?:[A-Z][a-z]|/)))*)");
    private static final Pattern SC_RES = Pattern.compile("^S/RES/(\\d{1,4})$");
    private static final Pattern SC_YEAR = Pattern.compile("^\\s?\\((\\d{4})\\)");
    private static final Pattern ROMAN_AFTER = Pattern.compile("^\\s?(?:([A-Z])\\s?)?\\(((?:ES-|S-)?[IVXLC]+)\\)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern ADDENDA_RANGE = Pattern.compile("^(.*/(?:Add|Corr|Rev)\\.)(\\d+)-(\\d+)$");
    private static final Pattern GA_RES = Pattern.compile("^A/RES/(.+)$");


    private DocumentFinder() {
    }

    /**
     * Whether a {@link DocumentSymbols#SYMBOL} can start at {@code i}: a capital letter after no word character,
     * slash, dot or hyphen, as the pattern's opening lookarounds require.
     */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private static boolean opensSymbol(String s, int i) {
        char c = s.charAt(i);
        if (c < 'A' || c > 'Z' || i == 0) {
            return c >= 'A' && c <= 'Z';
        }
        char b = s.charAt(i - 1);
        return !(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '/'
                || b == '.' || b == '-');
    }

    static void find(String s, List<Mention> out) {
        Matcher m = DocumentSymbols.SYMBOL.matcher(s);
        // a symbol opens with a capital letter and holds a slash: a passage without a slash has none
        int from = s.indexOf('/') < 0 ? s.length() : 0;
        while (Anchored.find(m, s, from, i -> opensSymbol(s, i))) {
            from = m.end();
            String whole = m.group(1);
            int wholeEnd = m.end(1);
            List<int[]> pieces = DocumentSymbols.split(whole);
            for (int p = 0; p < pieces.size(); p++) {
                int start = m.start(1) + pieces.get(p)[0];
                int end = m.start(1) + pieces.get(p)[1];
                boolean last = p == pieces.size() - 1;
                symbol(s, s.substring(start, end), start, last ? wholeEnd : end, last, out);
            }
        }
    }

    /** One symbol at {@code [start, end)}; only the last of a joint symbol may take what follows it. */
    private static void symbol(String s, String sym, int start, int end, boolean takesTail, List<Mention> out) {
        while (sym.endsWith(".") || sym.endsWith("-")) {
            Matcher rev = Anchored.at(REV_SPACE, s, end);
            if ((sym.endsWith("Rev.") || sym.endsWith("Add.") || sym.endsWith("Corr.")) && rev.lookingAt()) {
                sym = sym + rev.group(1);
                end = rev.end();
                break;
            }
            sym = sym.substring(0, sym.length() - 1);
            end--;
        }
        if (sym.indexOf('/') < 0 || !HAS_DIGIT.matcher(sym).matches()) {
            return;
        }
        Matcher sc = SC_RES.matcher(sym);
        if (sc.matches()) {
            Matcher y = Anchored.at(SC_YEAR, s, end);
            if (y.lookingAt()) {
                out.add(Mention.of(CitationKind.SC_RESOLUTION, start, y.end(),
                        ResolutionNumbers.normalize(sc.group(1) + " (" + y.group(1) + ")"))
                        .withOrgan("Security Council"));
            }
            return;
        }
        Matcher ga = GA_RES.matcher(sym);
        if (ga.matches()) {
            String n = ga.group(1);
            Matcher roman = Anchored.at(ROMAN_AFTER, s, end);
            if (n.matches("\\d{1,4}") && roman.lookingAt()) {
                n = n + (roman.group(1) == null ? "" : " " + roman.group(1)) + " (" + roman.group(2) + ")";
                end = roman.end();
            }
            out.add(Mention.of(CitationKind.GA_RESOLUTION, start, end, ResolutionNumbers.normalize(n))
                    .withOrgan("General Assembly"));
            return;
        }
        Optional<DocumentSymbols.OrganResolution> other = DocumentSymbols.resolution(sym);
        if (other.isPresent()) {
            out.add(Mention.of(CitationKind.OTHER_RESOLUTION, start, end, other.get().number())
                    .withOrgan(other.get().organ()));
            if (sym.contains("/RES/")) {
                return; // A/HRC/RES/52/1 is the resolution; UNEP/EA.5/Res.14 is also the document of that symbol
            }
        }
        if (takesTail) {
            Matcher q = Anchored.at(DocumentSymbols.QUALIFIER, s, end);
            if (q.lookingAt()) {
                sym = sym + " " + q.group(1).replaceAll("\\s+", " ") + q.group(2);
                end = q.end();
            }
        }
        List<String> symbols = new ArrayList<>(expandRange(sym));
        int spanEnd = end;
        Matcher add = takesTail ? Anchored.at(ADDENDA, s, end) : null;
        if (add != null && add.lookingAt()) {
            String base = sym.replaceAll("/(?:Add|Corr|Rev)\\.\\d+$", "");
            symbols.add(base + "/" + add.group(1) + "." + add.group(2));
            Matcher more = DIGITS.matcher(add.group(3));
            while (more.find()) {
                symbols.add(base + "/" + add.group(1) + "." + more.group());
            }
            spanEnd = add.end();
        }
        for (String x : symbols) {
            out.add(Mention.of(CitationKind.DOCUMENT, start, spanEnd, x));
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
