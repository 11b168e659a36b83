package org.unkg.grammar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned, tab-separated resource table of the grammar, read from the classpath.
 *
 * <pre>{@code
 * Table t = Table.load("ordinals.tsv");
 * for (Table.Row r : t.rows()) { r.get("word"); r.list("forms"); r.line(); }
 * }</pre>
 */
public final class Table {
    private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s+(\\d+)\\s*$");

    /** One row: its cells by column name, and the line of the file it stands on (for error messages and tests). */
    public record Row(String table, int line, Map<String, String> cells) {
        /** The cell of {@code column}, stripped; empty when the row leaves it empty. */
        public String get(String column) {
            if (!cells.containsKey(column)) {
                throw new IllegalArgumentException(table + " has no column " + column);
            }
            return cells.get(column);
        }

        /** The cell of {@code column} split on {@code ;}, each part stripped, empty parts dropped. */
        public List<String> list(String column) {
            String s = get(column);
            return s.isEmpty() ? List.of() : Arrays.stream(s.split(";")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
        }

        @Override
        public String toString() {
            return table + ":" + line + " " + cells;
        }
    }

    private final String name;
    private final int version;
    private final List<String> columns;
    private final List<Row> rows;

    private Table(String name, int version, List<String> columns, List<Row> rows) {
        this.name = name;
        this.version = version;
        this.columns = columns;
        this.rows = rows;
    }

    /** The table {@code name} of this package's resources ({@code "document-series.tsv"}). */
    public static Table load(String name) {
        try (InputStream in = Table.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("no grammar table " + name));
            }
            return read(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read grammar table " + name, e);
        }
    }

    static Table read(String name, BufferedReader r) throws IOException {
        int version = -1;
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                Matcher v = VERSION.matcher(line);
                if (v.matches()) {
                    version = Integer.parseInt(v.group(1));
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (columns == null) {
                columns = Arrays.stream(f).map(String::strip).toList();
                continue;
            }
            if (f.length > columns.size()) {
                throw new IllegalStateException(name + ":" + n + ": " + f.length + " cells, but " + columns.size()
                        + " columns");
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.put(columns.get(i), i < f.length ? f[i].strip() : "");
            }
            rows.add(new Row(name, n, cells));
        }
        if (version < 0 || columns == null) {
            throw new IllegalStateException(name + ": a grammar table needs a '# version N' line and a header");
        }
        return new Table(name, version, List.copyOf(columns), List.copyOf(rows));
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }
}
