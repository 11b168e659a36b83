package org.unkg.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.Anchored;
import org.unkg.grammar.ResolutionNumbers;
import org.unkg.grammar.Table;
import org.unkg.model.CitationKind;

/**
 * Bodies named by role and mandate, as {@code body-roles.tsv} lists them: a mandate in running words
 * ({@code Special Rapporteur on the right to food}), a treaty ({@code Conference of the Parties to the Convention on
 * Biological Diversity}) or an establishing resolution ({@code Security Council Committee established pursuant to
 * resolution 1267 (1999)}, linked to 1267 (1999)).
 *
 * <pre>{@code
 * List<Mention> out = new ArrayList<>();
 * RoleBodyNames.find("the Special Rapporteur on the right to food to submit", out); // "Special Rapporteur on the right to food"
 * }</pre>
 */
final class RoleBodyNames {
    private record Role(String phrase, String reads) {
    }

    private static final List<Role> ROLES = new ArrayList<>();
    private static final List<String> STOPS = new ArrayList<>();
    static {
        for (Table.Row r : Table.load("body-roles.tsv").rows()) {
            if (r.get("kind").equals("stop")) {
                STOPS.add(r.get("phrase"));
            } else {
                String p = r.get("phrase");
                ROLES.add(new Role(p, r.get("reads")));
            }
        }
    }

    private static final java.util.Map<String, Role> BY_PHRASE = ROLES.stream()
            .collect(java.util.stream.Collectors.toMap(Role::phrase, r -> r, (a, b) -> a));
    /**
     * Every role's opening in one pattern, the longest first ("Open-ended Working Group on" before "Working Group
     * on"), so that a passage is scanned once, not once a role.
     */
    private static final Pattern ANY_OPENING = Pattern.compile("(?<![\\p{L}\\-])(?:"
            + org.unkg.grammar.Alternation.of(ROLES.stream().map(Role::phrase).toList()) + ")(?![\\p{L}\\-])");

    /**
     * The run of letters each role's opening starts with ("Open" of "Open-ended Working Group on"): a role can only
     * open where such a run starts.
     */
    private static final java.util.Set<String> OPENING_RUNS = ROLES.stream()
            .map(r -> r.phrase().strip().substring(0, letterRunEnd(r.phrase().strip(), 0)))
            .peek(run -> {
                if (run.isEmpty()) {
                    throw new IllegalStateException("body-roles.tsv: a role opens with a letter");
                }
            })
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern MANDATE_WORD = Pattern.compile("\\G\\s+([\\p{L}][\\p{L}\\-\u2019']*|\\d{4}(?:[-\u2013]\\d{4})?)");
    private static final Pattern ESTABLISHED = Pattern.compile("\\G\\s*,?\\s*(?:established|created|set\\s+up)\\s+"
            + "(?:pursuant\\s+to|by|under|in\\s+accordance\\s+with)\\s+(?:Security\\s+Council\\s+|General\\s+Assembly\\s+|"
            + "Human\\s+Rights\\s+Council\\s+|its\\s+|the\\s+|Council\\s+|Assembly\\s+)?resolution\\s+("
            + ResolutionNumbers.NUMBER + ")");
    private static final Pattern TREATY_START = Pattern.compile("\\G\\s+(?:the\\s+)?(?=[A-Z])");
    /** Words that cannot end a mandate: "on the rights of" has lost its object. */
    private static final Pattern DANGLING = Pattern.compile("(?:\\s+(?:the|of|on|and|or|to|in|a|an|its))+$");
    private static final Pattern OWNER = Pattern.compile("its|his|her|their|this|that");
    private static final int MAX_MANDATE_WORDS = 20;

    private RoleBodyNames() {
    }

    static void find(String s, List<Mention> out) {
        // one scan for every role's opening; at each, the longest opening is the role. The pattern is tried only
        // where a run of letters that opens some role starts, not at every character, and finds what find() finds
        Matcher m = ANY_OPENING.matcher(s);
        int from = 0;
        for (int at = 0; at < s.length(); at++) {
            if (!Character.isLetter(s.charAt(at))) {
                continue;
            }
            int run = letterRunEnd(s, at);
            if (at >= from && OPENING_RUNS.contains(s.substring(at, run)) && Anchored.gluedAt(m, s, at)) {
                from = m.end();
                Mention found = role(s, m);
                if (found != null) {
                    out.add(found);
                }
            }
            at = run;
        }
    }

