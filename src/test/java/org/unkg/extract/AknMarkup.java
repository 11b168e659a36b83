package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Scores an extract report against the UN's AKN4UN markup of the same resolutions, by the rules of
 * {@code shared/tools/akn_score.py}: recall of linked targets per kind, and agreement of each link's section and
 * preamble verb with the citations extracted for the same target.
 *
 * <pre>{@code
 * AknMarkup.Score s = AknMarkup.score(report, List.of(Path.of("../shared/corpus/akn/78")));
 * s.recall("ga");   // linked Assembly resolutions found / linked
 * }</pre>
 */
final class AknMarkup {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    private static final Pattern UNDOCS = Pattern.compile("^https?://undocs\\.org/(?:[a-z]{2}/)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_KEY = Pattern.compile("([ASE])_RES_((?:ES-|S-)?\\d+)_(\\d+)(?: ?([A-D](?:-?[A-D])*))?"
            + "(?=[-_ .]|$)");
    private static final Pattern PART_LETTER = Pattern.compile("^(\\d+(?:/\\d+)?)[A-Z](?=\\(|$)");

    /**
     * One link of the markup; {@code piece} when it only continues the link before it (same target, nothing but
     * white space between): the markup sometimes cuts one citation into several links ({@code <a>2334</a><a> </a>
     * <a>(2016)</a>}), one mention in the text.
     */
    record Link(String kind, String target, String text, String section, String paragraph, String verb,
                boolean piece) {
    }

    /** Found and linked counts per kind; agreeing and judged links for sections and preamble verbs; misses. */
    static final class Score {
        final Map<String, int[]> recall = new LinkedHashMap<>();
        final int[] section = new int[2];
        final int[] verb = new int[2];
        /** Section and verb agreement counting a citation the markup cuts into several links once. */
        final int[] sectionByMention = new int[2];
        final int[] verbByMention = new int[2];
        final List<String> misses = new ArrayList<>();
        int files;

        Score() {
            for (String k : List.of("ga", "sc", "doc", "other")) {
                recall.put(k, new int[2]);
            }
        }

        double recall(String kind) {
            int[] r = recall.get(kind);
            return r[1] == 0 ? 0 : (double) r[0] / r[1];
        }

        double section() {
            return section[1] == 0 ? 0 : (double) section[0] / section[1];
        }

        double verb() {
            return verb[1] == 0 ? 0 : (double) verb[0] / verb[1];
        }

        double sectionByMention() {
            return sectionByMention[1] == 0 ? 0 : (double) sectionByMention[0] / sectionByMention[1];
        }

        double verbByMention() {
            return verbByMention[1] == 0 ? 0 : (double) verbByMention[0] / verbByMention[1];
        }

        String table() {
            StringBuilder sb = new StringBuilder(files + " resolutions paired with their AKN4UN markup\n");
            recall.forEach((k, r) -> sb.append(String.format(Locale.ROOT, "recall %-6s %.3f (%d/%d linked targets)%n",
                    k, recall(k), r[0], r[1])));
            sb.append(String.format(Locale.ROOT, "section agreement        %.3f (%d/%d links)%n", section(), section[0],
                    section[1]));
            sb.append(String.format(Locale.ROOT, "preamble verb agreement  %.3f (%d/%d links)%n", verb(), verb[0],
                    verb[1]));
            sb.append(String.format(Locale.ROOT, "  a link cut in pieces counted once: section %.3f (%d/%d), verb %.3f"
                    + " (%d/%d)%n", sectionByMention(), sectionByMention[0], sectionByMention[1], verbByMention(),
                    verbByMention[0], verbByMention[1]));
            return sb.toString();
        }
    }

    private AknMarkup() {
    }

