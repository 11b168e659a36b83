package org.unkg.gold;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores one extract-report object against one gold entry by the rules of {@code shared/tools/score.py}: resolutions
 * by normalized number (with date and paragraph accuracy on matches), documents by symbol, treaties one-to-one by
 * name similarity (Jaccard ≥ 0.8 of content tokens) or equal UNTS number, bodies by recall over names, abbreviations
 * and initials, identity field by field.
 */
final class GoldScorer {

    /** Counts for one category. */
    static final class Counts {
        int tp;
        int fp;
        int fn;
        int dateOk;
        int paraOk;
        int matched;
        final List<String> missed = new ArrayList<>();
        final List<String> spurious = new ArrayList<>();

        void add(Counts o) {
            tp += o.tp; fp += o.fp; fn += o.fn; dateOk += o.dateOk; paraOk += o.paraOk; matched += o.matched;
            missed.addAll(o.missed);
            spurious.addAll(o.spurious);
        }

        double precision() {
            return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    private static final Pattern SC = Pattern.compile("(\\d+)\\s*\\(\\s*(\\d{4})\\s*\\)");
    private static final Pattern ROMAN = Pattern.compile("(\\d+)\\s*([A-Za-z])?\\s*\\(\\s*([IVXLCivxlc]+)\\s*\\)");
    private static final Pattern SPECIAL = Pattern.compile("(?i)(ES|S)\\s*-\\s*(\\d+)\\s*/\\s*(\\d+)(?:\\s*([A-Za-z]))?");
    private static final Pattern SESSION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)(?:\\s*([A-Za-z]))?");
    private static final Set<String> STOP = Set.of("the", "of", "on", "to", "and", "for", "in", "a", "an", "at", "by",
            "with", "which", "or", "its", "their");
    private static final List<String> TYPES = List.of("protocol", "convention", "statute", "charter", "covenant",
            "agreement", "treaty", "declaration", "constitution", "pact", "accord", "arrangement", "amendment");
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december";

    private GoldScorer() {
    }

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    static String ws(String s) {
        return nfkc(s).replaceAll("\\s+", " ").strip();
    }

    static String dashes(String s) {
        return s.replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-");
    }