    /** The body the opening {@code m} has found opens, or null. */
    private static Mention role(String s, Matcher m) {
        Role role = BY_PHRASE.get(m.group().replaceAll("\\s+", " "));
        if (role == null) {
            return null;
        }
        return switch (role.reads()) {
            case "words" -> words(s, m.start(), m.end());
            case "treaty" -> treaty(s, m.start(), m.end());
            default -> resolution(s, m.start(), m.end());
        };
    }

    /** Where the run of letters at {@code at} ends. */
    private static int letterRunEnd(String s, int at) {
        int e = at;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        return e;
    }

    /** "Special Rapporteur on" + the mandate, to a comma, a stop phrase or the end of the clause. */
    private static Mention words(String s, int start, int openingEnd) {
        Matcher w = MANDATE_WORD.matcher(s);
        int end = openingEnd;
        int pos = openingEnd;
        int count = 0;
        if (Anchored.gluedAt(w, s, pos) && OWNER.matcher(w.group(1)).matches()) {
            return null; // "the Working Group on its twenty-second session": a meeting, not a mandate
        }
        while (count < MAX_MANDATE_WORDS && Anchored.gluedAt(w, s, pos)) {
            if (count > 0 && stopsAt(s, w.start(1))) {
                break;
            }
            end = w.end();
            pos = w.end();
            count++;
        }
        Matcher d = DANGLING.matcher(s.substring(openingEnd, end));
        if (d.find()) {
            end = openingEnd + d.start();
        }
        if (end == openingEnd) {
            return null; // "the Working Group on" with no mandate after it
        }
        return named(s, start, end, null);
    }

    private static boolean stopsAt(String s, int at) {
        for (String stop : STOPS) {
            if (s.regionMatches(at, stop, 0, stop.length())
                    && (at + stop.length() == s.length() || !Character.isLetter(s.charAt(at + stop.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "Conference of the Parties to" + a treaty's name; "to the Convention" alone is an anaphor, not a name. */
    private static Mention treaty(String s, int start, int openingEnd) {
        Matcher t = TREATY_START.matcher(s);
        if (!Anchored.gluedAt(t, s, openingEnd)) {
            return null;
        }
        List<Mention> treaties = new ArrayList<>();
        TreatyFinder.find(s.substring(t.end()), treaties);
        for (Mention tr : treaties) {
            // "to the Convention on the Platform's purpose" is no treaty: a name the table knows, or a long one
            boolean named = TreatyFinder.TABLE.lookup(tr.target()) != null
                    || tr.target().split("\\s+(?:[a-z]+\\s+)*").length >= 4;
            if (tr.start() == 0 && named) {
                int end = t.end() + tr.end();
                String target = tr.target();
                if (TreatyFinder.TABLE.lookup(target) == null) {
                    // "the Convention on Biological Diversity in Cali, Colombia": the longest name the table knows
                    for (int e = end; e > t.end(); e--) {
                        NameTable.Row row = Character.isLetter(s.charAt(e - 1)) && (e == s.length()
                                || !Character.isLetter(s.charAt(e))) ? TreatyFinder.TABLE.lookup(s.substring(t.end(), e)) : null;
                        if (row != null) {
                            end = e;
                            target = row.name();
                            break;
                        }
                    }
                }
                String name = s.substring(start, openingEnd).replaceAll("\\s+", " ") + " the " + target;
                return named(s, start, end, name);
            }
        }
        return null;
    }

    /** "Security Council Committee established pursuant to resolution 1267 (1999)": named and linked by its mandate. */
    private static Mention resolution(String s, int start, int openingEnd) {
        Matcher e = ESTABLISHED.matcher(s);
        if (!Anchored.gluedAt(e, s, openingEnd)) {
            return null;
        }
        String number = ResolutionNumbers.normalize(e.group(1));
        String role = s.substring(start, openingEnd).replaceAll("\\s+", " ");
        if (role.equals("Committee") && ResolutionNumbers.isSecurityCouncil(number)) {
            role = "Security Council Committee"; // "the Committee established pursuant to resolution 724 (1991)"
        }
        String name = role + " established pursuant to resolution " + number;
        return named(s, start, e.end(), name).withRelated(number);
    }

    /** The table's row for the name when it has one, else the name as written. */
    private static Mention named(String s, int start, int end, String name) {
        String n = name != null ? name : NameTable.written(s.substring(start, end));
        NameTable.Row row = BodyFinder.TABLE.lookup(n);
        if (row != null) {
            return Mention.of(CitationKind.BODY, start, end, row.name()).withAltNames(row.altNames())
                    .withRelated(row.extra(0));
        }
        return Mention.of(CitationKind.BODY, start, end, n);
    }
}
