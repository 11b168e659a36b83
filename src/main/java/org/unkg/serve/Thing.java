package org.unkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.unkg.emit.rdf.Unkg;
import org.unkg.emit.rdf.Vocab;

/**
 * What the explorer says about one thing at a glance: its kind, label, symbol, title, date, organ and year.
 *
 * <pre>{@code
 * Thing t = Thing.of(dsg, iri, labels);   // inside a read transaction
 * t.kind();    // "resolution", "treaty", "body", "document", "decision" or "thing"
 * t.year();    // 1980: the adoption date's, else the symbol's (SC "(2001)", GA session + 1945)
 * }</pre>
 */
record Thing(Node iri, String kind, String label, String symbol, String title, String date, String organ,
             Integer year) {
    /** The types that give a thing its kind, in the order they win: a resolution is a resolution first. */
    private static final Map<Node, String> KINDS = kinds();
    private static final Pattern SC_YEAR = Pattern.compile("^S/RES/\\d+ ?\\((\\d{4})\\)$");
    private static final Pattern GA_SESSION = Pattern.compile("^A/RES/(\\d+)/");

    /** The thing's facts, read from the store's union graph; call inside a read transaction. */
    static Thing of(DatasetGraph dsg, Node iri, Labels labels) {
        return labels.thing(iri, () -> read(dsg, iri, labels));
    }

    private static Thing read(DatasetGraph dsg, Node iri, Labels labels) {
        // a few index seeks, whatever the thing's fame: every text that cites a resolution restates its type, symbol
        // and organ, and reading all its statements to pick five took a page thousands of quads per row for a
        // resolution cited thousands of times
        List<Node> own = ownGraphs(dsg, iri);
        String kind = "thing";
        for (Map.Entry<Node, String> k : KINDS.entrySet()) {
            if (dsg.contains(Node.ANY, iri, RDF.type.asNode(), k.getKey())) {
                kind = k.getValue();
                break;
            }
        }
        String organ = dsg.contains(Node.ANY, iri, RDF.type.asNode(), Unkg.GeneralAssemblyResolution) ? "General Assembly"
                : dsg.contains(Node.ANY, iri, RDF.type.asNode(), Unkg.SecurityCouncilResolution) ? "Security Council" : null;
        if (organ == null) {
            Node passedBy = first(dsg, own, iri, Vocab.Eli.passed_by, false);
            organ = passedBy == null ? null : labels.label(passedBy);
        }
        String symbol = lexical(first(dsg, own, iri, Unkg.symbol, true));
        String title = lexical(first(dsg, own, iri, DCTerms.title.asNode(), true));
        String date = lexical(first(dsg, own, iri, Vocab.Eli.date_document, true));
        return new Thing(iri, kind, labels.label(iri), symbol, title, date, organ, yearOf(date, symbol));
    }

    /** The date of {@code iri}: what its own text says, else the first a citing text says; null when none. */
    static Node dateOf(DatasetGraph dsg, Node iri) {
        return first(dsg, ownGraphs(dsg, iri), iri, Vocab.Eli.date_document, true);
    }

    /** The graphs of the files whose primary topic {@code iri} is: what its own text says of it. */
    private static List<Node> ownGraphs(DatasetGraph dsg, Node iri) {
        List<Node> graphs = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.Foaf.primaryTopic, iri).forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /**
     * The first value of {@code p} for {@code s} that is (or is not) a literal: from its own graphs when one says it,
     * else from any graph (a resolution known only from the texts that cite it).
     */
    private static Node first(DatasetGraph dsg, List<Node> own, Node s, Node p, boolean literal) {
        for (Node g : own) {
            Node v = first(dsg.find(g, s, p, Node.ANY), literal);
            if (v != null) {
                return v;
            }
        }
        return first(dsg.find(Node.ANY, s, p, Node.ANY), literal);
    }

    /** The object of the first of {@code it} whose object is (or is not) a literal; null when none. */
    static Node first(Iterator<Quad> it, boolean literal) {
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() == literal) {
                return o;
            }
        }
        return null;
    }

    private static String lexical(Node n) {
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static Map<Node, String> kinds() {
        Map<Node, String> k = new LinkedHashMap<>();
        for (Node t : List.of(Unkg.Resolution, Unkg.GeneralAssemblyResolution, Unkg.SecurityCouncilResolution)) {
            k.put(t, "resolution");
        }
        k.put(Unkg.Treaty, "treaty");
        k.put(Unkg.Body, "body");
        k.put(Unkg.Document, "document");
        k.put(Unkg.Decision, "decision");
        return k;
    }

    /** The year of a date, else the year a symbol gives: SC {@code (2001)}, or GA session n held in 1945 + n. */
    static Integer yearOf(String date, String symbol) {
        if (date != null && date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(date.substring(0, 4));
        }
        if (symbol != null) {
            Matcher sc = SC_YEAR.matcher(symbol);
            if (sc.find()) {
                return Integer.parseInt(sc.group(1));
            }
            Matcher ga = GA_SESSION.matcher(symbol);
            if (ga.find()) {
                return 1945 + Integer.parseInt(ga.group(1));
            }
        }
        return null;
    }

    /** The organ's short key for filters: {@code ga}, {@code sc} or {@code other}. */
    String organKey() {
        return "General Assembly".equals(organ) ? "ga" : "Security Council".equals(organ) ? "sc" : "other";
    }

    Optional<Integer> decade() {
        return Optional.ofNullable(year).map(y -> y / 10 * 10);
    }

    /** The thing as a map for templates and JSON; {@code href} is its explorer page. */
    Map<String, Object> toMap(Labels labels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", iri.getURI());
        m.put("href", Explorer.href(labels, iri));
        m.put("data", labels.href(iri));
        m.put("kind", kind);
        m.put("label", label);
        m.put("symbol", symbol);
        m.put("title", title);
        m.put("date", date);
        m.put("organ", organ);
        m.put("organKey", organKey());
        m.put("year", year);
        m.put("decade", decade().orElse(null));
        return m;
    }
}
