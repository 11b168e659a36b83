package org.unkg.gold;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The gold's {@code mustNot} traps, read from each entry's sentence and checked as {@code score.py}'s check_traps
 * does: identifiers named in the entry must not be among the extracted items of the kinds the entry rules out
 * (unless the gold lists them there), and "X is not a body" / "X are not treaties" subjects must not be among the
 * extracted bodies or treaties.
 *
 * <pre>{@code
 * GoldTraps.Result r = GoldTraps.check(goldEntry, extractedObject);
 * r.violations();   // [15/200 as gaResolutions (gaResolutions 15/200) -- "15/200 and 4/8 … are not resolutions"]
 * GoldTraps.identifiers("E.04.V.7 is a sales number, not a document symbol");   // [E.04.V.7]
 * }</pre>
 */
final class GoldTraps {
    /** One trap sprung: the entry, the identifier or subject it names, the kind it was found as, and where. */
    record Violation(String entry, String trap, String kind, String found) {
        @Override
        public String toString() {
            return trap + " as " + kind + " (" + found + ") -- \"" + entry + "\"";
        }
    }

    /** The traps of one gold entry: how many entries, how many could be checked, which were sprung. */
    record Result(int entries, int checked, List<String> unchecked, List<Violation> violations) {
    }

    private static final String STRIP = " \t,;:.'\"`*()[]{}<>\u2018\u2019\u201c\u201d";
    private static final List<Pattern> MULTIWORD_IDS = List.of(
            Pattern.compile("\\b[A-Z]/RES/\\d+\\s*\\(\\d{4}\\)"),                 // S/RES/1454 (2002)
            Pattern.compile("(?<![\\w/.-])\\d{1,4}\\s\\(\\d{4}\\)"),               // 242 (1967)
            Pattern.compile("(?<![\\w/.-])\\d{1,4}\\s[A-Z]\\s\\([IVXLC]+\\)"),     // 22 A (I)
            Pattern.compile("(?<![\\w/.-])\\d{1,4}\\s\\([IVXLC]+\\)"),             // 179 (II)
            Pattern.compile("(?<![\\w/.-])\\d{1,4}/\\d{1,4}\\s[A-Z]\\b"));         // 49/75 E
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|neither|nor)\\b");
    private static final Pattern KIND_WORD = Pattern.compile("(general assembly|security council)?\\s*(resolution|"
            + "decision|document|treat|bod|citation|number|symbol)");
    private static final Pattern SUBJECT = Pattern.compile("\\s*(.+?)\\s+(?:is|are)\\s");
    private static final Set<String> GENERIC_NAME_TOKENS = Set.of("framework", "declaration", "united", "nation",
            "convention", "treaty", "agreement", "protocol", "committee", "council", "organization", "international",
            "conference");
    private static final Map<String, String> KIND_BY_CITATION = Map.of("gaResolution", "gaResolutions",
            "scResolution", "scResolutions", "document", "documents", "treaty", "treaties", "body", "bodies");
    private static final List<String> RESOLUTION_KINDS = List.of("gaResolutions", "scResolutions",
            "otherResolutions", "decisions");

    private GoldTraps() {
    }

    /** score.py's trap_identifiers: identifier-like strings named in an entry (a digit and something else). */
    static List<String> identifiers(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : MULTIWORD_IDS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group());
            }
        }
        for (String tok : text.strip().split("\\s+")) {
            String t = strip(tok, STRIP);
            // keep balanced inner parentheses ("GC(69)/RES/15"), drop a dangling one
            if (count(t, '(') != count(t, ')')) {
                t = strip(t, "()");
            }
            if (t.length() < 3 || !t.matches(".*\\d.*") || t.matches("[\\d,]+") || t.matches("\\d+(st|nd|rd|th)")) {
                continue;
            }
            found.add(t);
        }
        return new ArrayList<>(new LinkedHashSet<>(found));
    }

    /** score.py's negated_kinds: the kinds of item an entry rules out ("… not a General Assembly resolution"). */
    static Set<String> negatedKinds(String text) {
        String low = text.toLowerCase(Locale.ROOT);
        Matcher neg = NEGATION.matcher(low);
        if (!neg.find()) {
            return Set.of();
        }
        Set<String> kinds = new TreeSet<>();
        Matcher m = KIND_WORD.matcher(low.substring(neg.start()));
        while (m.find()) {
            String organ = m.group(1);
            switch (m.group(2)) {
                case "resolution" -> {
                    if ("general assembly".equals(organ)) {
                        kinds.add("gaResolutions");
                    } else if ("security council".equals(organ)) {
                        kinds.add("scResolutions");
                    } else {
                        kinds.addAll(List.of("gaResolutions", "scResolutions", "otherResolutions"));
                    }
                }
                case "decision" -> kinds.add("decisions");
                case "document", "symbol" -> kinds.add("documents");
                case "treat" -> kinds.add("treaties");
                case "bod" -> kinds.add("bodies");
                default -> kinds.addAll(List.of("gaResolutions", "scResolutions", "documents", "decisions"));
            }
        }
        if (kinds.isEmpty()) {
            kinds.addAll(List.of("gaResolutions", "scResolutions", "documents"));
        }
        return kinds;
    }

    /** score.py's trap_subjects: "the A and the B are not treaties" → [the A and the B, A, B]. */
    static List<String> subjects(String text) {
        Matcher m = SUBJECT.matcher(text);
        if (!m.lookingAt()) {
            return List.of();
        }
        String s = m.group(1).replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        if (s.isEmpty()) {
            return List.of();
        }
        String[] parts = s.split(",\\s+(?:and\\s+)?the\\s+|\\s+and\\s+the\\s+", -1);
        List<String> out = new ArrayList<>(List.of(s));
        if (parts.length > 1) {
            for (String p : parts) {
                String q = strip(p, " ,").replaceFirst("(?i)^the\\s+", "");
                if (!q.isEmpty() && !q.equals(s)) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** score.py's name_trap_hit: the subject's content words are (mostly) the name's, beyond generic words. */
    static boolean nameHit(String subject, String name) {
        Set<String> s = new LinkedHashSet<>(GoldScorer.tokens(subject));
        Set<String> n = new LinkedHashSet<>(GoldScorer.tokens(name));
        if (s.isEmpty() || n.isEmpty()) {
            return false;
        }
        Set<String> inter = new LinkedHashSet<>(s);
        inter.retainAll(n);
        Set<String> specific = new LinkedHashSet<>(inter);
        specific.removeAll(GENERIC_NAME_TOKENS);
        if (specific.isEmpty()) {
            return false;
        }
        Set<String> union = new LinkedHashSet<>(s);
        union.addAll(n);
        if ((double) inter.size() / union.size() >= 0.5) {
            return true;
        }
        if (s.containsAll(n) && (double) inter.size() / s.size() >= 0.5) {
            return true;
        }
        return n.containsAll(s);
    }

    /** Checks one gold entry's {@code mustNot} against one extracted object ({@code null}: the extraction failed). */
    static Result check(JsonNode gold, JsonNode ext) {
        List<String> entries = new ArrayList<>();
        for (JsonNode m : GoldScorer.iter(gold.get("mustNot"))) {
            if (m.isTextual()) {
                entries.add(m.asText());
            }
        }
        Map<String, Map<String, String>> extIds = ext == null ? null : extractedIdentifiers(ext);
        Map<String, Set<String>> goldIds = goldIdentifiers(gold);
        List<Violation> violations = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        int checked = 0;
        for (String entry : entries) {
            Set<String> kinds = negatedKinds(entry);
            boolean didCheck = false;
            if (!kinds.isEmpty()) {
                Set<String> idKinds = new TreeSet<>(kinds);
                idKinds.retainAll(goldIds.keySet());
                for (String tok : identifiers(entry)) {
                    for (String kind : idKinds) {
                        String norm = kind.equals("documents") ? GoldScorer.doc(tok) : GoldScorer.resnum(tok);
                        if (goldIds.get(kind).contains(norm)) {
                            continue;
                        }
                        didCheck = true;
                        if (extIds != null && extIds.get(kind).containsKey(norm)) {
                            violations.add(new Violation(entry, tok, kind, extIds.get(kind).get(norm)));
                        }
                    }
                }
                List<String> subjects = subjects(entry);
                for (String kind : new TreeSet<>(kinds)) {
                    if (!(kind.equals("treaties") || kind.equals("bodies")) || subjects.isEmpty()) {
                        continue;
                    }
                    didCheck = true;
                    if (ext != null) {
                        violations.addAll(names(entry, kind, subjects, gold, ext));
                    }
                }
            }
            if (didCheck) {
                checked++;
            } else {
                unchecked.add(entry);
            }
        }
        Map<List<String>, Violation> unique = new LinkedHashMap<>();
        for (Violation v : violations) {
            unique.putIfAbsent(List.of(v.entry(), v.trap(), v.kind()), v);
        }
        return new Result(entries.size(), checked, unchecked, List.copyOf(unique.values()));
    }

    /** Extracted bodies or treaties (and citations of them) that an entry's subject names, unless the gold has them. */
    private static List<Violation> names(String entry, String kind, List<String> subjects, JsonNode gold,
                                         JsonNode ext) {
        List<JsonNode> golds = new ArrayList<>(GoldScorer.iter(gold.get(kind)));
        if (kind.equals("bodies")) {
            golds.addAll(GoldScorer.iter(gold.get("bodiesOptional")));
        }
        List<JsonNode> items = new ArrayList<>(GoldScorer.iter(ext.get(kind)));
        for (JsonNode c : GoldScorer.iter(ext.get("citations"))) {
            if (c.isObject() && kind.equals(KIND_BY_CITATION.get(GoldScorer.text(c.get("kind"))))
                    && GoldScorer.text(c.get("target")) != null && !c.get("target").asText().isEmpty()) {
                items.add(TextNode.valueOf(c.get("target").asText()));
            }
        }
        List<Violation> out = new ArrayList<>();
        for (JsonNode it : items) {
            List<String> names = GoldScorer.names(it).stream().filter(n -> n != null && !n.isBlank()).toList();
            boolean legit = golds.stream().anyMatch(g -> kind.equals("treaties")
                    ? names.stream().anyMatch(b -> GoldScorer.names(g).stream()
                            .anyMatch(a -> GoldScorer.treatySimilarity(a, b) >= 0.8))
                            || it.isObject() && g.isObject() && GoldScorer.seriesMatch(g, it)
                    : GoldScorer.bodiesMatch(g, it));
            if (legit || names.isEmpty()) {
                continue;
            }
            subjects.stream().filter(s -> names.stream().anyMatch(n -> nameHit(s, n))).findFirst()
                    .ifPresent(hit -> out.add(new Violation(entry, hit, kind, names.get(0))));
        }
        return out;
    }

    /** kind → normalized identifier → where it was found, from the item lists and the citations. */
    private static Map<String, Map<String, String>> extractedIdentifiers(JsonNode ext) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String kind : RESOLUTION_KINDS) {
            Map<String, String> ids = new LinkedHashMap<>();
            for (JsonNode x : GoldScorer.iter(ext.get(kind))) {
                String organ = x.isObject() ? GoldScorer.text(x.get("organ")) : null;
                if (kind.equals("decisions") && organ != null && !organ.isBlank()
                        && !GoldScorer.ws(organ).toLowerCase(Locale.ROOT).replaceFirst("\\.$", "")
                                .equals("general assembly")) {
                    continue;
                }
                String raw = x.isObject() ? GoldScorer.text(x.get("number")) : x.asText();
                if (raw != null && !raw.isBlank()) {
                    ids.putIfAbsent(GoldScorer.resnum(raw), kind + " " + raw);
                }
            }
            out.put(kind, ids);
        }
        Map<String, String> docs = new LinkedHashMap<>();
        for (JsonNode d : GoldScorer.iter(ext.get("documents"))) {
            String raw = d.isObject() ? GoldScorer.text(d.get("symbol")) : d.asText();
            if (raw != null && !raw.isBlank()) {
                docs.putIfAbsent(GoldScorer.doc(raw), "documents " + raw);
            }
        }
        out.put("documents", docs);
        for (JsonNode c : GoldScorer.iter(ext.get("citations"))) {
            String kind = c.isObject() ? KIND_BY_CITATION.get(GoldScorer.text(c.get("kind"))) : null;
            String target = c.isObject() ? GoldScorer.text(c.get("target")) : null;
            if (kind == null || target == null || target.isBlank()) {
                continue;
            }
            if (kind.equals("gaResolutions") || kind.equals("scResolutions")) {
                out.get(kind).putIfAbsent(GoldScorer.resnum(target), "citation " + target);
            } else if (kind.equals("documents")) {
                out.get(kind).putIfAbsent(GoldScorer.doc(target), "citation " + target);
            }
        }
        return out;
    }

    /** kind → the gold's own normalized identifiers: a trap never forbids what the gold itself lists. */
    private static Map<String, Set<String>> goldIdentifiers(JsonNode gold) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        out.put("gaResolutions", resolutions(gold, "gaResolutions"));
        out.put("scResolutions", resolutions(gold, "scResolutions"));
        out.put("otherResolutions", resolutions(gold, "otherResolutions"));
        Set<String> decisions = resolutions(gold, "gaDecisions");
        decisions.addAll(resolutions(gold, "decisions"));
        out.put("decisions", decisions);
        Set<String> docs = new java.util.HashSet<>();
        for (String key : List.of("documents", "otherDocuments")) {
            for (JsonNode d : GoldScorer.iter(gold.get(key))) {
                docs.add(GoldScorer.doc(d.isObject() ? GoldScorer.text(d.get("symbol")) : d.asText()));
            }
        }
        out.put("documents", docs);
        return out;
    }

    private static Set<String> resolutions(JsonNode gold, String key) {
        Set<String> out = new java.util.HashSet<>();
        for (JsonNode x : GoldScorer.iter(gold.get(key))) {
            out.add(GoldScorer.resnum(x.isObject() ? GoldScorer.text(x.get("number")) : x.asText()));
        }
        return out;
    }

    /** Python's str.strip(chars). */
    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
