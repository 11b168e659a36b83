package org.unkg.emit.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The citation character of the verb that opens a paragraph, from the versioned table
 * {@code org/unkg/emit/rdf/verb-characters.tsv}: reaffirming is not merely recalling.
 *
 * <pre>{@code
 * VerbCharacters verbs = VerbCharacters.standard();
 * verbs.characterOf("Recalling also");   // cito:obtainsBackgroundFrom
 * verbs.characterOf("Reaffirms");        // unkg:reaffirms (a sub-property of cito:confirms)
 * }</pre>
 *
 * A verb is matched word by word: at its first word that begins a stem, the longest stem wins. A verb with no
 * matching stem, and a missing verb, give {@code cito:cites}.
 */
public final class VerbCharacters {
    /** The classpath resource holding the table. */
    public static final String RESOURCE = "org/unkg/emit/rdf/verb-characters.tsv";

    private static final VerbCharacters STANDARD = load(RESOURCE);

    /** One row of the table. */
    public record Row(String stem, Node character, String note) {
        int words() {
            return stem.split(" ").length;
        }
    }

    private final List<Row> rows;

    private VerbCharacters(List<Row> rows) {
        // longest first, so that the first match at a word position is the longest stem there
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(Row::words).reversed()
                .thenComparing(Comparator.comparingInt((Row r) -> r.stem().length()).reversed()));
        this.rows = List.copyOf(sorted);
    }

    /** The table shipped with unkg. */
    public static VerbCharacters standard() {
        return STANDARD;
    }

    /** The rows of the table. */
    public List<Row> rows() {
        return rows;
    }

    /** The citation character for {@code verb} ({@code null} or blank gives {@code cito:cites}). */
    public Node characterOf(String verb) {
        if (verb == null || verb.isBlank()) {
            return Vocab.Cito.cites;
        }
        String[] words = verb.trim().toLowerCase(Locale.ROOT).split("[\\s,;:]+");
        for (int i = 0; i < words.length; i++) {
            for (Row r : rows) {
                if (matchesAt(r.stem().split(" "), words, i)) {
                    return r.character();
                }
            }
        }
        return Vocab.Cito.cites;
    }

    private static boolean matchesAt(String[] stem, String[] words, int at) {
        if (at + stem.length > words.length) {
            return false;
        }
        for (int k = 0; k < stem.length; k++) {
            boolean last = k == stem.length - 1;
            // inner words of a stem are whole words ("in" of "bearing in mind"); only the last is a prefix
            boolean ok = last ? words[at + k].startsWith(stem[k]) : words[at + k].equals(stem[k]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static VerbCharacters load(String resource) {
        InputStream in = VerbCharacters.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 3 || cols[0].isBlank() || cols[1].isBlank()) {
                    throw new IllegalStateException(resource + ":" + n + ": expected stem, character, note");
                }
                rows.add(new Row(cols[0].trim().toLowerCase(Locale.ROOT),
                        NodeFactory.createURI(Prefixes.expand(cols[1].trim())), cols[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VerbCharacters(rows);
    }
}
