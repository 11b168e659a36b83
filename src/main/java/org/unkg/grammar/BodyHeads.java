package org.unkg.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that end a UN body's name, from {@code body-heads.tsv}: a capitalized run that ends in one names a body
 * ("Terrorism Prevention Branch"); some head the names of bodies that adopt resolutions of their own ("Human Rights
 * Council resolution 5/1").
 *
 * <pre>{@code
 * BodyHeads.words();       // [Committee, Commission, Council, …]
 * BodyHeads.pattern();     // "Observer\\s+Mission|Organisation|…|Committee|…"
 * BodyHeads.adopting();    // the heads of bodies with resolutions of their own
 * }</pre>
 */
public final class BodyHeads {
    private static final Table TABLE = Table.load("body-heads.tsv");

    private BodyHeads() {
    }

    /** The table, for tests. */
    public static Table table() {
        return TABLE;
    }

    /** The single-word heads of bodies' names. */
    public static Set<String> words() {
        return TABLE.rows().stream().filter(r -> r.get("body").equals("yes")).map(r -> r.get("word"))
                .filter(w -> !w.contains(" ")).collect(Collectors.toUnmodifiableSet());
    }

    /** Regex source (no group) of every head of a body's name, longest first. */
    public static String pattern() {
        return Alternation.of(TABLE.rows().stream().filter(r -> r.get("body").equals("yes")).map(r -> r.get("word"))
                .toList());
    }

    /** Regex source (no group) of the heads of bodies that adopt resolutions, longest first. */
    public static String adopting() {
        List<String> w = new ArrayList<>();
        for (Table.Row r : TABLE.rows()) {
            if (r.get("adopts").equals("yes")) {
                w.add(r.get("word"));
            }
        }
        return Alternation.of(w);
    }
}
