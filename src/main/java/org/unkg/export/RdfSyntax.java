package org.unkg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The RDF syntaxes unkg writes, each bound once to its RDF4J Rio {@link RDFFormat}: the CLI's {@code --format}, the
 * server's content negotiation and its dump downloads all read this one registry.
 *
 * <pre>{@code
 * RdfSyntax s = RdfSyntax.byName("nquads").orElseThrow();
 * s.format().getDefaultMIMEType();    // application/n-quads
 * s.keepsGraphs();                    // true: named graphs survive
 * }</pre>
 *
 * Whether a syntax keeps named graphs is unkg's choice, not Rio's: Rio lets JSON-LD and RDF/JSON carry contexts,
 * but unkg writes them as plain triples (the union of the graphs) so that every triple syntax means the same thing.
 */
public enum RdfSyntax {
    TURTLE("turtle", RDFFormat.TURTLE, "ttl", false),
    TRIG("trig", RDFFormat.TRIG, "trig", true),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, "nt", false),
    NQUADS("nquads", RDFFormat.NQUADS, "nq", true),
    JSONLD("jsonld", RDFFormat.JSONLD, "jsonld", false),
    RDFXML("rdfxml", RDFFormat.RDFXML, "rdf", false),
    RDFJSON("rdfjson", RDFFormat.RDFJSON, "rj", false),
    TRIX("trix", RDFFormat.TRIX, "trix", true),
    N3("n3", RDFFormat.N3, "n3", false),
    BINARY("binary", RDFFormat.BINARY, "brf", true);

    private final String label;
    private final RDFFormat format;
    private final String extension;
    private final boolean keepsGraphs;

    RdfSyntax(String label, RDFFormat format, String extension, boolean keepsGraphs) {
        this.label = label;
        this.format = format;
        this.extension = extension;
        this.keepsGraphs = keepsGraphs;
    }

    /** The name used by {@code --format}, e.g. {@code nquads}. */
    public String label() {
        return label;
    }

    /** Rio's descriptor, which names the parser and writer factories. */
    public RDFFormat format() {
        return format;
    }

    /** The preferred media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return format.getDefaultMIMEType();
    }

    /** Every media type Rio knows for the format. */
    public List<String> mediaTypes() {
        return format.getMIMETypes();
    }

    /** The file extension unkg gives documents of this syntax, without the dot (unique across the registry). */
    public String extension() {
        return extension;
    }

    /** True when the syntax keeps named graphs (quads); false when it writes the union of graphs as triples. */
    public boolean keepsGraphs() {
        return keepsGraphs;
    }

    /** The syntax with {@code --format} name {@code name} (case-insensitive). */
    public static Optional<RdfSyntax> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.label.equals(n)).findFirst();
    }

    /** The syntax whose unkg extension is {@code ext}, e.g. {@code nq}. */
    public static Optional<RdfSyntax> byExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.extension.equals(e)).findFirst();
    }

    /**
     * The syntax a media type names. Only a syntax's preferred type counts, so that generic types Rio lists as
     * aliases ({@code text/plain} for N-Triples, {@code application/xml} for RDF/XML) are not taken as a request for
     * RDF.
     */
    public static Optional<RdfSyntax> byMediaType(String mediaType) {
        String m = mediaType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.mediaType().equals(m)).findFirst();
    }

    /** The names, comma-separated, for help texts and error messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(RdfSyntax::label).toList());
    }
}
