package org.unkg.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the lines a printed page adds around the text: job numbers ({@code 24-23457 (E)}), barcodes
 * ({@code *2423457*}), page numbers ({@code 2/14}), running headers that repeat the symbol and short title, footnote
 * separators, and an ODS dump's trailer. Running headers are found by their shape (a symbol line, a page number and
 * a job number standing together), never by matching one document's title.
 */
final class PageFurniture {
    static final Pattern JOB_NUMBER = Pattern.compile("\\s*\\d{2}-\\d{5}\\*?\\s*(?:\\([A-Z]\\))?\\s*(?:\\d{6})?\\s*");
    static final Pattern BARCODE = Pattern.compile("\\s*\\*\\d{7,}\\*\\s*");
    /** "2/14" in today's PDFs; "Page 2" in ODS documents of the 1990s and 2000s. */
    static final Pattern PAGE_NUMBER = Pattern.compile("\\s*(?:\\d{1,3}/\\d{1,3}|Page\\s+\\d{1,3})\\s*");
    /** "24-12116 2/4": PDFBox prints a page's job number and page number on one line. */
    static final Pattern JOB_AND_PAGE = Pattern.compile("\\s*(?:\\d{2}-\\d{5}\\s+\\d{1,3}/\\d{1,3}|\\d{1,3}/\\d{1,3}\\s+"
            + "\\d{2}-\\d{5})\\s*");
    static final Pattern OWN_SYMBOL = Pattern.compile("\\s*(?:A|S)/(?:RES/)?[A-Z0-9./()\\- ]+?\\s*");
    static final Pattern SEPARATOR = Pattern.compile("\\s*(?:_{5,}|-{10,})\\s*");
    static final Pattern RECYCLE = Pattern.compile("\\s*Please recycle.*", Pattern.CASE_INSENSITIVE);
    private static final int HEADER_REACH = 7;
    /** A symbol, then title words; or title words, then a symbol (group 1 or 2 is the symbol). */
    private static final Pattern GLUED_HEADER = Pattern.compile("(?:([AS]/\\S+)\\s+\\p{Lu}.*|\\p{Lu}.*?\\s([AS]/\\S+))");
    private static final Pattern ODS_SYMBOL = Pattern.compile("<<ODS DOC SYMBOL1>>\\s*([^<\\s][^<]*?)\\s*<<");

    private PageFurniture() {
    }

