package org.unkg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * One page of a thing's citations in one direction, filtered by verb and section: what a resolution cites, what
 * cites a thing, or where a body is named; each row with the other end, verb, section, paragraph and passage.
 *
 * <pre>{@code
 * Map<String, Object> page = CitationList.CITED_BY.page(dsg, iri, labels, "Recalling", "preamble", 0, 50, memo);
 * page.get("rows");    // up to 50 rows; "total", "verbs" and "sections" for the filters
 * }</pre>
 */
enum CitationList {
    /** What {@code ?this} cites, in text order. */
    CITES("cito:hasCitingEntity", "cito:hasCitedEntity", "?g ?start"),
    /** What cites {@code ?this}, newest first. */
    CITED_BY("cito:hasCitedEntity", "cito:hasCitingEntity", "DESC(?date) ?other ?start"),
    /** Where a body is named, newest first. */
    NAMED_IN("unkg:mentionedBody", "unkg:mentionedIn", "DESC(?date) ?other ?start");

    private static final String SECTIONS = "https://unkg.org/ontology#";
    private final String thisLink;
    private final String otherLink;
    private final String order;

    CitationList(String thisLink, String otherLink, String order) {
        this.thisLink = thisLink;
        this.otherLink = otherLink;
        this.order = order;
    }

    /** The property from a citation to the thing whose list this is. */
    String thisLink() {
        return thisLink;
    }

    /** The property from a citation to the other end of a row. */
    String otherLink() {
        return otherLink;
    }

    /**
     * The rows from {@code offset}, at most {@code limit}, whose verb and section are those given (null for any);
     * call inside a read transaction. Reads the citations again: a server keeps them (see the other form).
     */
    Map<String, Object> page(DatasetGraph dsg, Node thing, Labels labels, String verb, String section, int offset,
                             int limit) {
        return page(dsg, thing, labels, verb, section, offset, limit, new Memo<>(0));
    }

    /**
     * The rows from {@code offset}, at most {@code limit}, whose verb and section are those given (null for any),
     * from the citations kept in {@code memo}; call inside a read transaction.
     */
    Map<String, Object> page(DatasetGraph dsg, Node thing, Labels labels, String verb, String section, int offset,
                             int limit, Memo<Citations.Key, Citations> memo) {
        Node wantSection = section == null ? null : NodeFactory.createURI(SECTIONS + section);
        Predicate<Binding> keep = b -> (verb == null || verb.equals(Sparql.lexical(b, "verb")))
                && (wantSection == null || wantSection.equals(Sparql.node(b, "section")));
        Citations all = Citations.of(dsg, this, thing, memo);
        List<Binding> kept = all.sorted(order, keep);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Binding b : kept.subList(Math.min(offset, kept.size()), Math.min(offset + limit, kept.size()))) {
            Node other = Sparql.node(b, "other");
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("other", Thing.of(dsg, other, labels).toMap(labels));
            row.put("verb", Sparql.lexical(b, "verb"));
            row.put("section", localName(Sparql.node(b, "section")));
            row.put("paragraph", Sparql.lexical(b, "paragraph"));
            row.put("exact", all.passage(dsg, b));
            Node m = Sparql.node(b, "m");
            // the anchor of the highlighted mention on the citing resolution's page
            String anchor = m.isURI() && m.getURI().contains("#") ? m.getURI().substring(m.getURI().indexOf('#') + 1)
                    : "";
            row.put("anchor", anchor);
            Node citing = this == CITES ? thing : other;
            row.put("passageHref", Explorer.href(labels, citing) + (anchor.isEmpty() ? "" : "#" + anchor));
            rows.add(row);
        }
        TreeSet<String> verbs = new TreeSet<>();
        TreeSet<String> sections = new TreeSet<>();
        for (Binding b : all.rows()) {
            if (!Sparql.lexical(b, "verb").isEmpty()) {
                verbs.add(Sparql.lexical(b, "verb"));
            }
            if (Sparql.node(b, "section") != null) {
                sections.add(localName(Sparql.node(b, "section")));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rows", rows);
        out.put("total", all.count(keep));
        out.put("offset", offset);
        out.put("limit", limit);
        out.put("verbs", new ArrayList<>(verbs));
        out.put("sections", new ArrayList<>(sections));
        return out;
    }

    private static String localName(Node n) {
        if (n == null) {
            return "";
        }
        String u = n.isURI() ? n.getURI() : n.toString();
        return u.substring(Math.max(u.lastIndexOf('#'), u.lastIndexOf('/')) + 1);
    }
}
