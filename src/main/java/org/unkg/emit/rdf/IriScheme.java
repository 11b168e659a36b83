package org.unkg.emit.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Treaty;

/**
 * Mints unkg's IRIs from what identifies a thing, so that the same resolution cited from forty files is one node.
 * The rules, with examples, are in {@code ontology/README.md}; {@code IriSchemeTest} holds them as a table.
 *
 * <pre>{@code
 * IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
 * iris.resolution("S/RES/1373 (2001)");   // https://unkg.org/S/RES/1373(2001)
 * iris.sourceGraph("seeds/000.txt");      // https://unkg.org/source/seeds/000.txt
 * }</pre>
 *
 * Paths stay clean so that a server at the base answers for the path of every IRI: symbols keep their slashes
 * and parentheses and lose their spaces; names become lower-case hyphenated slugs. Lower-case first segments
 * ({@code treaty}, {@code body}, {@code resolution}, {@code decision}, {@code source}, {@code software},
 * {@code ontology}) never clash with UN symbols, which begin with a capital letter.
 */
public final class IriScheme {
    /** The default base IRI; the local server answers for every IRI under it by path. */
    public static final String DEFAULT_BASE = "https://unkg.org/";

    /** The UN's resolver for document symbols. */
    static final String UNDOCS = "https://undocs.org/";

    /** How many hex digits of a file's SHA-256 tell apart resolutions that have no symbol. */
    private static final int TEXT_DIGEST_DIGITS = 12;

    private final String base;

    /** A scheme minting IRIs under {@code base} (a trailing {@code /} is added when missing). */
    public IriScheme(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The base IRI, ending in {@code /}. */
    public String base() {
        return base;
    }

    /** A resolution by its symbol, spaces dropped: {@code S/RES/1373 (2001)} gives {@code …/S/RES/1373(2001)}. */
    public Node resolution(String symbol) {
        return uri(base + symbolPath(symbol));
    }

    /** A UN document by its symbol, as written: {@code A/61/119/Add.1} gives {@code …/A/61/119/Add.1}. */
    public Node document(String symbol) {
        return uri(base + symbolPath(symbol));
    }

    /** Resolution {@code number} of the General Assembly or Security Council, by its symbol. */
    public Node resolution(Organ organ, String number) {
        return resolution(ResolutionSymbols.symbol(organ, number));
    }

    /**
     * A resolution of another organ, which has no A/ or S/ symbol: {@code …/resolution/<organ>/<number>}, e.g.
     * {@code …/resolution/human-rights-council/5/1}. A General Assembly or Security Council organ name goes to
     * the symbol instead. An unknown organ reads {@code unknown-organ}.
     */
    public Node otherResolution(String organ, String number) {
        Optional<Organ> principal = Organ.fromLabel(organ);
        if (principal.isPresent()) {
            return resolution(principal.get(), number);
        }
        return uri(base + "resolution/" + organSlug(organ) + "/" + symbolPath(number));
    }

    /** A decision: {@code …/decision/<organ>/<number>}, e.g. {@code …/decision/general-assembly/55/488}. */
    public Node decision(String organ, String number) {
        return uri(base + "decision/" + organSlug(organ) + "/" + symbolPath(number));
    }

    /**
     * The resolution an extraction read. By its symbol when the text gives one. Otherwise by what the text does
     * say, never by an invented symbol: organ, adoption date, plenary (GA) or meeting (SC) number, and the first
     * twelve hex digits of the file's SHA-256, because one plenary meeting adopts dozens of resolutions:
     * {@code …/resolution/general-assembly/2006-12-04/plenary-64/text-3f2a9c1b0d4e}.
     */
    public Node resolutionOf(Extraction x) {
        Identity id = x.identity();
        if (id.symbol() != null) {
            return resolution(id.symbol());
        }
        StringBuilder p = new StringBuilder(base).append("resolution/")
                .append(id.organ() == null ? "unknown-organ" : Slug.of(id.organ().label()));
        if (id.number() != null) {
            // a number without an organ: keep it, it is what the text says
            p.append('/').append(symbolPath(id.number()));
        }
        if (id.adopted() != null) {
            p.append('/').append(id.adopted());
        }
        if (id.plenaryMeeting() != null) {
            p.append("/plenary-").append(id.plenaryMeeting());
        }
        if (id.meeting() != null) {
            p.append("/meeting-").append(id.meeting());
        }
        p.append('/').append(textKey(x));
        return uri(p.toString());
    }

    /**
     * A treaty: {@code …/treaty/unts/<number>} when its UNTS registration number is known, else
     * {@code …/treaty/<slug of name>}. A protocol or amendment is registered in the UNTS under its parent treaty's
     * number (the Optional Protocol to the Convention on the Safety of United Nations and Associated Personnel
     * under 35457, like the Convention), so its name's slug follows the number:
     * {@code …/treaty/unts/35457/optional-protocol-to-the-convention-on-…}.
     */
    public Node treaty(Treaty t) {
        if (t.unts() != null && !t.unts().isBlank()) {
            String reg = base + "treaty/unts/" + encodeSegment(t.unts().trim());
            return uri(t.name() != null && namesSubsidiaryInstrument(t.name()) ? reg + "/" + Slug.of(t.name()) : reg);
        }
        return uri(base + "treaty/" + Slug.of(t.name() == null ? "unnamed" : t.name()));
    }

    /** A body by its canonical name: {@code …/body/counter-terrorism-committee}. */
    public Node body(String name) {
        return uri(base + "body/" + Slug.of(name));
    }

    /** The organ as a body: {@code …/body/general-assembly}. */
    public Node body(Organ organ) {
        return body(organ.label());
    }

    /** Paragraph {@code number} of a cited resolution or treaty: {@code …/A/RES/42/154/para/9}. */
    public Node paragraph(Node of, String number) {
        return uri(of.getURI() + "/para/" + symbolPath(number));
    }

    /** A Member State of the United Nations, by its ISO 3166-1 alpha-3 code: {@code …/member-state/TUR}. */
    public Node memberState(String alpha3) {
        return uri(base + "member-state/" + encodeSegment(alpha3));
    }

    /**
     * An AKN4UN FRBR IRI ({@code /akn/un/statement/deliberation/unga/2023-09-29/78-1/}), which AKN writes relative
     * to the server that resolves it, made absolute under the base: {@code https://unkg.org/akn/un/…}.
     */
    public Node akn(String frbrPath) {
        String p = frbrPath.startsWith("/") ? frbrPath.substring(1) : frbrPath;
        StringBuilder sb = new StringBuilder(base);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~@!".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : Character.toString(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return uri(sb.toString());
    }

    /** The recorded vote on a resolution: {@code …/A/RES/53/97/vote}. */
    public Node vote(Node resolution) {
        return uri(resolution.getURI() + "/vote");
    }

    /**
     * The named graph holding one source file's triples: {@code …/source/<path>}, where {@code file} is the path
     * relative to the ingest root, or {@code …/source/_/<absolute path>} for a file stored by its absolute path. Empty, {@code .} and {@code ..} segments are dropped, so the IRI never holds a
     * dot-segment that IRI resolution would remove; other segments are percent-encoded as needed.
     */
    public Node sourceGraph(String file) {
        return uri(sourcePath(file));
    }

    /** The source file itself (a {@code prov:Entity}), described in its graph: {@code …/source/<path>#file}. */
    public Node sourceFile(String file) {
        return uri(sourcePath(file) + "#file");
    }

    /** The extraction activity that produced a source graph: {@code …/source/<path>#extraction}. */
    public Node extraction(String file) {
        return uri(sourcePath(file) + "#extraction");
    }

    /**
     * A mention (a citation or a body mention) in a source file, by its character span; {@code n} tells apart
     * mentions sharing a span and is 1 for the first: {@code …/source/<path>#mention-1234-1271}, then
     * {@code …-2}.
     */
    public Node mention(String file, int start, int end, int n) {
        return uri(sourcePath(file) + "#mention-" + start + "-" + end + (n > 1 ? "-" + n : ""));
    }

    /** The span of text a mention stands on (an {@code oa:SpecificResource}): {@code …#span-1234-1271}. */
    public Node span(String file, int start, int end) {
        return uri(sourcePath(file) + "#span-" + start + "-" + end);
    }

    /** The unkg software that generates graphs, by version: {@code …/software/unkg/0.1.0}. */
    public Node software(String version) {
        return uri(base + "software/unkg/" + encodeSegment(version));
    }

    /**
     * The UN's own address for a document symbol, {@code https://undocs.org/A/RES/53/97}. It names a page that
     * redirects to the document's files, not the resolution itself, hence {@code rdfs:seeAlso}, not
     * {@code owl:sameAs}.
     */
    public static Node undocs(String symbol) {
        return uri(UNDOCS + symbolPath(symbol));
    }

    private String sourcePath(String file) {
        StringBuilder sb = new StringBuilder(base).append("source");
        if (file.startsWith("/")) {
            sb.append("/_"); // a file stored under its absolute path, apart from the names relative to the root
        }
        for (String part : file.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                continue;
            }
            sb.append('/').append(encodeSegment(part));
        }
        return sb.toString();
    }

