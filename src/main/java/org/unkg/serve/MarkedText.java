package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;

/**
 * A resolution's text cut into plain runs and marked citations: each mention's span, read from the store's
 * position selectors (Unicode code points, as Web Annotation counts them), becomes a segment linked to what it
 * cites or names. The text is read from the resolution's source file ({@link SourceTexts}); a text file is
 * preferred to a PDF of the same resolution.
 *
 * <pre>{@code
 * Optional<Map<String, Object>> t = MarkedText.of(dsg, iri, texts, labels);   // inside a read transaction
 * t.get().get("segments");   // [{text: "Recalling its "},
 *                            //  {text: "resolution 35/168", href: "/explore/A/RES/35/168", id: "mention-12-29"}, ...]
 * }</pre>
 */
final class MarkedText {
    private static final String SOURCES = """
            SELECT ?g ?path ?sha ?format WHERE { GRAPH ?g { ?file foaf:primaryTopic ?this ; unkg:path ?path .
              OPTIONAL { ?file unkg:sha256 ?sha } OPTIONAL { ?file unkg:sourceFormat ?format } } }
            ORDER BY (?format = "pdf") (?format = "akn") ?path""";
    /** Markup of an XML source, and the white space that indents it. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "<meta>.*?</meta>|<!--.*?-->|<\\?.*?\\?>|<[^>]*>|&(#x[0-9a-fA-F]+|#\\d+|\\w+);", java.util.regex.Pattern.DOTALL);
    private static final String MENTIONS = """
            SELECT ?m ?start ?end ?cited ?body ?verb WHERE { GRAPH ?g {
              { ?m cito:hasCitingEntity ?this } UNION { ?m unkg:mentionedIn ?this }
              ?m oa:hasTarget ?t . ?t oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end .
              OPTIONAL { ?m cito:hasCitedEntity ?cited } OPTIONAL { ?m unkg:mentionedBody ?body }
              OPTIONAL { ?m unkg:verb ?verb } } } ORDER BY ?start DESC(?end)""";

    private MarkedText() {
    }

    /** The marked text of {@code resolution}, if one of its source files can be read as stored. */
    static Optional<Map<String, Object>> of(DatasetGraph dsg, Node resolution, SourceTexts texts, Labels labels) {
        return of(dsg, resolution, texts, labels, new Memo<>(0));
    }

    /**
     * The marked text of {@code resolution}, its mentions in each source graph kept in {@code mentionMemo} until
     * the store changes (the text is read from its file each time, so a changed file still gives none).
     */
    static Optional<Map<String, Object>> of(DatasetGraph dsg, Node resolution, SourceTexts texts, Labels labels,
                                            Memo<List<Node>, List<Binding>> mentionMemo) {
        for (Binding src : Sparql.select(dsg, SOURCES, Map.of("this", resolution))) {
            Optional<String> text = texts.read(Sparql.lexical(src, "path"), Sparql.lexical(src, "sha"));
            if (text.isEmpty()) {
                continue;
            }
            Node g = Sparql.node(src, "g");
            List<Binding> mentions = mentionMemo.get(dsg, List.of(resolution, g), () -> Sparql.select(dsg, MENTIONS,
                    Map.of("this", resolution, "g", g)).stream().map(BindingFactory::copy).toList());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", Sparql.lexical(src, "path"));
            List<Map<String, Object>> segments = segments(text.get(), mentions, dsg, labels);
            if ("akn".equals(Sparql.lexical(src, "format"))) {
                segments = segments.stream().map(MarkedText::withoutMarkup).toList();
            }
            out.put("segments", segments);
            out.put("mentions", mentions.size());
            return Optional.of(out);
        }
        return Optional.empty();
    }

    /** Plain and marked segments in text order; a mention overlapping one already marked is left unmarked. */
    static List<Map<String, Object>> segments(String text, List<Binding> mentions, DatasetGraph dsg, Labels labels) {
        int[] chars = codePointToChar(text);
        List<Map<String, Object>> out = new ArrayList<>();
        int at = 0;
        for (Binding b : mentions) {
            int s;
            int e;
            try {
                s = Integer.parseInt(Sparql.lexical(b, "start"));
                e = Integer.parseInt(Sparql.lexical(b, "end"));
            } catch (NumberFormatException ex) {
                continue;
            }
            if (s < 0 || e > chars.length - 1 || s >= e) {
                continue;
            }
            int cs = chars[s];
            int ce = chars[e];
            if (cs < at) {
                continue; // overlaps the previous mark, or a second mention on the same span
            }
            if (cs > at) {
                out.add(Map.of("text", text.substring(at, cs), "mark", false));
            }
            Node target = Sparql.node(b, "cited") != null ? Sparql.node(b, "cited") : Sparql.node(b, "body");
            Map<String, Object> mark = new LinkedHashMap<>();
            mark.put("text", text.substring(cs, ce));
            mark.put("mark", true);
            Node m = Sparql.node(b, "m");
            mark.put("id", m.isURI() && m.getURI().contains("#") ? m.getURI().substring(m.getURI().indexOf('#') + 1)
                    : "m-" + s + "-" + e);
            mark.put("kind", Sparql.node(b, "body") != null ? "body" : "citation");
            if (target != null && target.isURI()) {
                mark.put("href", Explorer.href(labels, target));
                String verb = Sparql.lexical(b, "verb");
                mark.put("tip", labels.label(target) + (verb.isEmpty() ? "" : " · " + verb));
            }
            out.add(mark);
            at = ce;
        }
        if (at < text.length()) {
            out.add(Map.of("text", text.substring(at), "mark", false));
        }
        return out;
    }

    /**
     * An XML source's segment as people read it: tags and the metadata block dropped, references decoded, the
     * markup's indentation run into single line breaks. Marks never cut a tag (a span starts and ends on text), so
     * each segment can be cleaned on its own.
     */
    static Map<String, Object> withoutMarkup(Map<String, Object> segment) {
        String xml = (String) segment.get("text");
        java.util.regex.Matcher m = MARKUP.matcher(xml);
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (m.find()) {
            sb.append(xml, at, m.start());
            String ref = m.group(1);
            if (ref != null) {
                sb.append(switch (ref) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> ref.startsWith("#x") ? Character.toString(Integer.parseInt(ref.substring(2), 16))
                            : ref.startsWith("#") ? Character.toString(Integer.parseInt(ref.substring(1))) : "";
                });
            }
            at = m.end();
        }
        sb.append(xml.substring(at));
        Map<String, Object> out = new LinkedHashMap<>(segment);
        out.put("text", sb.toString().replaceAll("[ \\t]*\\R[\\s]*", "\n").replace('\t', ' '));
        return out;
    }

    /** For each code point index (and one past the end), the char index it starts at. */
    private static int[] codePointToChar(String text) {
        int n = text.codePointCount(0, text.length());
        int[] map = new int[n + 1];
        int c = 0;
        for (int i = 0; i < n; i++) {
            map[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        map[n] = text.length();
        return map;
    }
}
