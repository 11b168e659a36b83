package org.unkg.emit.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The terms of unkg's own vocabulary, {@code ontology/unkg.ttl}, as Jena nodes. The namespace is fixed, whatever
 * base the data IRIs use: a vocabulary is a public name and does not move with a deployment.
 *
 * <pre>{@code
 * out.quad(Quad.create(g, resolution, RDF.type.asNode(), Unkg.Resolution));
 * out.quad(Quad.create(g, resolution, Unkg.session, NodeFactory.createLiteralDT("53", XSDDatatype.XSDinteger)));
 * }</pre>
 *
 * {@code OntologyTest} checks that every constant here is declared in the Turtle file and vice versa.
 */
public final class Unkg {
    /** The vocabulary namespace. */
    public static final String NS = "https://unkg.org/ontology#";
    /** The ontology's own IRI (the namespace without {@code #}). */
    public static final String ONTOLOGY = "https://unkg.org/ontology";

    // classes
    public static final Node Resolution = term("Resolution");
    public static final Node GeneralAssemblyResolution = term("GeneralAssemblyResolution");
    public static final Node SecurityCouncilResolution = term("SecurityCouncilResolution");
    public static final Node Decision = term("Decision");
    public static final Node Treaty = term("Treaty");
    public static final Node Paragraph = term("Paragraph");
    public static final Node Document = term("Document");
    public static final Node Body = term("Body");
    public static final Node Mention = term("Mention");
    public static final Node BodyMention = term("BodyMention");
    public static final Node Section = term("Section");
    public static final Node Vote = term("Vote");
    public static final Node SourceFile = term("SourceFile");
    public static final Node SourceGraph = term("SourceGraph");
    public static final Node MemberState = term("MemberState");
    public static final Node SustainableDevelopmentGoal = term("SustainableDevelopmentGoal");

    // the sections, a SKOS concept scheme
    public static final Node Sections = term("Sections");
    public static final Node heading = term("heading");
    public static final Node preamble = term("preamble");
    public static final Node operative = term("operative");
    public static final Node footnote = term("footnote");
    public static final Node annex = term("annex");
    public static final Node trailer = term("trailer");

    // identity of a resolution
    public static final Node symbol = term("symbol");
    public static final Node session = term("session");
    public static final Node plenaryMeeting = term("plenaryMeeting");
    public static final Node meeting = term("meeting");
    public static final Node agendaItem = term("agendaItem");
    public static final Node mainCommittee = term("mainCommittee");
    public static final Node committeeReport = term("committeeReport");
    public static final Node draft = term("draft");
    public static final Node vote = term("vote");
    public static final Node votesInFavour = term("votesInFavour");
    public static final Node votesAgainst = term("votesAgainst");
    public static final Node abstentions = term("abstentions");
    public static final Node unanimous = term("unanimous");

    // what AKN4UN markup adds: how each Member State voted, sponsors, subjects, goals
    public static final Node adoptedWithoutVote = term("adoptedWithoutVote");
    public static final Node inFavour = term("inFavour");
    public static final Node against = term("against");
    public static final Node abstaining = term("abstaining");
    public static final Node notVoting = term("notVoting");
    public static final Node sponsor = term("sponsor");
    public static final Node sponsorNamed = term("sponsorNamed");
    public static final Node subjectHeading = term("subjectHeading");
    public static final Node sdg = term("sdg");
    public static final Node iso3166Alpha3 = term("iso3166Alpha3");
    public static final Node iso3166Alpha2 = term("iso3166Alpha2");
    public static final Node iso3166Numeric = term("iso3166Numeric");

    // treaties and bodies
    public static final Node untsNumber = term("untsNumber");
    public static final Node untsVolume = term("untsVolume");
    public static final Node adoptedBy = term("adoptedBy");
    public static final Node establishedBy = term("establishedBy");
    public static final Node mentions = term("mentions");

    // mentions and citations
    public static final Node inSection = term("inSection");
    public static final Node citingParagraph = term("citingParagraph");
    public static final Node verb = term("verb");
    public static final Node citedParagraph = term("citedParagraph");
    public static final Node mentionedIn = term("mentionedIn");
    public static final Node mentionedBody = term("mentionedBody");
    public static final Node reaffirms = term("reaffirms");
    public static final Node welcomes = term("welcomes");
    public static final Node endorses = term("endorses");
    public static final Node takesNoteOf = term("takesNoteOf");

    // source files and provenance
    public static final Node path = term("path");
    public static final Node sha256 = term("sha256");
    public static final Node sourceFormat = term("sourceFormat");
    public static final Node softwareVersion = term("softwareVersion");

    // network measures, in the named graph https://unkg.org/graph/network (org.unkg.network.NetworkGraph)
    public static final Node inDegree = term("inDegree");
    public static final Node outDegree = term("outDegree");
    public static final Node pageRank = term("pageRank");
    public static final Node hubScore = term("hubScore");
    public static final Node authorityScore = term("authorityScore");
    public static final Node component = term("component");
    public static final Node strongComponent = term("strongComponent");
    public static final Node community = term("community");

    private Unkg() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
