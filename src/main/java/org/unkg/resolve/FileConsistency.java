package org.unkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unkg.model.Citation;
import org.unkg.model.Treaty;

/**
 * One file says one thing about each cited thing: a resolution has one adoption date, a treaty one date and one
 * Treaty Series reference. When mentions disagree, the first statement stands and later conflicting ones are
 * dropped, since a second, different date for the same number is a misattached date, not a second fact.
 */
final class FileConsistency {
    private FileConsistency() {
    }

    static List<Citation> reconcile(List<Citation> citations) {
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, Treaty> treaties = new HashMap<>();
        List<Citation> out = new ArrayList<>(citations.size());
        for (Citation c : citations) {
            String key = c.kind() + "|" + c.organ() + "|" + c.target();
            Citation.Builder b = c.toBuilder();
            if (c.date() != null) {
                LocalDate first = dates.putIfAbsent(key, c.date());
                if (first != null && !first.equals(c.date())) {
                    b.date(null);
                }
            }
            if (c.treaty() != null) {
                Treaty t = c.treaty();
                Treaty first = treaties.putIfAbsent(key, t);
                if (first != null) {
                    b.treaty(new Treaty(t.name(), agree(first.date(), t.date()), agree(first.unts(), t.unts()),
                            agree(first.untsVolume(), t.untsVolume()), agree(first.adoptedBy(), t.adoptedBy())));
                }
            }
            out.add(b.build());
        }
        return out;
    }

    /** The later value where it agrees with the first or the first is unknown; else nothing. */
    private static <T> T agree(T first, T later) {
        return first == null || first.equals(later) ? later : null;
    }
}
