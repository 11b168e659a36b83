package org.unkg.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.Anchored;
import org.unkg.grammar.ResolutionNumbers;
import org.unkg.model.CitationKind;

/**
 * Finds UN organs, bodies and offices and other international bodies: every name and abbreviation of
 * {@code bodies.tsv}, and capitalized names headed by a body word ({@code Terrorism Prevention Branch},
 * {@code Inter-Agency Security Management Network}). A name followed by "of the" another body is two bodies
 * ({@code Department of Safety and Security of the Secretariat}); "X and its Executive Directorate" names X's
 * directorate; "established pursuant to resolution 1373 (2001)" links the body to that resolution.
 */
final class BodyFinder {
    static final NameTable TABLE = NameTable.load("bodies.tsv");
    /** Abbreviations the table keeps but that resolutions also use for something else ("ODA"). */
    static final java.util.Set<String> CLASHES = clashes();
    private static final String CAP = "[A-Z][\\p{L}\\-\u2019']*";
    /** The words that end a body's name, from the grammar's {@code body-heads.tsv}. */
    private static final String HEAD = "(?:" + org.unkg.grammar.BodyHeads.pattern() + ")";
    private static final Pattern GENERIC = Pattern.compile("(?<![\\p{L}\\-])((?:" + CAP + "\\s+(?:(?:of|on|for|and|the|in)\\s+)*)*"
            + HEAD + "(?:\\s+(?:of|on|for|in|against)\\s+(?:the\\s+)?" + CAP + "(?:\\s+(?:(?:and|of|the|for|in|on)\\s+)*"
            + CAP + ")*)?)\\b");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:The|A|An|Its|Their|This|That|These|Recalling|Reaffirming|"
            + "Welcoming|Noting|Requests|Invites|Urges|Calls|Encourages|Welcomes|Decides|Also|Further|Commends|"
            + "Recognizing|Stressing|Emphasizing|Expressing|Taking|Bearing|Having|Mindful|Convinced|Concerned|"
            + "Underlining|Acknowledging|Affirming|Reiterating|Supports|Notes|Takes|Appreciates|Acting|Under|"
            + "Pursuant|In|By|With|For|On|At|To|From|As|And|Article|Chapter|Member|States|President|Secretary|"
            + "[A-Z][a-z]+ly)\\s+)+");
    private static final Pattern CONNECTOR_LEAD = Pattern.compile("^(?:of|and|in|for|on|to|by|with)\\s+(?:the\\s+)?");
    private static final Pattern OF_THE = Pattern.compile("\\s+of\\s+the\\s+(?=(?:" + CAP + "\\s+(?:(?:of|on|for|and|the|in)\\s+)*)*"
            + HEAD + "\\b)");
    private static final Pattern ESTABLISHED = Pattern.compile("^\\s*,?\\s*(?:established|created|set\\s+up)\\s+"
            + "(?:pursuant\\s+to|by|under|in\\s+accordance\\s+with)\\s+(?:Security\\s+Council\\s+|General\\s+Assembly\\s+|"
            + "its\\s+|the\\s+|Council\\s+)?resolution\\s+(" + ResolutionNumbers.NUMBER + ")"
            + "(?:[^()]{0,80}?\\(\\s*(?:the\\s+)?([^()]{3,80}?)\\s*\\))?");
    private static final Pattern ABBREVIATION = Pattern.compile("^\\s*\\((?:the\\s+)?([A-Z][A-Za-z\\-]{1,10})\\)");
    private static final Pattern ITS_PART = Pattern.compile("^\\s+and\\s+its\\s+(" + CAP + "(?:\\s+" + CAP + ")*)");

    private static final Pattern ENDS_IN_HEAD = Pattern.compile(".*\\b" + HEAD);
    private static final Pattern HEAD_THEN_TITLE = Pattern.compile(".*\\b" + HEAD
            + "(?:\\s+(?:of|on|for|in|against)\\s+.*)?");
    /** "Special Committee", "Executive Board": a qualifier and a body word refer, they do not name. */
    private static final Pattern QUALIFIED_HEAD = Pattern.compile("(?:United Nations|General|Security|Main|Special|"
            + "Joint|High|Executive|Regional|National|International|Permanent|Working|Open-ended Working|Expert|"
            + "Preparatory|Advisory|Intergovernmental)\\s+" + HEAD);
    private static final Pattern STATE_NAME = Pattern.compile("\\b(?:Republics?|Kingdom|Emirates|Federation|"
            + "States\\s+of\\s+America|Principality|Sultanate|Commonwealth\\s+of\\s+the)\\b");
    private static final Pattern HEAD_WORD = Pattern.compile("\\b" + HEAD + "\\b");
    /** Longer than any capitalized run before a body word that names a body. */
    private static final int GENERIC_REACH = 300;
    static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\-])[\\p{L}\\p{N}][\\p{L}\\-]*");
    /** The table's names by the word that opens them, each group one pattern, longest name first. */
    private static final java.util.Map<String, Pattern> KNOWN = known();
    /** The words of {@link #KNOWN} by their first letter, and the longest: most words of a passage pass by these. */
    private static final Anchored.Openings KNOWN_OPENINGS = new Anchored.Openings(KNOWN.keySet());
    private static final int KNOWN_LONGEST = KNOWN.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** Connecting words a name cannot end with ("… of the"). */
    private static final Pattern TRAILING_CONNECTORS = Pattern.compile("(?:\\s+(?:and|of|the|for|in|on))+\\s*$");

    private BodyFinder() {
    }

    static void find(String s, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        // the table's names are tried only where a word that opens one of them stands, not at every character
        List<int[]> words = new ArrayList<>();
        words(s, words);
        List<int[]> knownSpans = new ArrayList<>();
        int knownEnd = 0;
        for (int[] w : words) {
            if (w[0] < knownEnd || w[1] - w[0] > KNOWN_LONGEST || !KNOWN_OPENINGS.opens(s.charAt(w[0]))) {
                continue;
            }
            Pattern names = KNOWN.get(s.substring(w[0], w[1]));
            if (names == null) {
                continue;
            }
            Matcher k = names.matcher(s).region(w[0], s.length());
            if (k.lookingAt()) {
                NameTable.Row row = TABLE.lookup(k.group(1));
                if (row != null) {
                    found.add(body(row, k.start(1), k.end(1)));
                    knownSpans.add(new int[] {k.start(1), k.end(1)});
                }
                knownEnd = k.end();
            }
        }
        GenericBodyNames generic = new GenericBodyNames(s);
        int pos = 0;
        int[] g;
        while ((g = generic.next(pos)) != null) {
            pos = g[1];
            int start = g[0];
            String name = s.substring(g[0], g[1]);
            Matcher lead = LEADING.matcher(name);
            if (lead.lookingAt()) {
                start += lead.end();
                name = name.substring(lead.end());
            }
            // "the Assembly of the Intergovernmental Oceanographic Commission": where the run begins after an
            // organ's short name, the body is what follows "of the", not "of the …" itself
            Matcher joint = CONNECTOR_LEAD.matcher(name);
            if (joint.lookingAt()) {
                start += joint.end();
                name = name.substring(joint.end());
            }
            // a name from the table wins over a longer capitalized run that swallows it ("… in Siracusa")
            int cut = name.length();
            for (int[] ks : knownSpans) {
                if (ks[0] >= start && ks[0] < start + cut && ks[1] <= start + cut) {
                    cut = ks[0] == start ? ks[1] - start : Math.min(cut, ks[0] - start);
                }
            }
            name = TRAILING_CONNECTORS.matcher(name.substring(0, cut)).replaceAll("");
            Matcher of = OF_THE.matcher(name);
            if (of.find()) {
                String first = name.substring(0, of.start());
                if (ENDS_IN_HEAD.matcher(first).matches()) {
                    addGeneric(found, first, start);
                }
                addGeneric(found, name.substring(of.end()), start + of.end());
            } else if (HEAD_THEN_TITLE.matcher(name).matches()) {
                addGeneric(found, name, start);
            }
        }
        RoleBodyNames.find(s, found);
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        Mention last = null;
        for (Mention m : found) {
            if (last != null && m.start() < last.end()) {
                continue; // inside a longer name already found
            }
            m = linked(s, m, out);
            out.add(m);
            last = m;
        }
    }

    /**
     * Adds the {start, end} of every {@link #WORD} in {@code s}: one pass over the characters, which finds what the
     * pattern finds (the test says so on random text) at a fraction of the cost of trying it at every character.
     * A text with surrogate pairs, whose letters the pattern reads as code points, goes through the pattern.
     */
    static void words(String s, List<int[]> out) {
        if (Letters.scannedByPattern(s, WORD, out)) {
            return;
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (Letters.isLetterOrNumber(s.charAt(i))
                    && (i == 0 || !(Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-'))) {
                int j = i + 1;
                while (j < n && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
    }

    private static void addGeneric(List<Mention> found, String name, int start) {
        String n = name.strip();
        if (n.split("\\s+").length < 2 || QUALIFIED_HEAD.matcher(n).matches()) {
            return;
        }
        n = NameTable.written(n);
        NameTable.Row row = TABLE.lookup(n);
        if (row == null && STATE_NAME.matcher(n).find()) {
            return; // "Union of Soviet Socialist Republics" is a State, not a body
        }
        found.add(row != null ? body(row, start, start + name.length()) : Mention.of(CitationKind.BODY, start,
                start + name.length(), n));
    }

    private static Mention body(NameTable.Row row, int start, int end) {
        return Mention.of(CitationKind.BODY, start, end, row.name()).withAltNames(row.altNames())
                .withRelated(row.extra(0));
    }

    /** Abbreviation in brackets, "and its Executive Directorate", "established pursuant to resolution …". */
    private static final Pattern OF_BEFORE = Pattern.compile("\\bof\\s+(?:the\\s+)?$");

    private static Mention linked(String s, Mention m, List<Mention> out) {
        // what follows the name is matched where it stands, not copied: a passage can hold hundreds of names
        int after = m.end();
        Matcher ab = Anchored.at(ABBREVIATION, s, after);
        if (ab.lookingAt() && !m.altNames().contains(ab.group(1))) {
            List<String> alts = new ArrayList<>(m.altNames());
            alts.add(ab.group(1));
            m = m.withAltNames(alts);
        }
        Matcher part = Anchored.at(ITS_PART, s, after);
        if (part.lookingAt() && ENDS_IN_HEAD.matcher(part.group(1)).matches()) {
            String composed = m.target() + " " + part.group(1);
            NameTable.Row row = TABLE.lookup(composed);
            out.add(row != null ? body(row, part.start(1), part.end(1))
                    : Mention.of(CitationKind.BODY, part.start(1), part.end(1), composed));
        }
        Matcher est = Anchored.at(ESTABLISHED, s, after);
        // "the Special Mission of the Security Council established under resolution 294 (1971)": what was
        // established is the head of the phrase, not the body named as its complement
        boolean complement = OF_BEFORE.matcher(s.substring(Math.max(0, m.start() - 12), m.start())).find();
        if (est.lookingAt() && !complement) {
            String number = ResolutionNumbers.normalize(est.group(1));
            m = m.withRelated(number);
            if (est.group(2) != null) {
                NameTable.Row row = TABLE.lookup(est.group(2));
                if (row != null) {
                    out.add(body(row, est.start(2), est.end(2)).withRelated(number));
                }
            }
        }
        return m;
    }

    private static java.util.Set<String> clashes() {
        java.util.Set<String> s = new java.util.HashSet<>();
        for (org.unkg.grammar.Table.Row r : org.unkg.grammar.Table.load("abbreviation-clashes.tsv").rows()) {
            s.add(r.get("abbreviation"));
        }
        return java.util.Set.copyOf(s);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    private static java.util.Map<String, Pattern> known() {
        java.util.Map<String, List<String>> byFirst = new java.util.HashMap<>();
        for (NameTable.Row r : TABLE.rows()) {
            for (String n : concat(r.name(), r.altNames())) {
                if (n.equals(r.name()) || !n.startsWith("the ") && !CLASHES.contains(n)) {
                    Matcher m = WORD.matcher(n);
                    if (m.find() && m.start() == 0) {
                        byFirst.computeIfAbsent(m.group(), x -> new ArrayList<>()).add(n);
                    }
                }
            }
        }
        java.util.Map<String, Pattern> out = new java.util.HashMap<>();
        byFirst.forEach((first, names) -> {
            names.sort(Comparator.comparingInt(String::length).reversed());
            StringBuilder alt = new StringBuilder();
            for (String n : names) {
                if (alt.length() > 0) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(n).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['\u2019]\\Q"));
            }
            // "CRC/C/GC/5" is a document symbol, not the Committee on the Rights of the Child
            out.put(first, Pattern.compile("(?<![\\p{L}\\-])(" + alt + ")(?![\\p{L}\\-/])"));
        });
        return java.util.Map.copyOf(out);
    }
}
