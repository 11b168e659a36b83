import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a synthetic corpus of UN resolutions, in the formats of the real corpus, for scale tests of ingest and serve.
 *
 * <pre>{@code
 * java bench/scale/ScaleCorpus.java --count 100000 --seed 1 --out /work/scale/corpus-100k
 * # ga/<session>/A_RES_<s>_<n>.txt, akn/<session>/A_RES_<s>_<n>.xml, sc/<year>/S_RES_<n>_<year>.txt, manifest.tsv
 * }</pre>
 *
 * <p>Every paragraph is a real one, from the AKN4UN markup of sessions 74-78 (General Assembly) or the Security
 * Council texts of {@code --shared}/corpus; only the resolutions they cite are changed. In the markup a citation is a
 * link ({@code <a href=".../A/RES/76/13">}), in the Council's texts a number and year; each becomes a slot that is
 * filled with an earlier resolution of the synthetic corpus, of the same organ, with its adoption date where the
 * original gave one ("of 2 December 2021"). Lists stay lists and footnotes stay footnotes ("Resolution 60/1." at the
 * foot of the page). A paragraph that cites in any other way (a decision, a roman-numeral session, an unlinked
 * number) is left out, so every resolution cited is one the generator chose. Each synthetic resolution follows the
 * shape of a real one: as many preamble and operative paragraphs, and citing paragraphs where that one had them.
 *
 * <p>Targets: 80% of citations go to the previous ten years, the rest anywhere earlier; within that range a
 * resolution is chosen in proportion to one plus the citations it already has (preferential attachment), which gives
 * the heavy-tailed in-degree of the real graph. Resolutions are made in date order over 1946-2025, 92% General
 * Assembly (session = year - 1945) and 8% Security Council; 15% of the Assembly's are written as AKN XML.
 *
 * <p>{@code manifest.tsv}: file, symbol, citation mentions written, the distinct resolutions cited ({@code ;}
 * between), for {@code RecallCheck.java}. The same seed and count give the same bytes.
 */
public final class ScaleCorpus {
    static final int FIRST_YEAR = 1946, YEARS = 80;
    static final double GA_SHARE = 0.92, AKN_SHARE = 0.15, RECENT = 0.8;
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    /** A slot to fill with a resolution: of the Assembly or the Council, followed by its date or not. */
    record Slot(boolean sc, boolean dated) { }

    /** A footnote: its parts, text and slots. */
    record Note(List<Object> parts) { }

    /** A real paragraph, as text, slots and notes; {@code cites} when it has a slot anywhere. */
    record Para(List<Object> parts, boolean cites) { }

    /** The paragraph shape of one real resolution: for each paragraph, whether it was preamble and whether it cited. */
    record Shape(boolean[] preamble, boolean[] cites, String title) { }

    // ---- what a paragraph must not contain once its slots are out (each slot a NUL): a citation the generator did
    // not choose
    static final Pattern FOREIGN = Pattern.compile("(?i)\\b(?:resolutions?|decisions?)\\s+(?:\\d|ES-|S-|[A-Z]/)"
            + "|\\b\\d{1,4}\\s?\\((?:19|20)\\d\\d\\)|\\(\\s?(?:ES-|S-)?[IVXL]+\\s?\\)"
            + "|(?<![A-Za-z/.\\d])\\d{1,3}/\\d{1,4}|A/RES|S/RES|/Res\\.|\\bresolutions?\\s+[a-z]+\\s+\\d"
            + "|\u0000[0-9A-Za-z]"); // a slot glued to what follows: the link did not hold the whole number
    static final Pattern DATE_AFTER = Pattern.compile("^ of (\\d{1,2} [A-Z][a-z]+ \\d{4})");
    static final Pattern PARTS_AFTER = Pattern.compile("^ ?[A-Z](?:(?:,| and|, and) [A-Z])*(?![\\w’'])");
    static final Pattern SC_ITEM = Pattern.compile("\\b(\\d{1,4}) \\(((?:19|20)\\d\\d)\\)");
    static final Pattern SC_LIST = Pattern.compile("\\bresolutions? (\\d{1,4} \\((?:19|20)\\d\\d\\)"
            + "(?:(?:, | and |, and )\\d{1,4} \\((?:19|20)\\d\\d\\))*)");

