package org.unkg.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unkg.grammar.MemberStates;
import org.unkg.model.Markup;
import org.unkg.source.AknDocument;
import org.unkg.source.AknElement;

/**
 * Reads what AKN4UN markup records beyond the text, from the {@code <meta>} block: the FRBR work and expression
 * ({@code <FRBRWork>/<FRBRthis>}), the vote ({@code <voting outcome="adoptedWithoutVote">} or
 * {@code <count refersTo="inFavour">} with an {@code <organization>} per Member State), the sponsors (the
 * {@code by} of the {@code draftResolution} and {@code draftResolutionAdditionalSponsors} workflow steps), the
 * library's subject headings ({@code <classification source="DHLAUTH">}) and the SDGs (keywords of dictionary
 * {@code SDGO}).
 *
 * <pre>{@code
 * Markup m = AknMetadata.read(akn);
 * m.votes().get("against");    // ["ISRAEL", "UNITED STATES"]
 * }</pre>
 */
final class AknMetadata {

    private AknMetadata() {
    }

    static Markup read(AknDocument akn) {
        AknElement root = akn.root();
        AknElement meta = root.find("meta").orElse(null);
        if (meta == null) {
            return new Markup(null, null, false, Map.of(), List.of(), List.of(), List.of());
        }
        String work = meta.find("FRBRWork").flatMap(w -> w.child("FRBRuri")).map(u -> u.attr("value")).orElse(null);
        String expression = meta.find("FRBRExpression").flatMap(w -> w.child("FRBRuri")).map(u -> u.attr("value"))
                .orElse(null);
        boolean withoutVote = false;
        Map<String, List<String>> votes = new LinkedHashMap<>();
        AknElement voting = meta.find("voting").orElse(null);
        if (voting != null) {
            String outcome = voting.attr("outcome") == null ? "" : voting.attr("outcome");
            withoutVote = outcome.equals("adoptedWithoutVote") || outcome.toLowerCase().contains("without vote");
            for (AknElement count : voting.findAll("count")) {
                List<String> states = new ArrayList<>();
                for (AknElement o : count.findAll("organization")) {
                    String name = akn.content(o).strip().replaceAll("\\s+", " ");
                    if (!name.isEmpty()) {
                        states.add(name);
                    }
                }
                if (count.attr("refersTo") != null && !states.isEmpty()) {
                    votes.put(count.attr("refersTo"), states);
                }
            }
        }
        List<String> sponsors = new ArrayList<>();
        for (AknElement step : meta.findAll("step")) {
            String outcome = step.attr("outcome");
            if (("draftResolution".equals(outcome) || "draftResolutionAdditionalSponsors".equals(outcome))
                    && step.attr("by") != null) {
                for (String s : splitNames(step.attr("by"))) {
                    if (!sponsors.contains(s)) {
                        sponsors.add(s);
                    }
                }
            }
        }
        List<Markup.Subject> subjects = new ArrayList<>();
        List<String> sdgs = new ArrayList<>();
        for (AknElement c : meta.findAll("classification")) {
            boolean library = "DHLAUTH".equals(c.attr("source"));
            for (AknElement k : c.findAll("keyword")) {
                String dictionary = k.attr("dictionary");
                String value = k.attr("showAs") != null ? k.attr("showAs") : k.attr("value");
                if ("SDGO".equals(dictionary) && k.attr("value") != null && !sdgs.contains(k.attr("value"))) {
                    sdgs.add(k.attr("value"));
                } else if (library && value != null && k.attr("refersTo") == null
                        && ("DHLAUTH".equals(dictionary) || "UNBIS Thesaurus".equals(dictionary))) {
                    Markup.Subject s = new Markup.Subject(value.strip(), dictionary, k.attr("href"));
                    if (!subjects.contains(s)) {
                        subjects.add(s);
                    }
                }
            }
        }
        return new Markup(work, expression, withoutVote, votes, sponsors, subjects, sdgs);
    }

    /**
     * The names in a list as the UN writes it ({@code A, B and C}), a bracket kept whole: {@code State of Palestine
     * (on behalf of … the Group of 77 and China)} is one sponsor.
     */
    static List<String> splitNames(String list) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        String s = list.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && c == ',') {
                flush(cur, out);
                continue;
            }
            if (depth == 0 && s.startsWith(" and ", i) && s.indexOf(',', i) < 0 && !joinsOneName(s, i)) {
                flush(cur, out); // the list's last "and", unless it is inside a State's name
                i += 4;
                continue;
            }
            cur.append(c);
        }
        flush(cur, out);
        return out;
    }

    /** Whether the " and " at {@code at} is inside a Member State's name ("Trinidad and Tobago"). */
    private static boolean joinsOneName(String s, int at) {
        int from = Math.max(s.lastIndexOf(',', at) + 1, 0);
        for (int end = s.length(); end > at; end = s.lastIndexOf(' ', end - 1)) {
            if (MemberStates.standard().byName(s.substring(from, end)).isPresent()) {
                return true;
            }
            if (end <= 0) {
                break;
            }
        }
        return false;
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String n = cur.toString().strip();
        if (!n.isEmpty()) {
            out.add(n);
        }
        cur.setLength(0);
    }
}