    /** White space as Python's {@code str.split()} sees it, so that verbs split as {@code akn_score.py} splits them. */
    private static final Pattern PY_SPACE = Pattern.compile(
            "[\\s\\u001C-\\u001F\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    /** The first word of a verb, lower case, as {@code verb.split()[0].lower()} in {@code akn_score.py}. */
    static String firstWord(String verb) {
        String[] w = PY_SPACE.split(verb.replaceFirst("^" + PY_SPACE.pattern(), ""));
        return w.length == 0 ? "" : w[0].toLowerCase(Locale.ROOT);
    }

    static String norm(String s) {
        return (s == null ? "" : s).replaceAll("\\s+", "").toUpperCase(Locale.ROOT).replaceFirst("\\(SUPP\\)$", "");
    }

    static String dropPartLetters(String s) {
        return PART_LETTER.matcher(s).replaceFirst("$1");
    }

    static String keyOfFile(String name) {
        Matcher m = FILE_KEY.matcher(Path.of(name).getFileName().toString());
        if (!m.find()) {
            return null;
        }
        return m.group(1) + "/RES/" + m.group(2) + "/" + m.group(3) + (m.group(4) == null ? "" : m.group(4)
                .replace("-", ""));
    }

    static String[] classify(String href) {
        String h = href.strip();
        if (h.startsWith("A/RES/")) {
            return new String[] {"ga", norm(h.substring(6))};
        }
        if (h.startsWith("S/RES/")) {
            return new String[] {"sc", norm(h.substring(6))};
        }
        if (h.contains("/RES/") || h.contains("/RES.")) {
            Matcher m = Pattern.compile("/RES[/.](.*)$").matcher(h);
            return new String[] {"other", m.find() ? norm(m.group(1)) : norm(h)};
        }
        if (h.matches("^[A-Z][A-Za-z0-9.]*/.*")) {
            return new String[] {"doc", norm(h)};
        }
        return null;
    }

    /** Every undocs.org link of one AKN file, with where it stands. */
    static List<Link> links(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        org.w3c.dom.Document d;
        try (InputStream in = Files.newInputStream(file)) {
            d = f.newDocumentBuilder().parse(in);
        }
        List<Link> out = new ArrayList<>();
        NodeList as = d.getElementsByTagNameNS(AKN, "a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            Matcher u = UNDOCS.matcher(a.getAttribute("href"));
            if (!u.find()) {
                continue;
            }
            String[] kt = classify(a.getAttribute("href").substring(u.end()));
            if (kt == null) {
                continue;
            }
            String section = "other";
            String para = "";
            String verb = "";
            for (Node e = a.getParentNode(); e instanceof Element el; e = e.getParentNode()) {
                String tag = el.getLocalName();
                if (tag.equals("authorialNote") && section.equals("other")) {
                    section = "footnote";
                    para = el.getAttribute("marker");
                } else if (tag.equals("container") && !el.getAttribute("name").isEmpty() && verb.isEmpty()) {
                    verb = el.getAttribute("name");
                } else if (tag.equals("preamble") && section.equals("other")) {
                    section = "preamble";
                } else if (tag.equals("paragraph") && section.equals("other")) {
                    NodeList num = el.getElementsByTagNameNS(AKN, "num");
                    para = num.getLength() > 0 ? num.item(0).getTextContent().strip().replaceFirst("\\.$", "") : "";
                    section = "operative";
                } else if (tag.equals("mainBody") && section.equals("other")) {
                    section = "operative";
                }
            }
            out.add(new Link(kt[0], kt[1], a.getTextContent().strip(), section, para,
                    section.equals("preamble") ? verb : "", piece(a)));
        }
        return out;
    }

    /** Whether the link only continues the one before it: same target, nothing but white space between. */
    private static boolean piece(Element a) {
        Node n = a.getPreviousSibling();
        while (n != null && n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
            n = n.getPreviousSibling();
        }
        return n instanceof Element p && "a".equals(p.getLocalName()) && p.getAttribute("href").equals(a.getAttribute(
                "href"));
    }

    private static Set<String> extractedKeys(JsonNode o, String kind) {
        String list = switch (kind) {
            case "ga" -> "gaResolutions";
            case "sc" -> "scResolutions";
            case "doc" -> "documents";
            default -> "otherResolutions";
        };
        Set<String> got = new HashSet<>();
        for (JsonNode it : o.path(list)) {
            String v = it.isTextual() ? it.asText() : it.hasNonNull("number") ? it.get("number").asText()
                    : it.path("symbol").asText("");
            got.add(norm(v));
            got.add(dropPartLetters(norm(v)));
        }
        return got;
    }

    private static boolean found(String target, String text, Set<String> keys, String kind) {
        if (keys.contains(target) || keys.contains(dropPartLetters(target))) {
            return true;
        }
        return kind.equals("doc") && target.contains("(") && !text.contains("(")
                && keys.contains(target.substring(0, target.indexOf('(')));
    }

    /** Scores {@code report} (the JSON array of {@code unkg extract}) against the AKN files in {@code dirs}. */
    static Score score(JsonNode report, List<Path> dirs) throws Exception {
        Map<String, JsonNode> objs = new HashMap<>();
        for (JsonNode o : report) {
            String k = keyOfFile(o.path("file").asText());
            if (k != null) {
                objs.put(k, o);
            }
        }
        Map<String, Path> akn = new java.util.TreeMap<>();
        for (Path dir : dirs) {
            try (var s = Files.list(dir)) {
                for (Path f : s.sorted().toList()) {
                    String k = keyOfFile(f.getFileName().toString());
                    if (k != null && f.toString().endsWith(".xml") && objs.containsKey(k)) {
                        akn.put(k, f);
                    }
                }
            }
        }
        Score score = new Score();
        score.files = akn.size();
        for (var e : akn.entrySet()) {
            scoreFile(e.getKey(), links(e.getValue()), objs.get(e.getKey()), score);
        }
        return score;
    }

    private static void scoreFile(String key, List<Link> all, JsonNode o, Score score) {
        String own = norm(key.split("/RES/", 2)[1]).replaceFirst("[A-D]+$", "");
        String ownKind = key.startsWith("A/") ? "ga" : "sc";
        List<Link> links = all.stream().filter(l -> !(l.kind().equals(ownKind) && l.target().equals(own))).toList();
        Set<String> seen = new HashSet<>();
        for (Link l : links) {
            if (!seen.add(l.kind() + "|" + l.target())) {
                continue;
            }
            int[] r = score.recall.get(l.kind());
            r[1]++;
            if (found(l.target(), norm(l.text()), extractedKeys(o, l.kind()), l.kind())) {
                r[0]++;
            } else {
                score.misses.add(key + ": " + l.kind() + " " + l.target() + " (\"" + l.text() + "\")");
            }
        }
        Map<String, Map<String, Integer>> sections = new HashMap<>();
        Map<String, Map<String, Integer>> verbs = new HashMap<>();
        for (JsonNode c : o.path("citations")) {
            String ck = norm(c.path("target").asText());
            String sec = c.path("section").asText("").toLowerCase(Locale.ROOT);
            for (String k : new HashSet<>(List.of(ck, dropPartLetters(ck)))) {
                sections.computeIfAbsent(k, x -> new HashMap<>()).merge(sec, 1, Integer::sum);
                if (sec.equals("preamble") && c.hasNonNull("verb")) {
                    String v = firstWord(c.get("verb").asText());
                    verbs.computeIfAbsent(k, x -> new HashMap<>()).merge(v, 1, Integer::sum);
                }
            }
        }
        for (Link l : links) {
            if (!Set.of("preamble", "operative", "footnote").contains(l.section())) {
                continue;
            }
            List<String> keys = List.of(l.target(), dropPartLetters(l.target()));
            score.section[1]++;
            boolean sectionAgrees = take(sections, keys, l.section());
            if (sectionAgrees) {
                score.section[0]++;
            }
            if (!l.piece()) {
                score.sectionByMention[1]++;
                score.sectionByMention[0] += sectionAgrees ? 1 : 0;
            }
            if (l.section().equals("preamble") && !l.verb().isEmpty()) {
                score.verb[1]++;
                boolean verbAgrees = take(verbs, keys, firstWord(l.verb()));
                if (verbAgrees) {
                    score.verb[0]++;
                }
                if (!l.piece()) {
                    score.verbByMention[1]++;
                    score.verbByMention[0] += verbAgrees ? 1 : 0;
                }
            }
        }
    }

    /** Takes one extracted occurrence of {@code value} for the first key that has one left. */
    private static boolean take(Map<String, Map<String, Integer>> counts, List<String> keys, String value) {
        for (String k : keys) {
            Map<String, Integer> m = counts.get(k);
            if (m != null && m.getOrDefault(value, 0) > 0) {
                m.merge(value, -1, Integer::sum);
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code shared/tools/akn_score.py} on the report (the JSON text of {@code unkg extract}) and asserts that it
     * counts what {@code score} counts: the script and this port agree.
     */
    static void assertScriptAgrees(Score score, String reportJson, List<Path> dirs) throws Exception {
        Path report = Files.createTempFile("unkg-akn", ".json");
        try {
            Files.writeString(report, reportJson, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of("python3", Path.of("..", "shared", "tools", "akn_score.py")
                    .toString(), report.toString()));
            dirs.forEach(d -> cmd.add(d.toString()));
            cmd.add("--json");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            JsonNode py = new ObjectMapper().readTree(out);
            assertEquals(score.files, py.get("files").asInt());
            for (String kind : List.of("ga", "sc", "doc", "other")) {
                assertEquals(score.recall.get(kind)[0],
                        py.get("recall").get(kind).get("found").asInt(), kind);
                assertEquals(score.recall.get(kind)[1],
                        py.get("recall").get(kind).get("links").asInt(), kind);
            }
            assertEquals(score.section[0], py.get("section").get("agree").asInt());
            assertEquals(score.section[1], py.get("section").get("links").asInt());
            assertEquals(score.verb[0], py.get("preambleVerb").get("agree").asInt());
            assertEquals(score.verb[1], py.get("preambleVerb").get("links").asInt());
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