    public static void main(String[] args) throws Exception {
        int count = 10_000;
        long seed = 1;
        Path out = null;
        Path shared = Path.of("../shared");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--shared" -> shared = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (--count N --seed S --out DIR [--shared DIR])");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        long t0 = System.nanoTime();
        Pools pools = Pools.read(shared.resolve("corpus"));
        System.err.printf("templates: %d Assembly preamble (%d citing), %d operative (%d citing), %d Council (%d "
                        + "citing), %d shapes%n", pools.gaPre.size(), pools.gaPreCite.size(), pools.gaOp.size(),
                pools.gaOpCite.size(), pools.scClean.size(), pools.scCite.size(), pools.shapes.size());
        new Generator(pools, count, seed, out).run();
        System.err.printf("wrote %d resolutions to %s in %.1f s%n", count, out, (System.nanoTime() - t0) / 1e9);
    }

    // =============================================================================================== templates
    static final class Pools {
        final List<Para> gaPre = new ArrayList<>(), gaPreCite = new ArrayList<>();
        final List<Para> gaOp = new ArrayList<>(), gaOpCite = new ArrayList<>();
        final List<Para> scClean = new ArrayList<>(), scCite = new ArrayList<>();
        final List<Shape> shapes = new ArrayList<>();
        final List<Shape> scShapes = new ArrayList<>();

        static Pools read(Path corpus) throws Exception {
            Pools p = new Pools();
            List<Path> akn;
            try (Stream<Path> s = Files.walk(corpus.resolve("akn"))) {
                akn = s.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
            }
            var dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(false);
            var db = dbf.newDocumentBuilder();
            for (Path f : akn) {
                Element root = db.parse(f.toFile()).getDocumentElement();
                List<Boolean> pre = new ArrayList<>(), cites = new ArrayList<>();
                String title = text(first(root, "docTitle")).strip().replaceAll("\\s+", " ");
                for (Element c : all(root, "preamble", "container")) {
                    Para para = p.aknPara(first(c, "p"));
                    if (para != null) {
                        (para.cites() ? p.gaPreCite : p.gaPre).add(para);
                    }
                    pre.add(true);
                    cites.add(para != null && para.cites() || para == null && hasCitation(c));
                }
                for (Element c : all(root, "mainBody", "paragraph")) {
                    Element content = first(c, "content");
                    Para para = content == null ? null : p.aknPara(first(content, "p"));
                    if (para != null) {
                        (para.cites() ? p.gaOpCite : p.gaOp).add(para);
                    }
                    pre.add(false);
                    cites.add(para != null && para.cites() || para == null && hasCitation(c));
                }
                if (title.isEmpty() || title.length() > 300 || title.startsWith("Resolution adopted")
                        || FOREIGN.matcher(title).find()) {
                    title = null; // this shape takes another resolution's title
                }
                if (!pre.isEmpty()) {
                    p.shapes.add(new Shape(bools(pre), bools(cites), title));
                }
            }
            List<Path> sc;
            try (Stream<Path> s = Files.list(corpus.resolve("sc"))) {
                sc = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : sc) {
                List<Boolean> pre = new ArrayList<>(), cites = new ArrayList<>();
                for (String raw : Files.readString(f).split("\\n\\s*\\n")) {
                    String t = raw.strip().replaceAll("-\\n(?=[a-z])", "").replaceAll("\\s+", " ");
                    if (t.isEmpty() || t.matches("^(Resolution \\d|\\d+ \\(\\d{4}\\)|of \\d|Adopted|The Security Council"
                            + "|\\[|\\d+ [A-Z]).*") || t.length() < 40) {
                        continue;
                    }
                    boolean citesHere = SC_ITEM.matcher(t).find();
                    Para para = scPara(t.replaceFirst("^\\d+\\. ", ""));
                    if (para != null) {
                        (para.cites() ? p.scCite : p.scClean).add(para);
                    }
                    pre.add(!t.matches("^\\d+\\. .*"));
                    cites.add(citesHere);
                }
                if (!pre.isEmpty()) {
                    p.scShapes.add(new Shape(bools(pre), bools(cites), null));
                }
            }
            return p;
        }

        /** One AKN {@code <p>} as parts, or null if it cites what the generator cannot re-target. */
        Para aknPara(Element pEl) {
            if (pEl == null) {
                return null;
            }
            List<Object> parts = new ArrayList<>();
            StringBuilder sb = new StringBuilder();
            boolean[] cites = {false};
            if (!walk(pEl, parts, sb, cites, true)) {
                return null;
            }
            flush(parts, sb);
            parts = settle(parts);
            trimEnds(parts);
            String plain = plain(parts);
            if (FOREIGN.matcher(plain).find() || plain.length() < 30) {
                return null;
            }
            return new Para(parts, cites[0]);
        }

        private boolean walk(Node n, List<Object> parts, StringBuilder sb, boolean[] cites, boolean notesAllowed) {
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.TEXT_NODE) {
                    sb.append(c.getNodeValue().replace('\t', ' ').replace('\u00a0', ' '));
                } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                    Element e = (Element) c;
                    String name = e.getTagName();
                    if (name.equals("a")) {
                        String href = e.getAttribute("href");
                        boolean ga = href.matches(".*/A/RES/\\d{1,2}/\\d{1,4}[A-Z]?") && text(e).strip()
                                .matches("\\d{1,2}/\\d{1,4}( ?[A-Z])?");
                        boolean sc = href.matches(".*/S/RES/\\d{1,4}\\s*\\(\\d{4}\\)") && text(e).strip()
                                .matches("\\d{1,4} \\(\\d{4}\\)");
                        if (ga || sc) {
                            flush(parts, sb);
                            parts.add(new Slot(sc, false));
                            cites[0] = true;
                        } else { // a link to something else (or a part letter linked apart), kept as written
                            sb.append(text(e).replace('\t', ' ').replace('\u00a0', ' '));
                        }
                    } else if (name.equals("authorialNote")) {
                        if (!notesAllowed) {
                            return false;
                        }
                        List<Object> noteParts = new ArrayList<>();
                        StringBuilder nsb = new StringBuilder();
                        if (!walk(e, noteParts, nsb, cites, false)) {
                            return false;
                        }
                        flush(noteParts, nsb);
                        noteParts = settle(noteParts);
                        trimEnds(noteParts);
                        if (FOREIGN.matcher(plain(noteParts)).find()) {
                            return false;
                        }
                        flush(parts, sb);
                        parts.add(new Note(noteParts));
                    } else if (!walk(e, parts, sb, cites, notesAllowed)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Joins runs of text and clears what followed each slot but belonged to the old resolution: its part letters
         * ("60/1 A and B" would make the new one another) and its date ("of 2 December 2021", then written anew from
         * the target).
         */
        static List<Object> settle(List<Object> parts) {
            List<Object> out = new ArrayList<>();
            for (Object o : parts) {
                if (o instanceof String s && !out.isEmpty() && out.get(out.size() - 1) instanceof String prev) {
                    out.set(out.size() - 1, prev + s);
                } else {
                    out.add(o);
                }
            }
            for (int i = 0; i + 1 < out.size(); i++) {
                if (out.get(i) instanceof Slot s && out.get(i + 1) instanceof String t) {
                    t = t.replaceAll("\\s+", " ");
                    t = PARTS_AFTER.matcher(t).replaceFirst("");
                    Matcher d = DATE_AFTER.matcher(t);
                    if (d.find()) {
                        out.set(i, new Slot(s.sc(), true));
                        t = t.substring(d.end());
                    }
                    out.set(i + 1, t);
                }
            }
            out.removeIf(o -> o instanceof String s && s.isEmpty());
            return out;
        }

        /** The text without notes, each slot a NUL: what {@link #FOREIGN} reads. */
        static String plain(List<Object> parts) {
            StringBuilder b = new StringBuilder();
            for (Object o : parts) {
                if (o instanceof String s) {
                    b.append(s);
                } else if (o instanceof Slot) {
                    b.append('\u0000');
                }
            }
            return b.toString();
        }

        /** A Council paragraph: its one list of Council resolutions becomes slots; anything else citing, null. */
        static Para scPara(String t) {
            Matcher list = SC_LIST.matcher(t);
            List<Object> parts = new ArrayList<>();
            int at = 0;
            StringBuilder plain = new StringBuilder();
            while (list.find()) {
                parts.add(t.substring(at, list.start(1)));
                plain.append(t, at, list.start(1));
                Matcher item = SC_ITEM.matcher(list.group(1));
                int prev = 0;
                while (item.find()) {
                    String between = list.group(1).substring(prev, item.start());
                    if (!between.isEmpty()) {
                        parts.add(between);
                        plain.append(between);
                    }
                    parts.add(new Slot(true, false));
                    plain.append('\u0000');
                    prev = item.end();
                }
                at = list.end(1);
            }
            parts.add(t.substring(at));
            plain.append(t.substring(at));
            parts.removeIf(o -> o instanceof String s && s.isEmpty());
            if (FOREIGN.matcher(plain).find() || plain.toString().matches(".*\\d{1,3}$")) {
                return null; // a citation left unmatched, or a trailing footnote mark whose note is not carried
            }
            return new Para(parts, parts.stream().anyMatch(o -> o instanceof Slot));
        }

        private static boolean hasCitation(Element e) {
            for (Element a : all(e, null, "a")) {
                if (a.getAttribute("href").contains("/RES/")) {
                    return true;
                }
            }
            return false;
        }
    }

    static void flush(List<Object> parts, StringBuilder sb) {
        if (!sb.isEmpty()) {
            parts.add(sb.toString());
            sb.setLength(0);
        }
    }

    static void trimEnds(List<Object> parts) {
        if (!parts.isEmpty() && parts.get(0) instanceof String s) {
            parts.set(0, s.stripLeading());
        }
        if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof String s) {
            parts.set(parts.size() - 1, s.stripTrailing());
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof String s) {
                parts.set(i, s.replaceAll("\\s+", " "));
            }
        }
    }

    static boolean[] bools(List<Boolean> l) {
        boolean[] b = new boolean[l.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = l.get(i);
        }
        return b;
    }

    static Element first(Element root, String name) {
        if (root == null) {
            return null;
        }
        var nl = root.getElementsByTagName(name);
        return nl.getLength() == 0 ? null : (Element) nl.item(0);
    }

    static List<Element> all(Element root, String under, String name) {
        Element scope = under == null ? root : first(root, under);
        List<Element> l = new ArrayList<>();
        if (scope == null) {
            return l;
        }
        var nl = scope.getElementsByTagName(name);
        for (int i = 0; i < nl.getLength(); i++) {
            l.add((Element) nl.item(i));
        }
        return l;
    }

    static String text(Element e) {
        return e == null ? "" : e.getTextContent();
    }

    // =============================================================================================== generator
    static final class Generator {
        final Pools pools;
        final int count;
        final Random rnd;
        final Path out;
        // the resolutions, in date order
        final boolean[] sc;
        final int[] session, number, year;
        final LocalDate[] date;
        // urns: one entry per resolution plus one per citation it received, per organ and year
        final int[][][] urn = new int[2][YEARS][];
        final int[][] urnSize = new int[2][YEARS];

        Generator(Pools pools, int count, long seed, Path out) {
            this.pools = pools;
            this.count = count;
            this.rnd = new Random(seed);
            this.out = out;
            sc = new boolean[count];
            session = new int[count];
            number = new int[count];
            year = new int[count];
            date = new LocalDate[count];
            for (int o = 0; o < 2; o++) {
                for (int y = 0; y < YEARS; y++) {
                    urn[o][y] = new int[64];
                }
            }
            identities();
        }

        /** Dates and numbers: each year's Assembly resolutions in September-December, the Council's all year. */
        private void identities() {
            record Res(boolean sc, LocalDate date, long tie) { }
            List<Res> all = new ArrayList<>(count);
            int ga = (int) Math.round(count * GA_SHARE);
            for (int i = 0; i < count; i++) {
                boolean isSc = i >= ga;
                int k = isSc ? i - ga : i;
                int n = isSc ? count - ga : ga;
                int y = FIRST_YEAR + (int) ((long) k * YEARS / n);
                LocalDate d = isSc ? LocalDate.of(y, 1, 2).plusDays(rnd.nextInt(360))
                        : LocalDate.of(y, 9, 15).plusDays(rnd.nextInt(100));
                all.add(new Res(isSc, d, rnd.nextLong()));
            }
            all.sort((a, b) -> a.date.equals(b.date) ? Long.compare(a.tie, b.tie) : a.date.compareTo(b.date));
            int[] perSession = new int[YEARS + 1];
            int scNumber = 0;
            for (int i = 0; i < count; i++) {
                Res r = all.get(i);
                sc[i] = r.sc;
                date[i] = r.date;
                year[i] = r.date.getYear();
                if (r.sc) {
                    number[i] = ++scNumber;
                } else {
                    session[i] = year[i] - 1945;
                    number[i] = ++perSession[session[i]];
                }
            }
        }

        String num(int i) {
            return sc[i] ? number[i] + " (" + year[i] + ")" : session[i] + "/" + number[i];
        }

        String symbol(int i) {
            return sc[i] ? "S/RES/" + num(i) : "A/RES/" + num(i);
        }

        void addToUrn(int o, int y, int id) {
            int[] u = urn[o][y];
            if (urnSize[o][y] == u.length) {
                urn[o][y] = u = Arrays.copyOf(u, u.length * 2);
            }
            u[urnSize[o][y]++] = id;
        }

        /** An earlier resolution of organ {@code o} for resolution {@code i} to cite, or -1 if there is none. */
        int target(int i, int o, Set<Integer> taken) {
            int y = year[i] - FIRST_YEAR;
            for (int attempt = 0; attempt < 8; attempt++) {
                int from = rnd.nextDouble() < RECENT ? Math.max(0, y - 9) : 0;
                long total = 0;
                for (int k = from; k <= y; k++) {
                    total += urnSize[o][k];
                }
                if (total == 0) {
                    return -1;
                }
                long pick = (long) (rnd.nextDouble() * total);
                for (int k = from; k <= y; k++) {
                    if (pick < urnSize[o][k]) {
                        int t = urn[o][k][(int) pick];
                        if (date[t].isBefore(date[i]) && taken.add(t)) {
                            return t;
                        }
                        break;
                    }
                    pick -= urnSize[o][k];
                }
            }
            return -1;
        }

        void run() throws IOException {
            Files.createDirectories(out);
            int[] kinds = new int[3];
            long mentions = 0;
            try (Writer manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"))) {
                manifest.write("file\tsymbol\tmentions\tcited\n");
                for (int i = 0; i < count; i++) {
                    Doc doc = compose(i);
                    boolean akn = !sc[i] && rnd.nextDouble() < AKN_SHARE;
                    String rel;
                    String body;
                    if (sc[i]) {
                        rel = "sc/" + year[i] + "/S_RES_" + number[i] + "_" + year[i] + ".txt";
                        body = new ScText(this, i, doc).render();
                        kinds[2]++;
                    } else if (akn) {
                        rel = "akn/" + session[i] + "/A_RES_" + session[i] + "_" + number[i] + ".xml";
                        body = new AknXml(this, i, doc).render();
                        kinds[1]++;
                    } else {
                        rel = "ga/" + session[i] + "/A_RES_" + session[i] + "_" + number[i] + ".txt";
                        body = new GaText(this, i, doc).render();
                        kinds[0]++;
                    }
                    Path f = out.resolve(rel);
                    Files.createDirectories(f.getParent());
                    Files.writeString(f, body, StandardCharsets.UTF_8);
                    Set<String> cited = new LinkedHashSet<>();
                    for (int t : doc.cited) {
                        cited.add(num(t));
                    }
                    mentions += doc.mentions;
                    manifest.write(rel + "\t" + symbol(i) + "\t" + doc.mentions + "\t" + String.join(";", cited) + "\n");
                    addToUrn(sc[i] ? 1 : 0, year[i] - FIRST_YEAR, i);
                }
            }
            System.err.printf("%d Assembly texts, %d Assembly AKN, %d Council texts; %d citation mentions%n",
                    kinds[0], kinds[1], kinds[2], mentions);
        }

        /** Resolution {@code i}'s paragraphs, its slots filled. */
        Doc compose(int i) {
            Doc doc = new Doc();
            Shape shape;
            if (sc[i]) {
                shape = pools.scShapes.get(rnd.nextInt(pools.scShapes.size()));
            } else {
                shape = pools.shapes.get(rnd.nextInt(pools.shapes.size()));
                doc.title = shape.title();
                while (doc.title == null) {
                    doc.title = pools.shapes.get(rnd.nextInt(pools.shapes.size())).title();
                }
            }
            for (int k = 0; k < shape.preamble().length; k++) {
                boolean pre = shape.preamble()[k];
                List<Para> citing = sc[i] ? pools.scCite : pre ? pools.gaPreCite : pools.gaOpCite;
                List<Para> clean = sc[i] ? pools.scClean : pre ? pools.gaPre : pools.gaOp;
                List<Object> filled = null;
                if (shape.cites()[k] && !citing.isEmpty()) {
                    filled = fill(i, citing.get(rnd.nextInt(citing.size())), doc);
                }
                if (filled == null) {
                    filled = clean.get(rnd.nextInt(clean.size())).parts();
                }
                (pre ? doc.preamble : doc.operative).add(filled);
            }
            return doc;
        }

        /** The paragraph with each slot replaced by a {@link Cite}; null if some slot has no earlier target. */
        List<Object> fill(int i, Para p, Doc doc) {
            Set<Integer> taken = new LinkedHashSet<>();
            List<Object> outParts = new ArrayList<>();
            for (Object o : p.parts()) {
                if (o instanceof Slot s) {
                    int t = target(i, s.sc() ? 1 : 0, taken);
                    if (t < 0) {
                        return null;
                    }
                    outParts.add(new Cite(t, s.dated()));
                } else if (o instanceof Note n) {
                    List<Object> np = new ArrayList<>();
                    for (Object x : n.parts()) {
                        if (x instanceof Slot s) {
                            int t = target(i, s.sc() ? 1 : 0, taken);
                            if (t < 0) {
                                return null;
                            }
                            np.add(new Cite(t, s.dated()));
                        } else {
                            np.add(x);
                        }
                    }
                    outParts.add(new Note(np));
                } else {
                    outParts.add(o);
                }
            }
            for (int t : taken) {
                addToUrn(sc[t] ? 1 : 0, year[t] - FIRST_YEAR, t);
            }
            doc.cited.addAll(taken);
            doc.mentions += taken.size();
            return outParts;
        }

        String dateText(LocalDate d) {
            return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
        }

        String cite(Cite c) {
            return num(c.target()) + (c.dated() ? " of " + dateText(date[c.target()]) : "");
        }
    }

    record Cite(int target, boolean dated) { }

    static final class Doc {
        String title;
        final List<List<Object>> preamble = new ArrayList<>(), operative = new ArrayList<>();
        final Set<Integer> cited = new LinkedHashSet<>();
        int mentions;
    }

    // =============================================================================================== renderers
    /** Wraps text at {@code width} columns, as the PDF text dumps break lines. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String ordinal(int n) {
        String[] units = {"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        String[] tensCard = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        String[] tensOrd = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                "eightieth", "ninetieth"};
        String w;
        if (n < 20) {
            w = units[n];
        } else if (n % 10 == 0) {
            w = tensOrd[n / 10];
        } else {
            w = tensCard[n / 10] + "-" + units[n % 10];
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    static String meetingOrdinal(int n) {
        int m100 = n % 100;
        String suf = m100 >= 11 && m100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suf;
    }

    /** The Assembly's PDF text: masthead, running headers, footnotes at the foot of each page. */
    static final class GaText {
        static final int WIDTH = 84, PAGE = 46;
        final Generator g;
        final int i;
        final Doc doc;
        final StringBuilder sb = new StringBuilder();
        final List<String> pageNotes = new ArrayList<>();
        int noteNo, lineOnPage, page = 1;
        final String job;

        GaText(Generator g, int i, Doc doc) {
            this.g = g;
            this.i = i;
            this.doc = doc;
            job = String.format("%02d-%05d", g.year[i] % 100, 10000 + (i * 7919) % 89999);
        }

        String render() {
            LocalDate d = g.date[i];
            LocalDate dist = d.plusDays(6);
            sb.append("United Nations \n").append(g.symbol(i)).append("\n \n \nGeneral Assembly \nDistr.: General \n")
                    .append(g.dateText(dist)).append(" \n \n").append(job).append(" (E)    ")
                    .append(dist.format(DateTimeFormatter.ofPattern("ddMMyy", Locale.ROOT))).append(" \n*")
                    .append(job.replace("-", "")).append("* \n \n \n").append(ordinal(g.session[i]))
                    .append(" session \nAgenda item ").append(1 + (g.number[i] * 13) % 140).append(" \n");
            for (String l : wrap(doc.title, 60)) {
                sb.append(l).append(" \n");
            }
            sb.append(" \n \n \n \n Resolution adopted by the General Assembly \non ").append(g.dateText(d))
                    .append(" \n \n \n \n \n[without reference to a Main Committee (A/").append(g.session[i])
                    .append("/L.").append(1 + g.number[i] % 90).append(")] \n \n \n \n");
            List<String> t = wrap(g.num(i) + ". " + doc.title, 70);
            for (String l : t) {
                sb.append(l).append(" \n");
            }
            sb.append(" \n \n \nThe General Assembly, \n \n");
            lineOnPage = 30;
            for (List<Object> p : doc.preamble) {
                paragraph(null, p);
            }
            int n = 0;
            for (List<Object> p : doc.operative) {
                paragraph(++n + ".", p);
            }
            flushNotes();
            sb.append(" \n").append(meetingOrdinal(40 + g.number[i] % 60)).append(" plenary meeting \n")
                    .append(g.dateText(d)).append(" \n \n");
            return sb.toString();
        }

        void paragraph(String num, List<Object> parts) {
            StringBuilder text = new StringBuilder();
            for (Object o : parts) {
                if (o instanceof String s) {
                    text.append(s);
                } else if (o instanceof Cite c) {
                    text.append(g.cite(c));
                } else if (o instanceof Note nt) {
                    noteNo++;
                    StringBuilder nb = new StringBuilder();
                    for (Object x : nt.parts()) {
                        nb.append(x instanceof Cite c ? g.cite(c) : x.toString());
                    }
                    pageNotes.add(noteNo + "  " + nb.toString().strip());
                    // the PDF dump puts the raised mark after the word, with a space either side or none before
                    text.append(noteNo % 2 == 0 ? String.valueOf(noteNo) : " " + noteNo + " ");
                }
            }
            if (num != null) {
                line(num + " ");
            }
            for (String l : wrap(text.toString(), WIDTH)) {
                line(l + " ");
            }
            line(" ");
        }

        void line(String l) {
            sb.append(l).append('\n');
            if (++lineOnPage >= PAGE) {
                flushNotes();
                page++;
                sb.append('\n');
                if (page % 2 == 0) {
                    sb.append(g.symbol(i)).append(" \n");
                    for (String h : wrap(doc.title, 50)) {
                        sb.append(h).append('\n');
                    }
                    sb.append(" \n").append(job).append('\n').append(page).append("/").append(page + 1)
                            .append(" \n \n \n");
                } else {
                    for (String h : wrap(doc.title, 50)) {
                        sb.append(h).append(" \n");
                    }
                    sb.append(g.symbol(i)).append("\n \n").append(page).append("/").append(page + 1).append('\n')
                            .append(job).append(" \n \n");
                }
                lineOnPage = 0;
            }
        }

        void flushNotes() {
            if (pageNotes.isEmpty()) {
                return;
            }
            sb.append("__________________ \n \n");
            for (String n : pageNotes) {
                sb.append(n).append(" \n \n");
            }
            pageNotes.clear();
        }
    }

    /** The Council's printed text: "Resolution N (YEAR)" and the date, then paragraphs broken at the column. */
    static final class ScText {
        final Generator g;
        final int i;
        final Doc doc;

        ScText(Generator g, int i, Doc doc) {
            this.g = g;
            this.i = i;
            this.doc = doc;
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            sb.append("Resolution ").append(g.num(i)).append('\n').append("of ").append(g.dateText(g.date[i]))
                    .append("\n\nThe Security Council,\n\n");
            for (List<Object> p : doc.preamble) {
                para(sb, p, null);
            }
            int n = 0;
            for (List<Object> p : doc.operative) {
                para(sb, p, ++n + ". ");
            }
            sb.append("Adopted unanimously at the\n").append(meetingOrdinal(g.number[i] + 100)).append(" meeting\n");
            return sb.toString();
        }

        void para(StringBuilder sb, List<Object> parts, String num) {
            StringBuilder t = new StringBuilder(num == null ? "" : num);
            for (Object o : parts) {
                t.append(o instanceof Cite c ? g.cite(c) : o.toString());
            }
            for (String l : wrap(t.toString(), 55)) {
                sb.append(l).append('\n');
            }
            sb.append('\n');
        }
    }

    /** AKN4UN markup as the UN publishes it, reduced to what a reader of the text needs. */
    static final class AknXml {
        final Generator g;
        final int i;
        final Doc doc;
        int noteNo, eid;

        AknXml(Generator g, int i, Doc doc) {
            this.g = g;
            this.i = i;
            this.doc = doc;
        }

        String render() {
            String d = g.date[i].toString();
            String work = "/akn/un/statement/deliberation/unga/" + d + "/" + g.session[i] + "-" + g.number[i] + "/";
            StringBuilder sb = new StringBuilder();
            sb.append("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" "
                    + "xmlns:akn4un=\"http://un.org/akn4un\">\n")
                    .append("  <statement name=\"resolution\">\n    <meta>\n      <identification source=\"#DGACM\">\n")
                    .append("        <FRBRWork>\n          <FRBRthis value=\"").append(work).append("!main/\"/>\n")
                    .append("          <FRBRuri value=\"").append(work).append("\"/>\n")
                    .append("          <FRBRdate date=\"").append(d).append("\" name=\"adoption\"/>\n")
                    .append("          <FRBRauthor href=\"ga\" as=\"author\"/>\n          <FRBRcountry value=\"un\"/>\n")
                    .append("        </FRBRWork>\n        <FRBRExpression>\n          <FRBRthis value=\"").append(work)
                    .append("eng@!main/\"/>\n          <FRBRuri value=\"").append(work).append("eng@/\"/>\n")
                    .append("          <FRBRdate date=\"").append(g.date[i].plusDays(6))
                    .append("\" name=\"publication\"/>\n          <FRBRauthor href=\"ga\" as=\"issuer\"/>\n")
                    .append("          <FRBRlanguage language=\"eng\"/>\n        </FRBRExpression>\n")
                    .append("      </identification>\n    </meta>\n    <preface>\n      <p>\n        <docNumber>")
                    .append(g.num(i)).append(".</docNumber>\n        <docTitle refersTo=\"#resolutionTitle\">\n")
                    .append("          <span class=\"bold\">\t").append(esc(doc.title)).append("</span>\n")
                    .append("        </docTitle>\n      </p>\n    </preface>\n    <preamble>\n")
                    .append("      <formula name=\"enactingFormula\" eId=\"formula_1\">\n        <p xml:space=\"preserve\">")
                    .append("\n          <span class=\"italic\">The General Assembly</span>,</p>\n      </formula>\n");
            for (List<Object> p : doc.preamble) {
                String body = body(p);
                String verb = verb(p);
                sb.append("      <container name=\"").append(esc(verb)).append("\" eId=\"container_").append(++eid)
                        .append("\">\n        <p xml:space=\"preserve\">\t").append(body).append("</p>\n")
                        .append("      </container>\n");
            }
            sb.append("    </preamble>\n    <mainBody>\n");
            int n = 0;
            for (List<Object> p : doc.operative) {
                int e = ++eid;
                sb.append("      <paragraph eId=\"para_").append(e).append("\" class=\"SingleTxt\">\n        <num>")
                        .append(++n).append(".</num>\n        <content eId=\"para_").append(e)
                        .append("__content\">\n          <p xml:space=\"preserve\">\t").append(body(p))
                        .append("</p>\n        </content>\n      </paragraph>\n");
            }
            sb.append("    </mainBody>\n    <conclusions eId=\"conclusions\">\n      <p>\n        <event refersTo=\"")
                    .append("#adoption\">\n          <location refersTo=\"#adoptionMeeting\">")
                    .append(meetingOrdinal(40 + g.number[i] % 60)).append(" plenary meeting</location>\n")
                    .append("          <eol />\n          <docDate date=\"").append(d).append("\" refersTo=\"#adoptionDate\">")
                    .append(g.dateText(g.date[i])).append("</docDate>\n        </event>\n      </p>\n")
                    .append("    </conclusions>\n  </statement>\n</akomaNtoso>\n");
            return sb.toString();
        }

        /** The opening words in italics, as the markup sets the verb. */
        String verb(List<Object> p) {
            String first = p.isEmpty() || !(p.get(0) instanceof String s) ? "" : s;
            Matcher m = Pattern.compile("^((?:[A-Z][a-z]+)(?: (?:also|further|with [a-z]+|that|again|moreover))?)")
                    .matcher(first);
            return m.find() ? m.group(1) : "Paragraph";
        }

        String body(List<Object> parts) {
            StringBuilder b = new StringBuilder();
            boolean firstText = true;
            for (Object o : parts) {
                if (o instanceof String s) {
                    if (firstText) {
                        String v = verb(parts);
                        if (!v.equals("Paragraph") && s.startsWith(v)) {
                            b.append("<span class=\"italic\">").append(esc(v)).append("</span>")
                                    .append(esc(s.substring(v.length())));
                        } else {
                            b.append(esc(s));
                        }
                    } else {
                        b.append(esc(s));
                    }
                } else if (o instanceof Cite c) {
                    b.append(link(c));
                } else if (o instanceof Note nt) {
                    noteNo++;
                    b.append("<authorialNote marker=\"").append(noteNo).append("\" placement=\"bottom\" eId=\"")
                            .append("authorialNote_").append(noteNo).append("\"><p xml:space=\"preserve\">\t \t");
                    for (Object x : nt.parts()) {
                        b.append(x instanceof Cite c ? link(c) : esc(x.toString()));
                    }
                    b.append("</p></authorialNote>");
                }
                firstText = false;
            }
            return b.toString();
        }

        String link(Cite c) {
            String sym = g.symbol(c.target()).replace(" ", "");
            String a = "<a href=\"https://undocs.org/en/" + sym + "\">" + g.num(c.target()) + "</a>";
            return c.dated() ? a + " of " + g.dateText(g.date[c.target()]) : a;
        }

        static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
