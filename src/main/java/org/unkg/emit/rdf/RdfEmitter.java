package org.unkg.emit.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Properties;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.unkg.emit.ExtractionSink;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Problem;
import org.unkg.model.Vote;

/**
 * Turns each file's extraction into quads in that file's own named graph, streamed to a Jena {@link StreamRDF}:
 * nothing is held beyond the file being written, so a corpus of any size streams through.
 *
 * <pre>{@code
 * StreamRDF out = StreamRDFLib.writer(System.out);
 * ExtractionSink rdf = new RdfEmitter(new IriScheme(IriScheme.DEFAULT_BASE), out);
 * rdf.start(); rdf.extraction(extraction); rdf.finish();
 * }</pre>
 *
 * One file gives one graph, {@link IriScheme#sourceGraph(String)}, so re-reading a file replaces exactly its own
 * triples. The graph holds the source file and how it was read (PROV), the resolution with its identity, each
 * citation and body mention, and a description of everything they name; a node shared between files, such as a
 * cited resolution, is described again in each graph that names it. A failed file gives no graph.
 */
public final class RdfEmitter implements ExtractionSink {
    private final IriScheme iris;
    private final StreamRDF out;
    private final Clock clock;
    private final String version;
    private final Things things;
    private final Mentions mentions;
    private final Votes votes;
    private final AknFacts aknFacts;

    /** An emitter stamping graphs with the system clock and this build's version. */
    public RdfEmitter(IriScheme iris, StreamRDF out) {
        this(iris, out, Clock.systemUTC(), softwareVersion());
    }

    /** An emitter with a given clock and software version, for reproducible output. */
    public RdfEmitter(IriScheme iris, StreamRDF out, Clock clock, String version) {
        this.iris = iris;
        this.out = out;
        this.clock = clock;
        this.version = version;
        this.things = new Things(iris);
        this.mentions = new Mentions(iris, things, VerbCharacters.standard());
        this.votes = new Votes(iris);
        this.aknFacts = new AknFacts(iris, votes);
    }

    /** Starts the stream and declares {@link Prefixes#asMap()}. */
    @Override
    public void start() {
        out.start();
        Prefixes.asMap().forEach(out::prefix);
    }

    @Override
    public void extraction(Extraction x) {
        GraphWriter w = new GraphWriter(out, iris.sourceGraph(x.file()));
        Node resolution = iris.resolutionOf(x);
        source(w, x, resolution);
        identity(w, x.identity(), x.markup() != null && x.markup().recordedVote(), resolution);
        if (x.markup() != null) {
            votes.write(w, x.markup(), resolution);
            aknFacts.write(w, x.markup(), resolution);
        }
        mentions.write(w, x, resolution);
    }

    @Override
    public void failed(Problem p) {
        // a failed file has no graph; the caller reports the problem
    }

    @Override
    public void finish() {
        out.finish();
    }

