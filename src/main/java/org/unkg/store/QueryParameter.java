package org.unkg.store;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.model.Identity;
import org.unkg.model.Organ;

/**
 * A parameter of a named query, declared in its header, and how a value given on the command line becomes an RDF
 * term.
 *
 * <pre>{@code
 * QueryParameter res = new QueryParameter("res", QueryParameter.Kind.RESOLUTION, "the cited resolution");
 * res.bind("35/168", iris);          // <https://unkg.org/A/RES/35/168>
 * res.bind("1373 (2001)", iris);     // <https://unkg.org/S/RES/1373(2001)>
 * }</pre>
 *
 * @param name        the variable name, without {@code ?}
 * @param kind        what the value means
 * @param description a plain sentence for {@code --help} listings
 */
public record QueryParameter(String name, Kind kind, String description) {

    /** What a parameter value means, hence which RDF term it becomes. */
    public enum Kind {
        /**
         * A resolution: a number ({@code 35/168} and {@code ES-10/2} are the General Assembly's,
         * {@code 1373 (2001)} the Security Council's), a symbol ({@code A/RES/35/168}) or an IRI.
         */
        RESOLUTION,
        /** An IRI: {@code <…>}, an absolute IRI, or a path taken relative to the base ({@code A/RES/53/97}). */
        IRI,
        /** A source file's graph: the file's name relative to the ingest root, or the graph's IRI. */
        GRAPH,
        /** A plain string. */
        LITERAL,
        /** An integer. */
        INTEGER,
        /**
         * Undeclared: the value is read as a SPARQL term ({@code <iri>}, {@code unkg:Resolution},
         * {@code "text"@en}, {@code 42}), and as a plain string when it is not one.
         */
        TERM;

        /** The kind named in a query header, e.g. {@code resolution}. */
        static Kind named(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    private static final Pattern SC_NUMBER = Pattern.compile("\\d+\\s*\\(\\d{4}\\)");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    /** An undeclared parameter: its value is read as a SPARQL term. */
    public static QueryParameter undeclared(String name) {
        return new QueryParameter(name, Kind.TERM, "");
    }

    /**
     * The RDF term for {@code value}.
     *
     * @throws IllegalArgumentException when the value cannot be of this kind, e.g. {@code abc} for an integer
     */
    public Node bind(String value, IriScheme iris) {
        String v = value.trim();
        return switch (kind) {
            case RESOLUTION -> explicitIri(v) != null ? explicitIri(v) : iris.resolution(symbolOf(v));
            case IRI -> explicitIri(v) != null ? explicitIri(v) : NodeFactory.createURI(iris.base() + strip(v));
            case GRAPH -> explicitIri(v) != null ? explicitIri(v) : iris.sourceGraph(v);
            case LITERAL -> NodeFactory.createLiteralString(value);
            case INTEGER -> integer(v);
            case TERM -> term(v);
        };
    }

    /** A resolution's symbol from a number or symbol as people write them. */
    static String symbolOf(String v) {
        if (v.contains("/RES/")) {
            return v;
        }
        Organ organ = SC_NUMBER.matcher(v).matches() ? Organ.SECURITY_COUNCIL : Organ.GENERAL_ASSEMBLY;
        return Identity.builder(organ).number(v).build().symbol();
    }

    private static Node explicitIri(String v) {
        if (v.startsWith("<") && v.endsWith(">")) {
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        }
        if (v.startsWith("http://") || v.startsWith("https://") || v.startsWith("urn:")) {
            return NodeFactory.createURI(v);
        }
        return null;
    }

    private static String strip(String v) {
        return v.startsWith("/") ? v.substring(1) : v;
    }

    private Node integer(String v) {
        try {
            return NodeFactory.createLiteralDT(new java.math.BigInteger(v).toString(), XSDDatatype.XSDinteger);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not an integer: " + v);
        }
    }

    private static Node term(String v) {
        if (!v.isEmpty() && (v.startsWith("<") || v.startsWith("\"") || Character.isDigit(v.charAt(0))
                || SCHEME.matcher(v).matches())) {
            try {
                return NodeFactoryExtra.parseNode(v, PREFIXES);
            } catch (RuntimeException e) {
                // not a SPARQL term after all: a plain string, as documented
            }
        }
        return NodeFactory.createLiteralString(v);
    }

    private static final PrefixMap PREFIXES = PrefixMapFactory.create(org.unkg.export.Prefixes.standard());
}
