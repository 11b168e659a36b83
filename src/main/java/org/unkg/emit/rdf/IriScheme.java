package org.unkg.emit.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints unkg's IRIs from what identifies a thing (see {@code ontology/README.md} for the rules).
 *
 * <pre>{@code
 * IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
 * iris.resolution("A/RES/53/97");   // https://unkg.org/A/RES/53/97
 * iris.sourceGraph("seeds/000.txt"); // https://unkg.org/source/seeds/000.txt
 * }</pre>
 */
public final class IriScheme {
    /** The default base IRI; the local server answers for every IRI under it by path. */
    public static final String DEFAULT_BASE = "https://unkg.org/";

    private final String base;

    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The base IRI, ending in {@code /}. */
    public String base() {
        return base;
    }

    /** A resolution by its symbol, spaces dropped: {@code S/RES/1373 (2001)} gives {@code …/S/RES/1373(2001)}. */
    public Node resolution(String symbol) {
        return NodeFactory.createURI(base + symbol.replace(" ", ""));
    }

    /** The named graph holding one source file's triples; {@code file} is the path relative to the ingest root. */
    public Node sourceGraph(String file) {
        StringBuilder sb = new StringBuilder(base).append("source/");
        for (String part : file.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (sb.charAt(sb.length() - 1) != '/') {
                sb.append('/');
            }
            sb.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return NodeFactory.createURI(sb.toString());
    }
}
