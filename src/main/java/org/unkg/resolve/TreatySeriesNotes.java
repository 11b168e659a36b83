package org.unkg.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.normalize.FootnoteMark;
import org.unkg.grammar.ResolutionNumbers;
import org.unkg.segment.Passage;

/**
 * What each footnote says about a treaty: its <i>United Nations Treaty Series</i> volume and registration number
 * ({@code United Nations, Treaty Series, vol. 2051, No. 35457}; {@code Ibid., vol. 2689, No. 35457} after such a
 * note), or the resolution that adopted it ({@code Resolution 22 A (I).}).
 */
final class TreatySeriesNotes {
    /** A footnote's reference: volume, number (null for "Nos." ranges), adopting resolution. */
    record Note(String volume, String number, String adoptedBy) {
    }

    private static final Pattern SERIES = Pattern.compile("(United\\s+Nations|League\\s+of\\s+Nations),\\s*Treaty\\s+Series"
            + "|\\bIbid\\.");
    private static final Pattern VOLUME = Pattern.compile("\\G\\s*,?\\s*vol\\.\\s*(\\d+)\\s*,\\s*(Nos?)\\.\\s*(\\d+)");
    private static final Pattern ADOPTED_BY = Pattern.compile("^\\s*(?:See\\s+)?(?:General\\s+Assembly\\s+)?[Rr]esolution\\s+("
            + ResolutionNumbers.NUMBER + ")\\s*(?:,\\s*annex)?\\.?\\s*$");

    private final Map<String, Note> notes = new HashMap<>();

    TreatySeriesNotes(List<Passage> footnotes) {
        for (Passage p : footnotes) {
            String s = FootnoteMark.strip(p.text()).replaceAll("\\s+", " ");
            Matcher a = ADOPTED_BY.matcher(s);
            if (a.matches()) {
                notes.put(p.paragraph(), new Note(null, null, ResolutionNumbers.normalize(a.group(1))));
                continue;
            }
            Matcher m = SERIES.matcher(s);
            while (m.find()) {
                Matcher v = VOLUME.matcher(s);
                if (v.find(m.end())) {
                    String number = v.group(2).equals("No") ? v.group(3) : null;
                    notes.put(p.paragraph(), new Note(v.group(1), number, null));
                    break;
                }
            }
        }
    }

    /** The note of footnote {@code number}, or null. */
    Note get(String number) {
        return notes.get(number);
    }
}
