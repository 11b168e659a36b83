package org.unkg.emit.rdf;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unkg.grammar.DocumentSymbols;
import org.unkg.model.Body;
import org.unkg.model.Organ;
import org.unkg.model.Treaty;

/**
 * Describes the things resolutions name: resolutions, decisions, treaties, UN documents, bodies. Each method
 * mints the node, writes its type and label (and whatever the file says of it) into the file's graph, and returns
 * it, so every graph that names a thing says what it is and validates on its own.
 */
final class Things {
    private final IriScheme iris;

    Things(IriScheme iris) {
        this.iris = iris;
    }

    /** A General Assembly or Security Council resolution by number, with the date the text gives for it. */
    Node resolution(GraphWriter w, Organ organ, String number, LocalDate adopted) {
        String symbol = ResolutionSymbols.symbol(organ, number);
        Node r = iris.resolution(symbol);
        w.type(r, Unkg.Resolution, organClass(organ), Vocab.Eli.LegalResource);
        w.string(r, Unkg.symbol, symbol);
        w.string(r, Vocab.Eli.number, number);
        w.string(r, RDFS.label.asNode(), symbol);
        w.add(r, Vocab.Eli.passed_by, body(w, organ));
        w.add(r, RDFS.seeAlso.asNode(), IriScheme.undocs(symbol));
        w.date(r, Vocab.Eli.date_document, adopted);
        return r;
    }

    /** A resolution of any organ; the General Assembly and Security Council go to their symbols. */
    Node otherResolution(GraphWriter w, String organ, String number, LocalDate adopted) {
        Optional<Organ> principal = Organ.fromLabel(organ);
        if (principal.isPresent()) {
            return resolution(w, principal.get(), number, adopted);
        }
        Node r = iris.otherResolution(organ, number);
        w.type(r, Unkg.Resolution, Vocab.Eli.LegalResource);
        w.string(r, Vocab.Eli.number, number);
        w.string(r, RDFS.label.asNode(), (organ == null ? "" : organ + " ") + "resolution " + number);
        if (organ != null && !organ.isBlank()) {
            w.add(r, Vocab.Eli.passed_by, body(w, organ));
        }
        w.date(r, Vocab.Eli.date_document, adopted);
        return r;
    }

    /** A decision of an organ ({@code General Assembly decision 55/488}). */
    Node decision(GraphWriter w, String organ, String number, LocalDate adopted) {
        Node d = iris.decision(organ, number);
        w.type(d, Unkg.Decision, Vocab.Eli.LegalResource);
        w.string(d, Vocab.Eli.number, number);
        w.string(d, RDFS.label.asNode(), (organ == null ? "" : organ + " ") + "decision " + number);
        if (organ != null && !organ.isBlank()) {
            w.add(d, Vocab.Eli.passed_by, body(w, organ));
        }
        w.date(d, Vocab.Eli.date_document, adopted);
        return d;
    }

    /** A treaty, with its name, date, UNTS registration and volume and adopting resolution where known. */
    Node treaty(GraphWriter w, Treaty t) {
        Node n = iris.treaty(t);
        w.type(n, Unkg.Treaty, Vocab.Eli.LegalResource);
        w.english(n, DCTerms.title.asNode(), t.name());
        w.english(n, RDFS.label.asNode(), t.name());
        w.date(n, Vocab.Eli.date_document, t.date());
        w.string(n, Unkg.untsNumber, t.unts());
        w.singleString(n, Unkg.untsVolume, t.untsVolume());
        if (t.adoptedBy() != null && !t.adoptedBy().isBlank()) {
            w.add(n, Unkg.adoptedBy, resolution(w, Organ.GENERAL_ASSEMBLY, t.adoptedBy(), null));
        }
        return n;
    }

    /** A UN document by symbol; a part of a document (A/78/6 (Sect. 3)) is part of it. */
    Node document(GraphWriter w, String symbol) {
        Node d = iris.document(symbol);
        w.type(d, Unkg.Document);
        w.string(d, Unkg.symbol, symbol);
        w.string(d, RDFS.label.asNode(), symbol);
        w.add(d, RDFS.seeAlso.asNode(), IriScheme.undocs(symbol));
        Optional<String> whole = DocumentSymbols.wholeOf(symbol);
        if (whole.isPresent()) {
            w.add(d, DCTerms.isPartOf.asNode(), document(w, whole.get()));
        }
        return d;
    }

    /** A body, with its other names and the resolution that established it. */
    Node body(GraphWriter w, Body b) {
        Node n = body(w, b.name());
        for (String alt : b.altNames()) {
            if (alt != null && !alt.isBlank()
                    && !w.has(n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(alt.strip(), "en"))) {
                w.english(n, SKOS.altLabel.asNode(), alt);
            }
        }
        if (b.establishedBy() != null && !b.establishedBy().isBlank()) {
            // the model gives a bare number; its form tells the organ (1373 (2001) is the Security Council's)
            Optional<Organ> organ = ResolutionSymbols.organOf(b.establishedBy());
            Node by = organ.isPresent()
                    ? resolution(w, organ.get(), b.establishedBy(), null)
                    : otherResolution(w, null, b.establishedBy(), null);
            w.add(n, Unkg.establishedBy, by);
        }
        return n;
    }

    Node body(GraphWriter w, Organ organ) {
        return body(w, organ.label());
    }

    Node body(GraphWriter w, String name) {
        Node n = iris.body(name);
        if (w.type(n, Unkg.Body)) {
            w.english(n, SKOS.prefLabel.asNode(), name);
            w.english(n, RDFS.label.asNode(), name);
        } else if (!w.has(n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(name.strip(), "en"))) {
            // another spelling with the same slug ("Co-operation", "Cooperation" differ; case does not)
            w.english(n, SKOS.altLabel.asNode(), name);
        }
        return n;
    }

    /** Paragraph {@code number} of {@code of}. */
    Node paragraph(GraphWriter w, Node of, String number) {
        Node p = iris.paragraph(of, number);
        // ELI's subdivision is a legal resource; both types are written so that queries need no inference
        w.type(p, Unkg.Paragraph, Vocab.Eli.LegalResourceSubdivision, Vocab.Eli.LegalResource);
        w.add(p, Vocab.Eli.is_part_of, of);
        w.string(p, Vocab.Eli.number, number);
        w.string(p, RDFS.label.asNode(), "paragraph " + number);
        return p;
    }

    static Node organClass(Organ organ) {
        return organ == Organ.SECURITY_COUNCIL ? Unkg.SecurityCouncilResolution : Unkg.GeneralAssemblyResolution;
    }
}
