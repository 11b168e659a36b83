package org.unkg.network;

import java.util.Set;
import java.util.TreeSet;

/**
 * An edge of the citation graph: one resolution citing another, however many times, with the verbs and sections
 * of its mentions. Edges compare by identity, as JGraphT needs of its edge objects.
 *
 * <pre>{@code
 * Citation c = graph.graph().getEdge("https://unkg.org/A/RES/53/97", "https://unkg.org/A/RES/35/168");
 * c.count();     // mentions of 35/168 in 53/97
 * c.verbs();     // [Convinced, Recalling]
 * }</pre>
 */
public final class Citation {
    private final Set<String> verbs = new TreeSet<>();
    private final Set<String> sections = new TreeSet<>();
    private int count;

    void add(String verb, String section) {
        count++;
        if (verb != null && !verb.isBlank()) {
            verbs.add(verb);
        }
        if (section != null && !section.isBlank()) {
            sections.add(section);
        }
    }

    /** How many mentions of the cited resolution the citing one holds. */
    public int count() {
        return count;
    }

    /** The verbs that open the citing paragraphs, sorted. */
    public Set<String> verbs() {
        return verbs;
    }

    /** The sections the mentions stand in ({@code preamble}, {@code operative}, …), sorted. */
    public Set<String> sections() {
        return sections;
    }
}
