package org.unkg.network;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the citation graph, with each resolution's measures, as a file Gephi opens: GEXF 1.2 or GraphML.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("unkg.gexf"))) {
 *     GraphExport.Format.GEXF.write(citationGraph, scores, w);
 * }
 * }</pre>
 *
 * Nodes carry {@code iri}, {@code symbol}, {@code organ}, {@code year}, {@code title} and the measures of
 * {@link NetworkScores.Score}; edges carry {@code verb} and {@code section} (the distinct values, joined by
 * {@code "; "}) and {@code count}, the number of mentions, which is also the GEXF edge weight. Node ids are
 * {@code n0}, {@code n1}, … because GraphML ids must be XML name tokens, which IRIs are not; the IRI is an
 * attribute. GraphML goes through JGraphT's exporter; GEXF is written here, as a stream, with typed attribute columns
 * and the edge weight. GEXF is version 1.2 (namespace {@code http://www.gexf.net/1.2draft}), the version whose
 * schema ships with JGraphT, so that each export is validated against the format's own schema; Gephi reads it.
 */
public final class GraphExport {

    /** The formats, by their {@code --format} name. */
    public enum Format {
        GEXF("gexf"), GRAPHML("graphml");

        private final String name;

        Format(String name) {
            this.name = name;
        }

        /** The format called {@code name} (case ignored). */
        public static Optional<Format> named(String name) {
            for (Format f : values()) {
                if (f.name.equals(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** The format of a file named {@code file}, by its extension. */
        public static Optional<Format> ofFile(String file) {
            String f = file.toLowerCase(Locale.ROOT);
            return f.endsWith(".gexf") ? Optional.of(GEXF) : f.endsWith(".graphml") ? Optional.of(GRAPHML)
                    : Optional.empty();
        }

        /** Writes {@code cg} with {@code scores} to {@code out}. */
        public void write(CitationGraph cg, NetworkScores scores, Writer out) throws IOException {
            if (this == GEXF) {
                gexf(cg, scores, out);
            } else {
                graphml(cg, scores, out);
            }
            out.flush();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The GEXF 1.2 namespace. */
    public static final String GEXF_NS = "http://www.gexf.net/1.2draft";

    private record Column(String name, AttributeType type) {
    }

    private static final List<Column> NODE_COLUMNS = List.of(new Column("iri", AttributeType.STRING),
            new Column("symbol", AttributeType.STRING), new Column("organ", AttributeType.STRING),
            new Column("year", AttributeType.INT), new Column("title", AttributeType.STRING),
            new Column("inDegree", AttributeType.INT), new Column("outDegree", AttributeType.INT),
            new Column("pageRank", AttributeType.DOUBLE), new Column("hubScore", AttributeType.DOUBLE),
            new Column("authorityScore", AttributeType.DOUBLE), new Column("component", AttributeType.INT),
            new Column("strongComponent", AttributeType.INT), new Column("community", AttributeType.INT));
    private static final List<Column> EDGE_COLUMNS = List.of(new Column("verb", AttributeType.STRING),
            new Column("section", AttributeType.STRING), new Column("count", AttributeType.INT));

    private GraphExport() {
    }

    private static Map<String, Object> nodeValues(Resolution r, NetworkScores.Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iri", r.iri());
        m.put("symbol", r.symbol());
        m.put("organ", r.organ());
        m.put("year", r.year());
        m.put("title", r.title());
        m.put("inDegree", s.inDegree());
        m.put("outDegree", s.outDegree());
        m.put("pageRank", s.pageRank());
        m.put("hubScore", s.hub());
        m.put("authorityScore", s.authority());
        m.put("component", s.component());
        m.put("strongComponent", s.strongComponent());
        m.put("community", s.community());
        return m;
    }

    private static Map<String, Object> edgeValues(Citation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verb", String.join("; ", c.verbs()));
        m.put("section", String.join("; ", c.sections()));
        m.put("count", c.count());
        return m;
    }

    private static Map<String, String> ids(Graph<String, Citation> g) {
        Map<String, String> ids = new HashMap<>();
        for (String v : g.vertexSet()) {
            ids.put(v, "n" + ids.size());
        }
        return ids;
    }

    private static void graphml(CitationGraph cg, NetworkScores scores, Writer out) {
        Graph<String, Citation> g = cg.graph();
        Map<String, String> ids = ids(g);
        GraphMLExporter<String, Citation> x = new GraphMLExporter<>(ids::get);
        for (Column c : NODE_COLUMNS) {
            x.registerAttribute(c.name(), GraphMLExporter.AttributeCategory.NODE, c.type());
        }
        for (Column c : EDGE_COLUMNS) {
            x.registerAttribute(c.name(), GraphMLExporter.AttributeCategory.EDGE, c.type());
        }
        x.setVertexAttributeProvider(v -> attributes(nodeValues(cg.resolutions().get(v), scores.score(v))));
        x.setEdgeAttributeProvider(e -> attributes(edgeValues(e)));
        x.exportGraph(g, out);
    }

    private static Map<String, Attribute> attributes(Map<String, Object> values) {
        Map<String, Attribute> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v instanceof Integer i ? DefaultAttribute.createAttribute(i)
                : v instanceof Double d ? DefaultAttribute.createAttribute(d)
                : DefaultAttribute.createAttribute(String.valueOf(v))));
        return m;
    }

    private static void gexf(CitationGraph cg, NetworkScores scores, Writer out) throws IOException {
        Graph<String, Citation> g = cg.graph();
        Map<String, String> ids = ids(g);
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(GEXF_NS);
            w.writeAttribute("version", "1.2");
            w.writeStartElement("meta");
            w.writeAttribute("lastmodifieddate", LocalDate.now().toString());
            element(w, "creator", "unkg");
            element(w, "description", "Citations between United Nations resolutions, with network measures");
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            declare(w, "node", NODE_COLUMNS);
            declare(w, "edge", EDGE_COLUMNS);
            w.writeStartElement("nodes");
            w.writeAttribute("count", Integer.toString(g.vertexSet().size()));
            for (String v : g.vertexSet()) {
                Resolution r = cg.resolutions().get(v);
                w.writeStartElement("node");
                w.writeAttribute("id", ids.get(v));
                w.writeAttribute("label", r.symbol());
                values(w, nodeValues(r, scores.score(v)));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            w.writeAttribute("count", Integer.toString(g.edgeSet().size()));
            int n = 0;
            for (Citation c : g.edgeSet()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + n++);
                w.writeAttribute("source", ids.get(g.getEdgeSource(c)));
                w.writeAttribute("target", ids.get(g.getEdgeTarget(c)));
                w.writeAttribute("weight", Integer.toString(c.count()));
                values(w, edgeValues(c));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement(); // graph
            w.writeEndElement(); // gexf
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void declare(XMLStreamWriter w, String cls, List<Column> columns) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        w.writeAttribute("mode", "static");
        for (Column c : columns) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", c.name());
            w.writeAttribute("title", c.name());
            w.writeAttribute("type", switch (c.type()) {
                case INT -> "integer";
                case DOUBLE -> "double";
                default -> "string";
            });
        }
        w.writeEndElement();
    }

    private static void values(XMLStreamWriter w, Map<String, Object> values) throws XMLStreamException {
        w.writeStartElement("attvalues");
        for (Map.Entry<String, Object> e : values.entrySet()) {
            w.writeEmptyElement("attvalue");
            w.writeAttribute("for", e.getKey());
            w.writeAttribute("value", String.valueOf(e.getValue()));
        }
        w.writeEndElement();
    }
}