    /** score.py's norm_resnum. */
    static String resnum(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = dashes(ws(raw));
        s = s.replaceFirst("(?i)^(?:(?:general assembly|security council)\\s+)?resolutions?\\s+", "");
        s = s.replaceFirst("(?i)^[AS]\\s*/\\s*RES\\s*/\\s*", "");
        Matcher m = SC.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) + " (" + m.group(2) + ")";
        }
        m = ROMAN.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) + (m.group(2) == null ? "" : " " + m.group(2).toUpperCase(Locale.ROOT))
                    + " (" + m.group(3).toUpperCase(Locale.ROOT) + ")";
        }
        m = SPECIAL.matcher(s);
        if (m.matches()) {
            return m.group(1).toUpperCase(Locale.ROOT) + "-" + Integer.parseInt(m.group(2)) + "/"
                    + Integer.parseInt(m.group(3)) + (m.group(4) == null ? "" : " " + m.group(4).toUpperCase(Locale.ROOT));
        }
        m = SESSION.matcher(s);
        if (m.matches()) {
            return Integer.parseInt(m.group(1)) + "/" + Integer.parseInt(m.group(2))
                    + (m.group(3) == null ? "" : " " + m.group(3).toUpperCase(Locale.ROOT));
        }
        return s.toUpperCase(Locale.ROOT);
    }

    static String doc(String s) {
        return s == null || s.isBlank() ? null : ws(s).replaceAll("\\s*/\\s*", "/");
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static Counts resolutions(JsonNode gold, JsonNode ext) {
        Map<String, JsonNode> g = new LinkedHashMap<>();
        for (JsonNode x : iter(gold)) {
            g.putIfAbsent(resnum(x.isObject() ? text(x.get("number")) : x.asText()), x);
        }
        Map<String, JsonNode> e = new LinkedHashMap<>();
        Counts c = new Counts();
        for (JsonNode x : iter(ext)) {
            String k = resnum(x.isObject() ? text(x.get("number")) : x.asText());
            if (k == null || e.containsKey(k)) {
                c.fp++;
                c.spurious.add(k + " (duplicate)");
            } else {
                e.put(k, x);
            }
        }
        for (var entry : g.entrySet()) {
            JsonNode ex = e.get(entry.getKey());
            if (ex == null) {
                c.fn++;
                c.missed.add(entry.getKey());
                continue;
            }
            c.tp++;
            c.matched++;
            if (java.util.Objects.equals(date(text(entry.getValue().get("date"))), date(text(ex.get("date"))))) {
                c.dateOk++;
            }
            if (paras(entry.getValue().get("paragraphs")).equals(paras(ex.get("paragraphs")))) {
                c.paraOk++;
            }
        }
        for (String k : e.keySet()) {
            if (!g.containsKey(k)) {
                c.fp++;
                c.spurious.add(k);
            }
        }
        return c;
    }

    private static String date(String s) {
        return s == null || s.isBlank() ? null : s.strip().substring(0, Math.min(10, s.strip().length()));
    }

    private static Set<String> paras(JsonNode n) {
        Set<String> out = new HashSet<>();
        for (JsonNode p : iter(n)) {
            out.add(nfkc(p.asText()).replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static Counts documents(JsonNode gold, JsonNode ext, JsonNode neutral) {
        List<String> g = new ArrayList<>();
        for (JsonNode x : iter(gold)) {
            String k = doc(x.isObject() ? text(x.get("symbol")) : x.asText());
            if (k != null && !g.contains(k)) {
                g.add(k);
            }
        }
        Set<String> n = new HashSet<>();
        for (JsonNode x : iter(neutral)) {
            n.add(doc(x.isObject() ? text(x.get("symbol")) : x.asText()));
        }
        Counts c = new Counts();
        Set<String> seen = new HashSet<>();
        for (JsonNode x : iter(ext)) {
            String k = doc(x.isObject() ? text(x.get("symbol")) : x.asText());
            if (k == null) {
                continue;
            }
            if (!seen.add(k)) {
                c.fp++;
                c.spurious.add(k + " (duplicate)");
            } else if (g.contains(k)) {
                c.tp++;
            } else if (!n.contains(k)) {
                c.fp++;
                c.spurious.add(k);
            }
        }
        for (String k : g) {
            if (!seen.contains(k)) {
                c.fn++;
                c.missed.add(k);
            }
        }
        return c;
    }

    static List<String> tokens(String name) {
        String s = dashes(ws(name == null ? "" : name)).replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"').toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\b(?:of\\s+)?\\d{1,2}\\s+(?:" + MONTHS + ")\\s+\\d{4}\\b", " ");
        s = s.replaceAll("\\b(?:of\\s+)?(?:" + MONTHS + ")\\s+\\d{1,2},?\\s+\\d{4}\\b", " ");
        s = s.replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
        List<String> out = new ArrayList<>();
        String[] toks = s.strip().isEmpty() ? new String[0] : s.strip().split("\\s+");
        for (int i = 0; i < toks.length; i++) {
            String t = toks[i];
            if (i == 0 && t.equals("the")) {
                continue;
            }
            if (!STOP.contains(t)) {
                out.add(t.length() > 3 && t.endsWith("s") && !t.endsWith("ss") ? t.substring(0, t.length() - 1) : t);
            }
        }
        return out;
    }

    static double treatySimilarity(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        String ya = ta.stream().filter(TYPES::contains).findFirst().orElse(null);
        String yb = tb.stream().filter(TYPES::contains).findFirst().orElse(null);
        if (ya != null && yb != null && !ya.equals(yb)) {
            return 0;
        }
        Set<String> sa = new HashSet<>(ta);
        Set<String> sb = new HashSet<>(tb);
        Set<String> inter = new HashSet<>(sa);
        inter.retainAll(sb);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        return (double) inter.size() / union.size();
    }

    static List<String> names(JsonNode t) {
        List<String> out = new ArrayList<>();
        if (t.isTextual()) {
            out.add(t.asText());
            return out;
        }
        if (text(t.get("name")) != null) {
            out.add(text(t.get("name")));
        }
        for (JsonNode a : iter(t.get("altNames"))) {
            out.add(a.asText());
        }
        return out;
    }

    /** score.py's series_match on UNTS or on LNTS: the numbers are equal and the volumes do not disagree. */
    static boolean seriesMatch(JsonNode g, JsonNode e) {
        return seriesMatch(g, e, "unts", "untsVolume") || seriesMatch(g, e, "lnts", "lntsVolume");
    }

    private static boolean seriesMatch(JsonNode g, JsonNode e, String numberKey, String volumeKey) {
        String gn = digits(g.isObject() ? text(g.get(numberKey)) : null);
        String en = digits(e.isObject() ? text(e.get(numberKey)) : null);
        if (gn == null || !gn.equals(en)) {
            return false;
        }
        String gv = romanOrDigits(text(g.get(volumeKey)));
        String ev = romanOrDigits(text(e.get(volumeKey)));
        return gv == null || ev == null || gv.equals(ev);
    }

    private static String romanOrDigits(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = ws(v).toUpperCase(Locale.ROOT).replaceFirst("^(VOL(UME)?\\.?\\s*)", "");
        return s.matches("\\d+") ? String.valueOf(Long.parseLong(s)) : s;
    }

    private static String digits(String s) {
        if (s == null) {
            return null;
        }
        String d = s.replaceAll("\\D", "");
        return d.isEmpty() ? null : String.valueOf(Long.parseLong(d));
    }

    static Counts treaties(JsonNode gold, JsonNode ext) {
        List<JsonNode> g = iter(gold);
        List<JsonNode> e = iter(ext);
        record Pair(double score, int gi, int ei) { }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < e.size(); j++) {
                double sim = 0;
                for (String a : names(g.get(i))) {
                    for (String b : names(e.get(j))) {
                        sim = Math.max(sim, treatySimilarity(a, b));
                    }
                }
                boolean series = g.get(i).isObject() && e.get(j).isObject() && seriesMatch(g.get(i), e.get(j));
                boolean nameOk = sim >= 0.8;
                if (nameOk || series) {
                    pairs.add(new Pair((nameOk ? 2 + sim : 0) + (series ? 1 : 0), i, j));
                }
            }
        }
        pairs.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.gi() != b.gi() ? Integer.compare(a.gi(), b.gi()) : Integer.compare(a.ei(), b.ei()));
        Set<Integer> ug = new HashSet<>();
        Set<Integer> ue = new HashSet<>();
        for (Pair p : pairs) {
            if (!ug.contains(p.gi()) && !ue.contains(p.ei())) {
                ug.add(p.gi());
                ue.add(p.ei());
            }
        }
        Counts c = new Counts();
        c.tp = ug.size();
        c.fp = e.size() - ue.size();
        c.fn = g.size() - ug.size();
        for (int i = 0; i < g.size(); i++) {
            if (!ug.contains(i)) {
                c.missed.add(names(g.get(i)).toString());
            }
        }
        for (int j = 0; j < e.size(); j++) {
            if (!ue.contains(j)) {
                c.spurious.add(names(e.get(j)).toString());
            }
        }
        return c;
    }

    static String bodyKey(String name) {
        String s = dashes(ws(name)).replace('\u2018', '\'').replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^the\\s+", "");
        return s.replaceAll("[\\W_]+", "");
    }

    /** score.py's _BODY_ALIASES: well-known names and abbreviations, one body a row. */
    private static final List<List<String>> BODY_ALIASES = List.of(
            List.of("General Assembly", "UNGA", "GA", "United Nations General Assembly",
                    "General Assembly of the United Nations"),
            List.of("Security Council", "UNSC", "SC", "United Nations Security Council",
                    "Security Council of the United Nations"),
            List.of("Economic and Social Council", "ECOSOC"),
            List.of("Secretary-General", "UNSG", "SG", "United Nations Secretary-General",
                    "Secretary-General of the United Nations"),
            List.of("President of the Security Council", "President of the Council", "Security Council President"),
            List.of("President of the General Assembly", "PGA", "President of the Assembly"),
            List.of("Counter-Terrorism Committee", "CTC", "Security Council Counter-Terrorism Committee",
                    "Security Council Committee established pursuant to resolution 1373 (2001) concerning "
                            + "counter-terrorism"),
            List.of("Counter-Terrorism Committee Executive Directorate", "CTED",
                    "Counter-Terrorism Executive Directorate"),
            List.of("Department of Safety and Security", "DSS", "UNDSS"),
            List.of("Under-Secretary-General for Safety and Security", "USG for Safety and Security", "USG/DSS"),
            List.of("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "UNRWA"),
            List.of("Special Committee on Peacekeeping Operations", "C-34", "C34"),
            List.of("Office of the United Nations High Commissioner for Refugees", "UNHCR",
                    "United Nations High Commissioner for Refugees"),
            List.of("Office of the United Nations High Commissioner for Human Rights", "OHCHR",
                    "United Nations High Commissioner for Human Rights"),
            List.of("United Nations Children's Fund", "UNICEF"),
            List.of("World Health Organization", "WHO"),
            List.of("International Atomic Energy Agency", "IAEA"),
            List.of("Organisation for the Prohibition of Chemical Weapons", "OPCW",
                    "Organization for the Prohibition of Chemical Weapons"),
            List.of("United Nations Educational, Scientific and Cultural Organization", "UNESCO"),
            List.of("Food and Agriculture Organization of the United Nations", "FAO"),
            List.of("International Committee of the Red Cross", "ICRC"),
            List.of("Organization for Security and Co-operation in Europe", "OSCE",
                    "Organization for Security and Cooperation in Europe"),
            List.of("World Bank", "International Bank for Reconstruction and Development", "IBRD", "World Bank Group"),
            List.of("Council of Europe", "CoE"),
            List.of("International Institute of Higher Studies in Criminal Sciences", "ISISC"),
            List.of("Office for the Coordination of Humanitarian Affairs", "OCHA", "UNOCHA"),
            List.of("United Nations Development Programme", "UNDP"),
            List.of("Department of Peace Operations", "DPO"),
            List.of("Department of Political and Peacebuilding Affairs", "DPPA"),
            List.of("International Court of Justice", "ICJ", "World Court"),
            List.of("United Nations Truce Supervision Organization", "UNTSO"),
            List.of("United Nations Interim Force in Lebanon", "UNIFIL"),
            List.of("United Nations Framework Convention on Climate Change secretariat", "UNFCCC secretariat"));
    private static final Map<String, Set<String>> ALIAS_INDEX = new java.util.HashMap<>();

    static {
        for (List<String> row : BODY_ALIASES) {
            Set<String> keys = new HashSet<>();
            row.forEach(n -> keys.add(bodyKey(n)));
            keys.forEach(k -> ALIAS_INDEX.computeIfAbsent(k, x -> new HashSet<>()).addAll(keys));
        }
    }

    /**
     * A body's keys: names, without a "United Nations" prefix, their initials, and the well-known aliases of its
     * names (looked up from the names only, never from derived initials: "Sixth Committee" is not "SC").
     */
    static Set<String> bodyKeys(JsonNode b) {
        Set<String> keys = new LinkedHashSet<>();
        for (String k : bodyNameKeys(b)) {
            keys.addAll(ALIAS_INDEX.getOrDefault(k, Set.of()));
        }
        for (String n : names(b)) {
            String s = dashes(ws(n)).replaceFirst("(?i)^the\\s+", "");
            keys.add(bodyKey(s));
            keys.add(bodyKey(s.replaceFirst("(?i)^(?:united nations|un)\\s+", "")));
            List<String> words = new ArrayList<>();
            for (String w : s.split("[\\s\\-/]+")) {
                if (!w.isEmpty() && !Set.of("of", "on", "and", "for", "the", "in", "to", "de", "du", "des", "et",
                        "la", "le").contains(w.toLowerCase(Locale.ROOT))) {
                    words.add(w);
                }
            }
            if (words.size() >= 2 && !s.matches("[A-Z0-9\\-]{2,10}")) {
                StringBuilder sb = new StringBuilder();
                for (String w : words) {
                    sb.append(Character.toLowerCase(w.charAt(0)));
                }
                keys.add(sb.toString());
            }
        }
        keys.remove("");
        return keys;
    }

    static Set<String> bodyNameKeys(JsonNode b) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names(b)) {
            keys.add(bodyKey(n));
            keys.add(bodyKey(ws(n).replaceFirst("(?i)^(?:the\\s+)?(?:united nations|un)\\s+", "")));
        }
        keys.remove("");
        return keys;
    }

    static boolean bodiesMatch(JsonNode g, JsonNode e) {
        Set<String> gn = bodyNameKeys(g);
        Set<String> en = bodyNameKeys(e);
        return intersects(gn, en) || intersects(bodyKeys(g), en) || intersects(bodyKeys(e), gn);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    static List<JsonNode> iter(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }
}
