package org.unkg.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A versioned, tab-separated table of names (treaties, bodies) read from the classpath: one row a thing, first its
 * canonical name, then other names separated by {@code ;}, then further columns.
 */
final class NameTable {
    /** A hyphen and a space inside a word: a line break cut it there. */
    private static final Pattern HYPHEN_CUT = Pattern.compile("(?<=\\p{L})- (?!(?:and|or|nor|to)\\b)(?=\\p{L})");

    /** One row: canonical name, other names, and the remaining columns. */
    record Row(String name, List<String> altNames, List<String> extra) {
        /** Column {@code i} after the names, or null when empty. */
        String extra(int i) {
            return i < extra.size() && !extra.get(i).isBlank() ? extra.get(i).strip() : null;
        }
    }

    private final List<Row> rows;
    private final java.util.Map<String, Row> byKey = new java.util.HashMap<>();
    private final int longestKey;

    private NameTable(List<Row> rows) {
        this.rows = rows;
        // first row wins, as a scan in table order would
        for (Row r : rows) {
            byKey.putIfAbsent(key(r.name()), r);
        }
        for (Row r : rows) {
            for (String a : r.altNames()) {
                byKey.putIfAbsent(key(a), r);
            }
        }
        longestKey = byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    static NameTable load(String resource) {
        List<Row> rows = new ArrayList<>();
        try (var in = NameTable.class.getResourceAsStream(resource);
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<String> alts = f.length > 1 && !f[1].isBlank()
                        ? Arrays.stream(f[1].split(";")).map(String::strip).toList() : List.of();
                rows.add(new Row(f[0].strip(), alts, f.length > 2 ? List.of(f).subList(2, f.length) : List.of()));
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException("cannot read " + resource, e instanceof IOException io ? io
                    : new IOException(e));
        }
        return new NameTable(List.copyOf(rows));
    }

    List<Row> rows() {
        return rows;
    }

    /** The row one of whose names equals {@code name}, ignoring case, white space and a leading "the". */
    Row lookup(String name) {
        return byKey.get(key(name));
    }

    /** A name of the table found at the start of a text: where it ends, and its row. */
    record Found(int end, Row row) {
    }

    /**
     * Of the texts {@code s[start, end)} for each of {@code ends} (ascending), the longest that is a name of the
     * table, or null: what {@link #lookup} of each, longest first, would say, with the key made once for the longest
     * text and read by its prefixes, and a text whose key is longer than every name not looked up at all.
     */
    Found longestAt(String s, int start, List<Integer> ends) {
        if (ends.isEmpty()) {
            return null;
        }
        int to = ends.get(ends.size() - 1);
        StringBuilder sb = new StringBuilder(to - start);
        int[] keyLength = new int[to - start + 1];
        appendKey(s, start, to, sb, keyLength);
        for (int i = ends.size() - 1; i >= 0; i--) {
            int length = keyLength[ends.get(i) - start];
            int from = keyStart(sb, length);
            Row row = length - from <= longestKey ? byKey.get(sb.substring(from, length)) : null;
            if (row != null) {
                return new Found(ends.get(i), row);
            }
        }
        return null;
    }

    /**
     * A name as written, on one line: runs of white space one space, and a word that a line break cut after its
     * hyphen whole again ("Confidence- Building" → "Confidence-Building", as re-joined text leaves it), but not a
     * hyphen left hanging before "and" or "or" ("inter- and intraregional").
     */
    static String written(String name) {
        return HYPHEN_CUT.matcher(name.replaceAll("\\s+", " ")).replaceAll("-");
    }

    /** Lower case, curly apostrophes straight, a leading "the" dropped, runs of white space and hyphens one space. */
    static String key(String name) {
        // a loop, not regexes: keys are made for every candidate name the finders try
        StringBuilder sb = new StringBuilder(name.length());
        appendKey(name, 0, name.length(), sb, null);
        return sb.substring(keyStart(sb, sb.length()));
    }

    /**
     * Appends the key of {@code s[from, to)}, but for the leading "the" ({@link #keyStart}), to {@code sb}; with
     * {@code lengths}, records in {@code lengths[i - from + 1]} how long the key of {@code s[from, i + 1)} is, so
     * that the key of every shorter text is a prefix of {@code sb}.
     */
    private static void appendKey(String s, int from, int to, StringBuilder sb, int[] lengths) {
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '-') {
                gap = sb.length() > 0;
            } else {
                if (gap) {
                    sb.append(' ');
                    gap = false;
                }
                sb.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
            }
            if (lengths != null) {
                lengths[i + 1 - from] = sb.length();
            }
        }
    }

    /** Where the key in the first {@code length} characters of {@code k} starts: after a leading "the ". */
    private static int keyStart(CharSequence k, int length) {
        return length >= 4 && k.charAt(0) == 't' && k.charAt(1) == 'h' && k.charAt(2) == 'e' && k.charAt(3) == ' '
                ? 4 : 0;
    }
}