    private static String organSlug(String organ) {
        return organ == null || organ.isBlank() ? "unknown-organ" : Slug.of(organ);
    }

    /** Protocols and amendments share their parent treaty's UNTS number. */
    private static boolean namesSubsidiaryInstrument(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.startsWith("protocol") || n.startsWith("optional protocol") || n.startsWith("additional protocol")
                || n.startsWith("amendment") || n.startsWith("amended");
    }

    private static String textKey(Extraction x) {
        if (x.sha256() != null && x.sha256().length() >= TEXT_DIGEST_DIGITS) {
            return "text-" + x.sha256().substring(0, TEXT_DIGEST_DIGITS).toLowerCase(Locale.ROOT);
        }
        String f = x.file().replace('\\', '/');
        return "file-" + Slug.of(f.substring(f.lastIndexOf('/') + 1));
    }

    /** A symbol or number as a path: whitespace dropped, slashes kept, each segment encoded. */
    static String symbolPath(String symbol) {
        return Arrays.stream(symbol.replaceAll("\\s+", "").split("/", -1))
                .map(IriScheme::encodeSegment)
                .collect(Collectors.joining("/"));
    }

    /**
     * Percent-encodes what an IRI path segment may not hold as is. Letters, digits, {@code -._~} and the
     * sub-delimiters that symbols use ({@code ( ) , ; = + ! * ' $ &}, and {@code :} {@code @}) stay readable.
     */
    static String encodeSegment(String segment) {
        StringBuilder sb = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~()!$&'*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