    /** The version of unkg this build is, from the filtered resource, or {@code development} outside a build. */
    public static String softwareVersion() {
        try (InputStream in = RdfEmitter.class.getResourceAsStream("unkg-version.properties")) {
            if (in == null) {
                return "development";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.startsWith("${") ? "development" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source file, the graph, and the activity that made one from the other. */
    private void source(GraphWriter w, Extraction x, Node resolution) {
        Node graph = iris.sourceGraph(x.file());
        Node file = iris.sourceFile(x.file());
        Node activity = iris.extraction(x.file());
        Node software = iris.software(version);

        w.type(file, Unkg.SourceFile, Vocab.Prov.Entity);
        w.string(file, RDFS.label.asNode(), x.file());
        w.string(file, Unkg.path, x.file());
        w.string(file, Unkg.sha256, x.sha256());
        w.string(file, Unkg.sourceFormat, x.format());
        w.add(file, Vocab.Foaf.primaryTopic, resolution);

        w.type(graph, Unkg.SourceGraph, Vocab.Prov.Entity);
        w.add(graph, Vocab.Prov.wasDerivedFrom, file);
        w.add(graph, Vocab.Prov.wasGeneratedBy, activity);
        w.dateTime(graph, Vocab.Prov.generatedAtTime, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));

        w.type(activity, Vocab.Prov.Activity);
        w.add(activity, Vocab.Prov.used, file);
        w.add(activity, Vocab.Prov.wasAssociatedWith, software);

        w.type(software, Vocab.Prov.SoftwareAgent);
        w.string(software, RDFS.label.asNode(), "unkg " + version);
        w.string(software, Unkg.softwareVersion, version);
    }

    /** The resolution this file holds, with what identifies it. */
    private void identity(GraphWriter w, Identity id, boolean recordedVote, Node r) {
        // a symbol read without its organ (an ODS trailer, say) still names the organ by the UN's own rule
        Organ organ = id.organ() != null ? id.organ() : ResolutionSymbols.organOfSymbol(id.symbol()).orElse(null);
        if (organ != null) {
            w.type(r, Unkg.Resolution, Things.organClass(organ), Vocab.Eli.LegalResource);
            w.add(r, Vocab.Eli.passed_by, things.body(w, organ));
        } else {
            w.type(r, Unkg.Resolution, Vocab.Eli.LegalResource);
        }
        w.string(r, RDFS.label.asNode(), label(id));
        if (id.symbol() != null) {
            w.string(r, Unkg.symbol, id.symbol());
            w.add(r, RDFS.seeAlso.asNode(), IriScheme.undocs(id.symbol()));
        }
        w.string(r, Vocab.Eli.number, id.number());
        w.integer(r, Unkg.session, id.session());
        w.date(r, Vocab.Eli.date_document, id.adopted());
        w.integer(r, Unkg.plenaryMeeting, id.plenaryMeeting());
        w.integer(r, Unkg.meeting, id.meeting());
        w.english(r, DCTerms.title.asNode(), id.title());
        w.string(r, Unkg.agendaItem, id.agendaItem());
        if (id.mainCommittee() != null && !id.mainCommittee().isBlank()) {
            w.add(r, Unkg.mainCommittee, things.body(w, id.mainCommittee()));
        }
        if (id.committeeReport() != null && !id.committeeReport().isBlank()) {
            w.add(r, Unkg.committeeReport, things.document(w, id.committeeReport()));
        }
        if (id.draft() != null && !id.draft().isBlank()) {
            w.add(r, Unkg.draft, things.document(w, id.draft()));
        }
        w.date(r, DCTerms.issued.asNode(), id.distributed());
        if (id.vote() != null) {
            vote(w, id.vote(), recordedVote, r);
        }
    }

    private void vote(GraphWriter w, Vote v, boolean recordedVote, Node r) {
        Node n = iris.vote(r);
        if (!recordedVote) {
            w.add(r, Unkg.vote, n);
            w.type(n, Unkg.Vote);
        } // else Votes writes the vote node with every Member State's vote
        w.count(n, Unkg.votesInFavour, v.inFavour());
        w.count(n, Unkg.votesAgainst, v.against());
        w.count(n, Unkg.abstentions, v.abstaining());
        w.bool(n, Unkg.unanimous, v.unanimous());
    }

    /** The symbol; or, for a text that gives none, what it does say. */
    static String label(Identity id) {
        if (id.symbol() != null) {
            return id.symbol();
        }
        StringBuilder sb = new StringBuilder(id.organ() == null ? "Resolution" : id.organ().label() + " resolution");
        if (id.number() != null) {
            sb.append(' ').append(id.number());
        }
        if (id.adopted() != null) {
            sb.append(" adopted on ").append(id.adopted());
        }
        if (id.plenaryMeeting() != null) {
            sb.append(" at plenary meeting ").append(id.plenaryMeeting());
        } else if (id.meeting() != null) {
            sb.append(" at meeting ").append(id.meeting());
        }
        return sb.append(" (the text gives no symbol)").toString();
    }
}
