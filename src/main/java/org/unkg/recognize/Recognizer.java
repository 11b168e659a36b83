package org.unkg.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.unkg.segment.Passage;

/**
 * The recognize stage: finds in one passage every resolution, decision, document, treaty and body it names.
 *
 * <pre>{@code
 * List<Mention> ms = Recognizer.find(passage);
 * ms.get(0).target();   // "35/168"
 * }</pre>
 */
public final class Recognizer {

    private Recognizer() {
    }

    /** The mentions of every passage of {@code doc}. */
    public static RecognizedDocument recognize(org.unkg.segment.SegmentedDocument doc) {
        List<List<Mention>> all = new ArrayList<>();
        for (Passage p : doc.passages()) {
            all.add(find(p));
        }
        return new RecognizedDocument(doc, List.copyOf(all));
    }

    /** Every mention in {@code p}, in text order. */
    public static List<Mention> find(Passage p) {
        return find(p.text().toString());
    }

    /** Every mention in {@code text}, in text order. */
    public static List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        ResolutionFinder.find(text, out);
        DocumentFinder.find(text, out);
        TreatyFinder.find(text, out);
        BodyFinder.find(text, out);
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }
}
