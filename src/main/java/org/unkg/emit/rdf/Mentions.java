package org.unkg.emit.rdf;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.unkg.model.Body;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.model.Extraction;
import org.unkg.model.Organ;
import org.unkg.model.Section;
import org.unkg.model.Treaty;

/**
 * Writes the mentions of one file: each citation as a {@code cito:Citation} with its character, each body
 * mention as a {@code unkg:BodyMention}; both with their place (section, paragraph, verb), their span of text
 * as a W3C Web Annotation target, and the direct edge from the citing resolution for simple queries.
 */
final class Mentions {
    private final IriScheme iris;
    private final Things things;
    private final VerbCharacters verbs;

    Mentions(IriScheme iris, Things things, VerbCharacters verbs) {
        this.iris = iris;
        this.things = things;
        this.verbs = verbs;
    }

    /** Writes every mention of {@code x}, made in the text of resolution {@code citing}. */
    void write(GraphWriter w, Extraction x, Node citing) {
        Map<String, Integer> spansSeen = new HashMap<>();
        CodePoints cp = new CodePoints(x.text());
        for (Citation c : x.citations()) {
            Span span = Span.of(cp, c);
            int n = spansSeen.merge(span.start() + "-" + span.end(), 1, Integer::sum);
            Node m = iris.mention(x.file(), span.start(), span.end(), n);
            if (c.kind() == CitationKind.BODY) {
                bodyMention(w, c, m, citing);
            } else {
                citation(w, c, m, citing);
            }
            place(w, x, c, span, m);
        }
    }

    private void citation(GraphWriter w, Citation c, Node m, Node citing) {
        Node cited = cited(w, c);
        Node character = verbs.characterOf(c.verb());
        w.type(m, Vocab.Cito.Citation, Unkg.Mention, Vocab.Oa.Annotation);
        w.add(m, Vocab.Cito.hasCitingEntity, citing);
        w.add(m, Vocab.Cito.hasCitedEntity, cited);
        w.add(m, Vocab.Cito.hasCitationCharacterization, character);
        for (String p : c.citedParagraphs()) {
            w.add(m, Unkg.citedParagraph, things.paragraph(w, cited, p));
        }
        // the direct edges, for queries that need not go through the citation node
        w.add(citing, Vocab.Cito.cites, cited);
        if (c.kind() != CitationKind.DOCUMENT) {
            w.add(citing, Vocab.Eli.cites, cited);
        }
        if (!character.equals(Vocab.Cito.cites)) {
            w.add(citing, character, cited);
        }
    }

    private void bodyMention(GraphWriter w, Citation c, Node m, Node citing) {
        Body b = c.body() != null ? c.body() : new Body(c.target(), null, null);
        Node body = things.body(w, b);
        w.type(m, Unkg.BodyMention, Unkg.Mention, Vocab.Oa.Annotation);
        w.add(m, Unkg.mentionedIn, citing);
        w.add(m, Unkg.mentionedBody, body);
        w.add(citing, Unkg.mentions, body);
    }

    /** The cited thing, described in this graph. */
    private Node cited(GraphWriter w, Citation c) {
        return switch (c.kind()) {
            case GA_RESOLUTION -> things.resolution(w, Organ.GENERAL_ASSEMBLY, c.target(), c.date());
            case SC_RESOLUTION -> things.resolution(w, Organ.SECURITY_COUNCIL, c.target(), c.date());
            case OTHER_RESOLUTION -> things.otherResolution(w, c.organ(), c.target(), c.date());
            case DECISION -> things.decision(w, c.organ(), c.target(), c.date());
            case TREATY -> things.treaty(w, c.treaty() != null ? c.treaty()
                    : new Treaty(c.target(), c.date(), null, null, null));
            case DOCUMENT -> things.document(w, c.target());
            case BODY -> throw new IllegalArgumentException("a body is mentioned, not cited");
        };
    }

    /** Where the mention stands, and the text it stands on. */
    private void place(GraphWriter w, Extraction x, Citation c, Span span, Node m) {
        Node file = iris.sourceFile(x.file());
        w.add(m, Vocab.Oa.motivatedBy, Vocab.Oa.identifying);
        w.add(m, Vocab.Prov.wasDerivedFrom, file);
        if (c.section() != null) {
            w.add(m, Unkg.inSection, section(c.section()));
        }
        w.string(m, Unkg.citingParagraph, c.paragraph());
        w.string(m, Unkg.verb, c.verb());

        Node target = iris.span(x.file(), span.start(), span.end());
        w.add(m, Vocab.Oa.hasTarget, target);
        // two mentions on one span share its target: describe the target and its selectors once
        if (w.type(target, Vocab.Oa.SpecificResource)) {
            w.add(target, Vocab.Oa.hasSource, file);
            Node position = NodeFactory.createBlankNode();
            w.add(target, Vocab.Oa.hasSelector, position);
            w.add(position, RDF.type.asNode(), Vocab.Oa.TextPositionSelector);
            w.count(position, Vocab.Oa.start, span.start());
            w.count(position, Vocab.Oa.end, span.end());
            Node quote = NodeFactory.createBlankNode();
            w.add(target, Vocab.Oa.hasSelector, quote);
            w.add(quote, RDF.type.asNode(), Vocab.Oa.TextQuoteSelector);
            if (c.text() != null) {
                w.add(quote, Vocab.Oa.exact, NodeFactory.createLiteralString(c.text()));
            }
        }
    }

    static Node section(Section s) {
        return switch (s) {
            case HEADING -> Unkg.heading;
            case PREAMBLE -> Unkg.preamble;
            case OPERATIVE -> Unkg.operative;
            case FOOTNOTE -> Unkg.footnote;
            case ANNEX -> Unkg.annex;
            case TRAILER -> Unkg.trailer;
        };
    }

    /**
     * A mention's span in Unicode code points, as the Web Annotation model counts characters. unkg's offsets
     * are Java {@code char} indices (UTF-16 code units), the same as the JSON report's; they differ only after a
     * character outside the Basic Multilingual Plane. Without the text, or with offsets outside it, the offsets
     * are kept as given.
     */
    record Span(int start, int end) {
        static Span of(String text, Citation c) {
            return of(new CodePoints(text), c);
        }

        static Span of(CodePoints cp, Citation c) {
            int s = c.start();
            int e = c.end();
            if (cp.text == null || s < 0 || e < s || e > cp.text.length()) {
                return new Span(s, e);
            }
            int cs = cp.at(s);
            return new Span(cs, cs + cp.text.codePointCount(s, e));
        }
    }

    /**
     * Code point offsets of char offsets into one text, counted on from the last one asked: citations come in text
     * order, so a file's offsets cost one pass over it, not one pass each (which made a long file quadratic).
     */
    static final class CodePoints {
        private final String text;
        private int lastChar;
        private int lastCodePoint;

        CodePoints(String text) {
            this.text = text;
        }

        int at(int charIndex) {
            if (charIndex < lastChar) {
                lastChar = 0;
                lastCodePoint = 0;
            }
            lastCodePoint += text.codePointCount(lastChar, charIndex);
            lastChar = charIndex;
            return lastCodePoint;
        }
    }
}
