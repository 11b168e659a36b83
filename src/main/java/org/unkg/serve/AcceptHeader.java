package org.unkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An HTTP {@code Accept} header, and the choice among the media types a server offers (RFC 9110 §12.5.1): the
 * offer with the highest quality wins, the most specific range deciding an offer's quality, and ties going to the
 * server's order of preference.
 *
 * <pre>{@code
 * AcceptHeader a = AcceptHeader.parse("text/html;q=0.9, application/ld+json");
 * a.choose(List.of("text/turtle", "text/html", "application/ld+json"));   // application/ld+json
 * AcceptHeader.parse("image/png").choose(offers);                           // empty: 406
 * }</pre>
 */
final class AcceptHeader {
    private record Range(String type, String subtype, double q) {
        /** 3 for an exact match, 2 for {@code type/*}, 1 for {@code * /*}, 0 for no match. */
        int specificity(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            if (type.equals("*")) {
                return 1;
            }
            if (!type.equals(t)) {
                return 0;
            }
            return subtype.equals("*") ? 2 : subtype.equals(s) ? 3 : 0;
        }
    }

    private final List<Range> ranges;

    private AcceptHeader(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses a header; a missing or empty header accepts anything. Ranges that cannot be read are left out. */
    static AcceptHeader parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header == null || header.isBlank()) {
            ranges.add(new Range("*", "*", 1.0));
            return new AcceptHeader(ranges);
        }
        for (String part : header.split(",")) {
            String[] fields = part.split(";");
            String mt = fields[0].strip().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                continue;
            }
            double q = 1.0;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].strip();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // a malformed weight is not a wish
                    }
                }
            }
            ranges.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        return new AcceptHeader(ranges);
    }

    /** The quality the header gives {@code mediaType}: that of its most specific matching range, or 0. */
    double quality(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        int best = 0;
        double q = 0;
        for (Range r : ranges) {
            int s = r.specificity(m);
            if (s > best) {
                best = s;
                q = r.q();
            }
        }
        return q;
    }

    /** The best of {@code offers} (in the server's order of preference), or empty when none is acceptable. */
    Optional<String> choose(List<String> offers) {
        String best = null;
        double bestQ = 0;
        for (String o : offers) {
            double q = quality(o);
            if (q > bestQ) {
                best = o;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }
}