    /** Marks furniture and trailer lines in place; returns the ODS trailer's symbol, or null. */
    static String mark(List<Line> lines) {
        String trailerSymbol = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String s = l.string();
            if (s.contains("<<ODS")) {
                // the trailer runs from its first marker to the end; the first symbol marker in it names the text
                for (int j = i; j < lines.size(); j++) {
                    Line t = lines.get(j);
                    var sm = ODS_SYMBOL.matcher(t.string());
                    if (trailerSymbol == null && sm.find()) {
                        trailerSymbol = sm.group(1);
                    }
                    lines.set(j, t.as(Line.Kind.TRAILER));
                }
                break;
            }
            if (l.kind() != Line.Kind.TEXT) {
                continue;
            }
            if (JOB_NUMBER.matcher(s).matches() || BARCODE.matcher(s).matches() || SEPARATOR.matcher(s).matches()
                    || RECYCLE.matcher(s).matches()) {
                lines.set(i, l.as(Line.Kind.FURNITURE));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).string();
            if (lines.get(i).kind() != Line.Kind.TRAILER && (PAGE_NUMBER.matcher(s).matches()
                    || JOB_AND_PAGE.matcher(s).matches())) {
                markRunningHeader(lines, i);
            }
        }
        return trailerSymbol;
    }

    /** A page number with a symbol line near it: everything between them, and the job number, is a header. */
    private static void markRunningHeader(List<Line> lines, int pageLine) {
        int from = Math.max(0, pageLine - HEADER_REACH);
        int to = Math.min(lines.size() - 1, pageLine + HEADER_REACH);
        int symbol = -1;
        for (int i = from; i <= to; i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.TEXT && (isSymbolLine(l.string()) || isGluedHeader(l.string()))) {
                if (symbol < 0 || Math.abs(i - pageLine) < Math.abs(symbol - pageLine)) {
                    symbol = i;
                }
            }
        }
        if (symbol < 0) {
            return;
        }
        int lo = Math.min(symbol, pageLine);
        int hi = Math.max(symbol, pageLine);
        // the job number sits on the far side of the page number or between
        for (int i = from; i <= to; i++) {
            if (lines.get(i).kind() == Line.Kind.FURNITURE && JOB_NUMBER.matcher(lines.get(i).string()).matches()) {
                if (Math.abs(i - pageLine) <= 3) {
                    lo = Math.min(lo, i);
                    hi = Math.max(hi, i);
                }
            }
        }
        // a running title printed above the symbol (odd pages) belongs to the header too: up to four lines that open
        // the page and end without a clause's punctuation
        if (symbol <= pageLine) {
            int k = symbol - 1;
            // a long title breaks after a comma ("… of Individuals," / "Groups and Organs …"); its last line does not
            while (k >= from && k >= symbol - 4 && lines.get(k).kind() == Line.Kind.TEXT
                    && (unpunctuated(lines, k) || k < symbol - 1 && lines.get(k).string().strip().endsWith(","))) {
                k--;
            }
            int first = k + 1;
            if (first < symbol && (looksLikeTitleLine(lines, first, first < symbol - 1) || opensPage(lines, first))) {
                lo = first;
            }
        }
        for (int i = lo; i <= hi; i++) {
            Line l = lines.get(i);
            if (l.kind() == Line.Kind.TEXT || l.kind() == Line.Kind.BLANK) {
                lines.set(i, l.as(Line.Kind.FURNITURE));
            }
        }
    }

    /** Title lines of an odd-page header follow a blank or page break and carry no sentence punctuation at the end. */
    private static boolean looksLikeTitleLine(List<Line> lines, int k, boolean titleGoesOn) {
        String s = lines.get(k).string().strip();
        if (s.isEmpty() || s.endsWith(",") && !titleGoesOn || s.endsWith(";") || s.endsWith(":")) {
            return false;
        }
        return k == 0 || lines.get(k - 1).kind() != Line.Kind.TEXT || lines.get(k - 1).page() != lines.get(k).page()
                || isHeaderTitleContinuation(lines, k);
    }

    private static boolean unpunctuated(List<Line> lines, int k) {
        String s = lines.get(k).string().strip();
        return !s.isEmpty() && !s.endsWith(",") && !s.endsWith(";") && !s.endsWith(":") && !s.endsWith(".");
    }

    /** The line opens a page: the text before it ends a clause (the page above ended), or nothing is before it. */
    private static boolean opensPage(List<Line> lines, int k) {
        int j = k - 1;
        while (j >= 0 && lines.get(j).kind() != Line.Kind.TEXT) {
            j--;
        }
        if (j < 0 || k - j < 2) {
            return false;
        }
        String prev = lines.get(j).string().strip();
        return prev.endsWith(",") || prev.endsWith(";") || prev.endsWith(".") || prev.endsWith(":");
    }

    private static boolean isHeaderTitleContinuation(List<Line> lines, int k) {
        String prev = lines.get(k - 1).string().strip();
        return !prev.endsWith(",") && !prev.endsWith(";") && !prev.endsWith(".") && prev.length() < 90
                && (k < 2 || lines.get(k - 2).kind() != Line.Kind.TEXT);
    }

    /**
     * A running header that a re-joiner made one line of: the symbol and the short title
     * ({@code A/RES/78/10 Building a peaceful and better world}) or the title and the symbol, with no clause
     * punctuation at its end.
     */
    static boolean isGluedHeader(String s) {
        String t = s.strip();
        if (t.length() > 240 || t.endsWith(",") || t.endsWith(";") || t.endsWith(":") || t.endsWith(".")) {
            return false;
        }
        Matcher m = GLUED_HEADER.matcher(t);
        return m.matches() && isSymbolLine(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static final Pattern ASSEMBLY_DOCUMENT = Pattern.compile("A/(?:ES-\\d+|S-\\d+|\\d+)/.*");

    static boolean isSymbolLine(String s) {
        String t = s.strip();
        if (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1); // a reissued document's symbol carries an asterisk
        }
        return (t.startsWith("A/RES/") || t.startsWith("S/RES/") || ASSEMBLY_DOCUMENT.matcher(t).matches())
                && OWN_SYMBOL.matcher(t).matches() && t.length() < 40;
    }
}
