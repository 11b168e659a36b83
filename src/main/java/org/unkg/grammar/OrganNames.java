package org.unkg.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organs that adopt resolutions, compiled from {@code organs.tsv}: their names, short forms and symbol prefixes,
 * and the line that opens a resolution's body with the organ's name.
 *
 * <pre>{@code
 * Matcher m = OrganNames.standard().openingLine().matcher("The General Assembly,");
 * m.matches(); m.group(1);                             // "General Assembly"
 * OrganNames.standard().shortForms("Security Council"); // [Council]
 * }</pre>
 */
public final class OrganNames {
    private static final OrganNames STANDARD = new OrganNames(Table.load("organs.tsv"));

    private final Map<String, Table.Row> byName = new LinkedHashMap<>();
    private final Pattern openingLine;

    OrganNames(Table t) {
        for (Table.Row r : t.rows()) {
            byName.put(r.get("name"), r);
        }
        openingLine = Pattern.compile("^\\s*The\\s+(" + Alternation.of(byName.keySet()) + ")\\s*[,.:;]?\\s*$");
    }

    /** The organs of {@code organs.tsv}. */
    public static OrganNames standard() {
        return STANDARD;
    }

    /** "The General Assembly," alone on its line; group 1 is the organ's name as written (it may break lines). */
    public Pattern openingLine() {
        return openingLine;
    }

    /** The organ's names, as the tables write them. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** The table's name for {@code written} ("General\nAssembly" → "General Assembly"), if it names an organ. */
    public Optional<String> name(String written) {
        String n = written.strip().replaceAll("\\s+", " ");
        return byName.containsKey(n) ? Optional.of(n) : Optional.empty();
    }

    /** The short forms a text uses for the organ once named ("Assembly"). */
    public List<String> shortForms(String name) {
        Table.Row r = byName.get(name);
        return r == null ? List.of() : r.list("short");
    }

    /** The first element of the organ's document symbols ("A", "S", "A/HRC"). */
    public String symbolPrefix(String name) {
        Table.Row r = byName.get(name);
        return r == null ? null : r.get("symbol");
    }
}
