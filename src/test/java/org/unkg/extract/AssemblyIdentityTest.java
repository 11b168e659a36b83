package org.unkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unkg.fixtures.Dressing;
import org.unkg.model.Identity;
import org.unkg.source.SourceFormat;
import org.unkg.source.SourceReader;
import org.unkg.source.SourceText;

/**
 * The identity of every Assembly resolution of the 78th session, read from its text, agrees with what the UN's own
 * markup says of it: the title of the AKN {@code <docTitle refersTo="#resolutionTitle">}, the adoption meeting and
 * date of the UN's metadata ({@code akn/metadata/78.json}). Read from the corpus's PyMuPDF text, from unkg's own
 * reading of the official PDFs, and from both re-joined one paragraph per line and dressed as markdown: the title and
 * the closing line must survive page headers, footnotes, headings and bold wherever they fall.
 *
 * <p>Measure: {@code mvn -q -o test -Dtest=AssemblyIdentityTest} prints one line per form and the disagreements.
 * The floors are the figures measured; where they are below 1, re-joined footnotes at a page foot ("4 See … 5 …
 * 6 A/78/280." on one line, the running header glued after them) are taken for the trailing notes and swallow
 * the text that follows them, closing line included: the footnote collector's work, not the closing line's.
 */
class AssemblyIdentityTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Pattern TITLE = Pattern.compile("(?s)<docTitle refersTo=\"#resolutionTitle\">(.*?)</docTitle>");
    private static final Pattern NOTE = Pattern.compile("(?s)<authorialNote.*?</authorialNote>");
    private static final Pattern MEETING = Pattern.compile("(\\d+)(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?plenary meeting");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** What the UN's markup says of one resolution. */
    record Akn(String title, Integer meeting, LocalDate adopted) {
    }

    private static final Map<String, Akn> AKN = new TreeMap<>();
    private static final Map<String, SourceText> PDF = new TreeMap<>();
    private static final Map<String, SourceText> TXT = new TreeMap<>();

    @BeforeAll
    static void readTheMarkupAndTheTexts() throws Exception {
        Map<String, JsonNode> meta = new HashMap<>();
        ObjectMapper om = new ObjectMapper();
        try (MappingIterator<JsonNode> it = om.readerFor(JsonNode.class)
                .readValues(om.getFactory().configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, true)
                        .createParser(CORPUS.resolve("akn/metadata/78.json").toFile()))) {
            it.forEachRemaining(o -> meta.put(o.get("symbol").asText(), o));
        }
        try (Stream<Path> s = Files.list(CORPUS.resolve("akn/78"))) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString().replace(".xml", "");
                Matcher t = TITLE.matcher(Files.readString(p));
                JsonNode m = meta.get(name.replace('_', '/'));
                if (!t.find() || m == null) {
                    continue;
                }
                // the markup's inline elements bring their indentation along: "(\n  <i>jus cogens</i>\n)"
                String title = NOTE.matcher(t.group(1)).replaceAll("").replaceAll("<[^>]+>", "")
                        .replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")");
                Matcher mm = MEETING.matcher(m.get("adoption_meeting").asText());
                AKN.put(name, new Akn(unescape(title), mm.find() ? Integer.valueOf(mm.group(1)) : null,
                        LocalDate.parse(m.get("adoption_date").asText().replaceAll("[\\s\u00a0]+", " ").strip(), DAY)));
            }
        }
        SourceReader reader = new SourceReader();
        for (String name : AKN.keySet()) {
            Path txt = CORPUS.resolve("ga").resolve(name + ".txt");
            Path pdf = CORPUS.resolve("pdf").resolve(name + ".pdf");
            if (Files.exists(txt)) {
                TXT.put(name, reader.read(txt));
            }
            if (Files.exists(pdf)) {
                PDF.put(name, reader.read(pdf));
            }
        }
    }

    @ParameterizedTest(name = "{0} as {1}: title, meeting and date agree with the markup in >= {2}")
    @CsvSource({
        "corpus text, page layout, 1.00",
        "corpus text, re-joined,   0.959",
        "corpus text, markdown,    0.990",
        "PDF,         page layout, 1.00",
        "PDF,         re-joined,   0.647",
        "PDF,         markdown,    1.00",
    })
    void titleMeetingAndDateAgreeWithTheMarkup(String source, String form, double floor) {
        Map<String, SourceText> texts = source.equals("PDF") ? PDF : TXT;
        UnaryOperator<SourceText> dress = switch (form) {
            case "re-joined" -> s -> new SourceText(s.file(), Dressing.rejoined(s.text()), SourceFormat.TEXT, "0");
            case "markdown" -> s -> new SourceText(s.file(), Dressing.markdown(s.text()), SourceFormat.MARKDOWN, "0");
            default -> s -> s;
        };
        Extractor ex = Extractor.builder().build();
        List<String> wrong = new ArrayList<>();
        int[] ok = new int[3];
        texts.forEach((name, text) -> {
            Identity id = ex.extract(dress.apply(text)).identity();
            Akn a = AKN.get(name);
            boolean t = Objects.equals(norm(a.title()), norm(id.title()));
            boolean m = Objects.equals(a.meeting(), id.plenaryMeeting());
            boolean d = Objects.equals(a.adopted(), id.adopted());
            ok[0] += t ? 1 : 0;
            ok[1] += m ? 1 : 0;
            ok[2] += d ? 1 : 0;
            if (!(t && m && d)) {
                wrong.add(String.format(Locale.ROOT, "  %-14s %s%s%s", name,
                        t ? "" : "title \"" + id.title() + "\" (markup \"" + a.title() + "\") ",
                        m ? "" : "meeting " + id.plenaryMeeting() + " (markup " + a.meeting() + ") ",
                        d ? "" : "adopted " + id.adopted() + " (markup " + a.adopted() + ")"));
            }
        });
        int n = texts.size();
        double all = (double) (n - wrong.size()) / n;
        System.out.printf(Locale.ROOT, "Assembly identity, %s as %s: title %d, meeting %d, date %d of %d; all three "
                + "%.3f%n", source, form, ok[0], ok[1], ok[2], n, all);
        wrong.forEach(System.out::println);
        assertTrue(n > 0, "texts to read");
        assertTrue(all >= floor, source + " as " + form + ": " + all + " agree\n" + String.join("\n", wrong));
    }

    /** Titles compared as score.py compares them: NFKC, one space, dashes and quotes unified, case folded. */
    private static String norm(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip()
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-").replaceAll("[\u2018\u2019]", "'")
                .replaceAll("[\u201c\u201d]", "\"").toLowerCase(Locale.ROOT);
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
