package org.unkg.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.unkg.grammar.DocumentSymbols;
import org.unkg.model.Body;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Problem;
import org.unkg.model.Treaty;

/**
 * Writes the JSON report of {@code unkg extract --format json} ({@code shared/contracts/extract-json.md}): one array,
 * one object per file, streamed as files arrive.
 *
 * <pre>{@code
 * JsonReportSink json = new JsonReportSink(writer);
 * json.start(); json.extraction(x); json.finish();
 * }</pre>
 */
public final class JsonReportSink implements ExtractionSink {
    private final JsonGenerator g;

    public JsonReportSink(Writer out) {
        try {
            this.g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start() {
        io(g::writeStartArray);
    }

    @Override
    public void extraction(Extraction x) {
        io(() -> write(x));
    }

    @Override
    public void failed(Problem p) {
        io(() -> {
            g.writeStartObject();
            g.writeStringField("file", p.file());
            g.writeStringField("error", p.message());
            g.writeEndObject();
        });
    }

    @Override
    public void finish() {
        io(() -> {
            g.writeEndArray();
            g.writeRaw('\n');
            g.flush();
        });
    }

    private void write(Extraction x) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", x.file());
        g.writeStringField("format", x.format());
        g.writeStringField("sha256", x.sha256());
        identity(x.identity());
        resolutions("gaResolutions", x.citations(), CitationKind.GA_RESOLUTION);
        resolutions("scResolutions", x.citations(), CitationKind.SC_RESOLUTION);
        treaties(x.citations());
        stringArray("documents", documents(x.citations()));
        bodies(x.citations());
        organNumbers("otherResolutions", x.citations(), CitationKind.OTHER_RESOLUTION);
        organNumbers("decisions", x.citations(), CitationKind.DECISION);
        g.writeArrayFieldStart("citations");
        for (Citation c : x.citations()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().jsonName());
            g.writeStringField("target", c.target());
            if (c.organ() != null && (c.kind() == CitationKind.OTHER_RESOLUTION || c.kind() == CitationKind.DECISION)) {
                g.writeStringField("organ", c.organ());
            }
            g.writeStringField("text", c.text());
            g.writeNumberField("start", c.start());
            g.writeNumberField("end", c.end());
            g.writeStringField("section", c.section() == null ? null : c.section().jsonName());
            g.writeStringField("paragraph", c.paragraph());
            g.writeStringField("verb", c.verb());
            if (c.date() != null) {
                g.writeStringField("date", c.date().toString());
            }
            if (!c.citedParagraphs().isEmpty()) {
                stringArray("paragraphs", c.citedParagraphs());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!x.problems().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (Problem p : x.problems()) {
                g.writeString(p.message());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void identity(Identity id) throws IOException {
        g.writeObjectFieldStart("resolution");
        g.writeStringField("organ", id.organ() == null ? null : id.organ().label());
        g.writeStringField("number", id.number());
        g.writeStringField("symbol", id.symbol());
        number("session", id.session());
        date("adopted", id.adopted());
        number("plenaryMeeting", id.plenaryMeeting());
        number("meeting", id.meeting());
        g.writeStringField("title", id.title());
        g.writeStringField("agendaItem", id.agendaItem());
        g.writeStringField("mainCommittee", id.mainCommittee());
        g.writeStringField("committeeReport", id.committeeReport());
        g.writeStringField("draft", id.draft());
        date("distributed", id.distributed());
        if (id.vote() != null) {
            g.writeObjectFieldStart("vote");
            number("for", id.vote().inFavour());
            number("against", id.vote().against());
            number("abstaining", id.vote().abstaining());
            g.writeBooleanField("unanimous", id.vote().unanimous());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Each resolution once: the first date given for it, and every paragraph cited of it. */
    private void resolutions(String field, List<Citation> cs, CitationKind kind) throws IOException {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        Map<String, Set<String>> paragraphs = new LinkedHashMap<>();
        for (Citation c : cs) {
            if (c.kind() != kind) {
                continue;
            }
            dates.putIfAbsent(c.target(), null);
            if (dates.get(c.target()) == null && c.date() != null) {
                dates.put(c.target(), c.date());
            }
            paragraphs.computeIfAbsent(c.target(), k -> new LinkedHashSet<>()).addAll(c.citedParagraphs());
        }
        g.writeArrayFieldStart(field);
        for (var e : dates.entrySet()) {
            g.writeStartObject();
            g.writeStringField("number", e.getKey());
            date("date", e.getValue());
            stringArray("paragraphs", new ArrayList<>(paragraphs.get(e.getKey())));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void treaties(List<Citation> cs) throws IOException {
        Map<String, Treaty> merged = new LinkedHashMap<>();
        Map<String, Set<String>> alts = new LinkedHashMap<>();
        for (Citation c : cs) {
            if (c.kind() != CitationKind.TREATY || c.treaty() == null) {
                continue;
            }
            Treaty t = c.treaty();
            merged.merge(t.name(), t, (a, b) -> new Treaty(a.name(), a.date() != null ? a.date() : b.date(),
                    a.unts() != null ? a.unts() : b.unts(), a.untsVolume() != null ? a.untsVolume() : b.untsVolume(),
                    a.adoptedBy() != null ? a.adoptedBy() : b.adoptedBy()));
            Set<String> s = alts.computeIfAbsent(t.name(), k -> new LinkedHashSet<>());
            if (c.body() != null) {
                s.addAll(c.body().altNames());
            }
        }
        g.writeArrayFieldStart("treaties");
        for (Treaty t : merged.values()) {
            g.writeStartObject();
            g.writeStringField("name", t.name());
            if (!alts.get(t.name()).isEmpty()) {
                stringArray("altNames", new ArrayList<>(alts.get(t.name())));
            }
            date("date", t.date());
            g.writeStringField("unts", t.unts());
            g.writeStringField("untsVolume", t.untsVolume());
            if (t.adoptedBy() != null) {
                g.writeStringField("adoptedBy", t.adoptedBy());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void bodies(List<Citation> cs) throws IOException {
        Map<String, Body> merged = new LinkedHashMap<>();
        for (Citation c : cs) {
            if (c.kind() == CitationKind.BODY && c.body() != null) {
                merged.merge(c.body().name(), c.body(), (a, b) -> {
                    Set<String> alt = new LinkedHashSet<>(a.altNames());
                    alt.addAll(b.altNames());
                    return new Body(a.name(), List.copyOf(alt), a.establishedBy() != null ? a.establishedBy()
                            : b.establishedBy());
                });
            }
        }
        g.writeArrayFieldStart("bodies");
        for (Body b : merged.values()) {
            g.writeStartObject();
            g.writeStringField("name", b.name());
            stringArray("altNames", b.altNames());
            if (b.establishedBy() != null) {
                g.writeStringField("establishedBy", b.establishedBy());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void organNumbers(String field, List<Citation> cs, CitationKind kind) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        g.writeArrayFieldStart(field);
        for (Citation c : cs) {
            if (c.kind() == kind && seen.add(c.organ() + "|" + c.target())) {
                g.writeStartObject();
                g.writeStringField("organ", c.organ());
                g.writeStringField("number", c.target());
                date("date", c.date());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    /** Each document cited, and after a part (A/CONF.157/24 (Part I)) the document it belongs to. */
    private static List<String> documents(List<Citation> cs) {
        Set<String> s = new LinkedHashSet<>();
        for (String d : distinct(cs, CitationKind.DOCUMENT)) {
            s.add(d);
            DocumentSymbols.wholeOf(d).ifPresent(s::add);
        }
        return new ArrayList<>(s);
    }

    private static List<String> distinct(List<Citation> cs, CitationKind kind) {
        Set<String> s = new LinkedHashSet<>();
        for (Citation c : cs) {
            if (c.kind() == kind) {
                s.add(c.target());
            }
        }
        return new ArrayList<>(s);
    }

    private void stringArray(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private void number(String field, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }

    private void date(String field, LocalDate d) throws IOException {
        g.writeStringField(field, d == null ? null : d.toString());
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
