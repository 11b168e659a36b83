package org.unkg.emit.rdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The human-readable page of the vocabulary, rendered from {@code unkg.ttl} so that nothing is written twice:
 * one anchor per term ({@code /ontology#Resolution}), its label, comment, super-class or super-property, domain
 * and range.
 *
 * <pre>{@code
 * String html = OntologyPage.render();                     // from the vocabulary in the jar
 * String html = OntologyPage.render(Ontology.vocabulary()); // from any graph
 * // regenerate ontology/unkg.html:  OntologyPage.main("ontology/unkg.ttl", "ontology/unkg.html")
 * }</pre>
 */
public final class OntologyPage {
    private final Model m;
    private final StringBuilder html = new StringBuilder();

    private OntologyPage(Graph vocabulary) {
        this.m = ModelFactory.createModelForGraph(vocabulary);
    }

    /** The page of the vocabulary shipped in the jar. */
    public static String render() {
        return render(Ontology.vocabulary());
    }

    /** The page of {@code vocabulary}. */
    public static String render(Graph vocabulary) {
        return new OntologyPage(vocabulary).page();
    }

    /** Writes the page of the Turtle file {@code args[0]} (default {@code ontology/unkg.ttl}) to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        Path in = Path.of(args.length > 0 ? args[0] : "ontology/unkg.ttl");
        Path out = Path.of(args.length > 1 ? args[1] : "ontology/unkg.html");
        Files.writeString(out, render(readTurtle(in)), StandardCharsets.UTF_8);
    }

    /** A graph of the Turtle file at {@code file}. */
    public static Graph readTurtle(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        return g;
    }

    private String page() {
        Resource onto = m.getResource(Unkg.ONTOLOGY);
        String title = text(onto, DCTerms.title.getURI(), "unkg vocabulary");
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
                        + "section{border-top:1px solid #ccc;padding:.3em 0}dt{font-weight:bold;float:left;"
                        + "width:9em;clear:left}dd{margin-left:10em}code{font-size:95%}</style>\n")
                .append("</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");
        html.append("<p>").append(esc(text(onto, DCTerms.description.getURI(), ""))).append("</p>\n<dl>\n");
        field("Namespace", "<code>" + esc(Unkg.NS) + "</code> (prefix <code>unkg:</code>)");
        field("Version", esc(text(onto, OWL.versionInfo.getURI(), "")));
        field("Generated from", "<code>ontology/unkg.ttl</code>");
        html.append("</dl>\n");

        List<Resource> classes = terms(OWL.Class.getURI());
        List<Resource> objectProps = terms(OWL.ObjectProperty.getURI());
        List<Resource> dataProps = terms(OWL.DatatypeProperty.getURI());
        List<Resource> sections = terms(SKOS.ConceptScheme.getURI());
        sections.addAll(terms(Unkg.Section.getURI()));
        html.append("<nav><p>").append(toc("Classes", classes)).append(toc("Object properties", objectProps))
                .append(toc("Datatype properties", dataProps)).append(toc("Sections", sections)).append("</p></nav>\n");
        block("Classes", classes);
        block("Object properties", objectProps);
        block("Datatype properties", dataProps);
        block("Sections", sections);
        prefixes();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    /** unkg's own terms of one type, in label order. */
    private List<Resource> terms(String type) {
        List<Resource> out = new ArrayList<>();
        m.listSubjectsWithProperty(RDF.type, m.getResource(type)).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(Unkg.NS)) {
                out.add(r);
            }
        });
        out.sort(Comparator.comparing(Resource::getLocalName, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private String toc(String heading, List<Resource> terms) {
        return "<b>" + esc(heading) + ":</b> " + terms.stream()
                .map(t -> "<a href=\"#" + t.getLocalName() + "\">" + esc(t.getLocalName()) + "</a>")
                .collect(Collectors.joining(", ")) + "<br>\n";
    }

    private void block(String heading, List<Resource> terms) {
        html.append("<h2>").append(esc(heading)).append("</h2>\n");
        for (Resource t : terms) {
            html.append("<section id=\"").append(t.getLocalName()).append("\">\n<h3>unkg:")
                    .append(esc(t.getLocalName())).append(" <small>").append(esc(text(t, RDFS.label.getURI(), "")))
                    .append("</small></h3>\n<p>").append(esc(text(t, RDFS.comment.getURI(), ""))).append("</p>\n<dl>\n");
            field("IRI", "<code>" + esc(t.getURI()) + "</code>");
            links("Sub-class of", t, RDFS.subClassOf.getURI());
            links("Sub-property of", t, RDFS.subPropertyOf.getURI());
            links("Domain", t, RDFS.domain.getURI());
            links("Range", t, RDFS.range.getURI());
            links("In scheme", t, SKOS.inScheme.getURI());
            html.append("</dl>\n</section>\n");
        }
    }

    private void prefixes() {
        html.append("<h2>Prefixes</h2>\n<dl>\n");
        for (Map.Entry<String, String> e : Prefixes.asMap().entrySet()) {
            field(esc(e.getKey()) + ":", "<code>" + esc(e.getValue()) + "</code>");
        }
        html.append("</dl>\n");
    }

    private void links(String name, Resource t, String property) {
        List<String> values = new ArrayList<>();
        t.listProperties(m.getProperty(property)).forEachRemaining(s -> values.add(link(s.getObject())));
        if (!values.isEmpty()) {
            values.sort(null);
            field(name, String.join(", ", values));
        }
    }

    private String link(RDFNode n) {
        if (!n.isURIResource()) {
            return esc(n.toString());
        }
        String iri = n.asResource().getURI();
        if (iri.startsWith(Unkg.NS)) {
            String local = iri.substring(Unkg.NS.length());
            return "<a href=\"#" + local + "\"><code>unkg:" + esc(local) + "</code></a>";
        }
        return "<a href=\"" + esc(iri) + "\"><code>" + esc(curie(iri)) + "</code></a>";
    }

    private static String curie(String iri) {
        for (Map.Entry<String, String> e : Prefixes.asMap().entrySet()) {
            if (iri.startsWith(e.getValue())) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    private void field(String name, String valueHtml) {
        html.append("<dt>").append(name).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /** The English (or untagged) value of {@code property}, or {@code fallback}. */
    private String text(Resource r, String property, String fallback) {
        String plain = null;
        for (var it = r.listProperties(m.getProperty(property)); it.hasNext(); ) {
            RDFNode o = it.next().getObject();
            if (o.isLiteral()) {
                Literal l = o.asLiteral();
                if (l.getLanguage().equals("en")) {
                    return l.getLexicalForm();
                }
                plain = l.getLexicalForm();
            }
        }
        return plain != null ? plain : fallback;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
