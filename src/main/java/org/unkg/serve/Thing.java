package org.unkg.serve;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

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
    private static final String UNKG = "https://unkg.org/ontology#";
    private static final Node GA = NodeFactory.createURI(UNKG + "GeneralAssemblyResolution");
    private static final Node SC = NodeFactory.createURI(UNKG + "SecurityCouncilResolution");
    private static final Pattern SC_YEAR = Pattern.compile("^S/RES/\\d+ ?\\((\\d{4})\\)$");
    private static final Pattern GA_SESSION = Pattern.compile("^A/RES/(\\d+)/");

    /** The thing's facts, read from the store's union graph; call inside a read transaction. */
    static Thing of(DatasetGraph dsg, Node iri, Labels labels) {
        return labels.thing(iri, () -> read(dsg, iri, labels));
    }

    private static Thing read(DatasetGraph dsg, Node iri, Labels labels) {
        String kind = "thing";
        String symbol = null;
        String title = null;
        String date = null;
        String organ = null;
        Node passedBy = null;
        Iterator<Quad> it = dsg.find(Node.ANY, iri, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            String p = q.getPredicate().getURI();
            Node o = q.getObject();
            if (p.equals(RDF.type.getURI()) && o.isURI()) {
                String k = kindOf(o);
                if (k != null && (kind.equals("thing") || k.equals("resolution"))) {
                    kind = k;
                }
                if (o.equals(GA)) {
                    organ = "General Assembly";
                } else if (o.equals(SC)) {
                    organ = "Security Council";
                }
            } else if (o.isLiteral()) {
                switch (p) {
                    case UNKG + "symbol" -> symbol = o.getLiteralLexicalForm();
                    case "http://purl.org/dc/terms/title" -> title = o.getLiteralLexicalForm();
                    case "http://data.europa.eu/eli/ontology#date_document" -> date = o.getLiteralLexicalForm();
                    default -> { }
                }
            } else if (p.equals("http://data.europa.eu/eli/ontology#passed_by")) {
                passedBy = o;
            }
        }
        if (organ == null && passedBy != null) {
            organ = labels.label(passedBy);
        }
        return new Thing(iri, kind, labels.label(iri), symbol, title, date, organ, yearOf(date, symbol));
    }

    private static String kindOf(Node type) {
        String u = type.getURI();
        if (!u.startsWith(UNKG)) {
            return null;
        }
        return switch (u.substring(UNKG.length())) {
            case "Resolution", "GeneralAssemblyResolution", "SecurityCouncilResolution" -> "resolution";
            case "Treaty" -> "treaty";
            case "Body" -> "body";
            case "Document" -> "document";
            case "Decision" -> "decision";
            default -> null;
        };
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
