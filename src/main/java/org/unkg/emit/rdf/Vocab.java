package org.unkg.emit.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms unkg reuses from established vocabularies that Jena does not ship constants for: ELI, CiTO, W3C Web
 * Annotation, PROV and FOAF. Dublin Core, SKOS, RDFS, OWL and XSD come from {@code org.apache.jena.vocabulary}.
 *
 * <pre>{@code
 * out.quad(Quad.create(g, citing, Vocab.Cito.cites, cited));
 * out.quad(Quad.create(g, resolution, Vocab.Eli.date_document, date));
 * }</pre>
 */
public final class Vocab {
    private Vocab() {
    }

    /** European Legislation Identifier ontology. */
    public static final class Eli {
        public static final String NS = "http://data.europa.eu/eli/ontology#";
        public static final Node LegalResource = uri(NS, "LegalResource");
        public static final Node LegalResourceSubdivision = uri(NS, "LegalResourceSubdivision");
        public static final Node cites = uri(NS, "cites");
        public static final Node date_document = uri(NS, "date_document");
        public static final Node passed_by = uri(NS, "passed_by");
        public static final Node number = uri(NS, "number");
        public static final Node is_part_of = uri(NS, "is_part_of");
        public static final Node LegalExpression = uri(NS, "LegalExpression");
        public static final Node is_realized_by = uri(NS, "is_realized_by");
        public static final Node realizes = uri(NS, "realizes");
        public static final Node language = uri(NS, "language");

        private Eli() {
        }
    }

    /** Citation Typing Ontology. */
    public static final class Cito {
        public static final String NS = "http://purl.org/spar/cito/";
        public static final Node Citation = uri(NS, "Citation");
        public static final Node hasCitingEntity = uri(NS, "hasCitingEntity");
        public static final Node hasCitedEntity = uri(NS, "hasCitedEntity");
        public static final Node hasCitationCharacterization = uri(NS, "hasCitationCharacterization");
        public static final Node cites = uri(NS, "cites");

        private Cito() {
        }
    }

    /** W3C Web Annotation vocabulary. */
    public static final class Oa {
        public static final String NS = "http://www.w3.org/ns/oa#";
        public static final Node Annotation = uri(NS, "Annotation");
        public static final Node SpecificResource = uri(NS, "SpecificResource");
        public static final Node TextPositionSelector = uri(NS, "TextPositionSelector");
        public static final Node TextQuoteSelector = uri(NS, "TextQuoteSelector");
        public static final Node hasTarget = uri(NS, "hasTarget");
        public static final Node hasSource = uri(NS, "hasSource");
        public static final Node hasSelector = uri(NS, "hasSelector");
        public static final Node motivatedBy = uri(NS, "motivatedBy");
        public static final Node identifying = uri(NS, "identifying");
        public static final Node start = uri(NS, "start");
        public static final Node end = uri(NS, "end");
        public static final Node exact = uri(NS, "exact");

        private Oa() {
        }
    }

    /** W3C PROV-O. */
    public static final class Prov {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Node Entity = uri(NS, "Entity");
        public static final Node Activity = uri(NS, "Activity");
        public static final Node SoftwareAgent = uri(NS, "SoftwareAgent");
        public static final Node wasDerivedFrom = uri(NS, "wasDerivedFrom");
        public static final Node wasGeneratedBy = uri(NS, "wasGeneratedBy");
        public static final Node generatedAtTime = uri(NS, "generatedAtTime");
        public static final Node used = uri(NS, "used");
        public static final Node wasAssociatedWith = uri(NS, "wasAssociatedWith");

        private Prov() {
        }
    }

    /** Friend of a Friend, for the superclasses of documents and bodies. */
    public static final class Foaf {
        public static final String NS = "http://xmlns.com/foaf/0.1/";
        public static final Node primaryTopic = uri(NS, "primaryTopic");

        private Foaf() {
        }
    }

    private static Node uri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }
}
