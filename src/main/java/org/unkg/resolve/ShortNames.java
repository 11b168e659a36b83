package org.unkg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.unkg.model.Citation;
import org.unkg.model.CitationKind;

/**
 * A body named in full once and then by its head alone is one body: after "the Special Committee on the Situation
 * with regard to the Implementation of the Declaration …", the resolution says "Requests the Special Committee to
 * continue …". Such a short name ({@code the Special Committee}, {@code the Agency}, {@code the Centre}) takes the
 * full name of the one body of the same file whose name holds those words; where no body or several do, it stays
 * as written.
 *
 * <pre>{@code
 * List<Citation> resolved = ShortNames.resolve(citations); // "the Special Committee" → "Special Committee on …"
 * }</pre>
 */
final class ShortNames {
    private ShortNames() {
    }

    static List<Citation> resolve(List<Citation> citations) {
        Map<String, Citation> full = new LinkedHashMap<>();
        for (Citation c : citations) {
            if (c.kind() == CitationKind.BODY && c.body() != null && !c.target().startsWith("the ")) {
                full.putIfAbsent(c.target(), c);
            }
        }
        List<Citation> out = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            Citation named = c.kind() == CitationKind.BODY && c.target().startsWith("the ") ? fullName(c, full) : null;
            out.add(named == null ? c : c.toBuilder().target(named.target()).body(named.body()).build());
        }
        return out;
    }

    /** The one body of the file whose name holds the short name's words; null when none or several do. */
    private static Citation fullName(Citation c, Map<String, Citation> full) {
        String words = c.target().substring(4);
        Pattern within = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(words) + "(?![\\p{L}-])");
        Citation found = null;
        for (Citation f : full.values()) {
            // "Committee of Good Offices and the Consular Commission" is two bodies read as one, not a full name
            boolean pair = f.target().startsWith(words + " and the ") || f.target().endsWith(" and the " + words);
            if (!f.target().equals(words) && !pair && within.matcher(f.target()).find()) {
                if (found != null) {
                    return null;
                }
                found = f;
            }
        }
        return found;
    }
}
