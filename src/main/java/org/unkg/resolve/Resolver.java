package org.unkg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.Body;
import org.unkg.model.Citation;
import org.unkg.model.CitationKind;
import org.unkg.model.Extraction;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Section;
import org.unkg.model.Treaty;
import org.unkg.recognize.Mention;
import org.unkg.recognize.RecognizedDocument;
import org.unkg.grammar.ResolutionNumbers;
import org.unkg.segment.Passage;
import org.unkg.segment.SegmentedDocument;
import org.unkg.segment.Verbs;
import org.unkg.source.AknDocument;

/**
 * The resolve stage: decides who "its resolution" and "the Council" mean from the issuing organ, keeps dates only
 * where they fit the number they are attached to, drops the resolution's own number and symbol, attaches Treaty
 * Series references from footnotes, infers a session the heading does not state, and maps every span back to the
 * file's offsets.
 *
 * <pre>{@code
 * Extraction x = Resolver.resolve(Recognizer.recognize(Segmenter.segment(Normalizer.normalize(source))));
 * }</pre>
 */
public final class Resolver {
    private static final Pattern REPORT_SESSION = Pattern.compile("^A/(\\d{1,2})/");

    private Resolver() {
    }

    /** Resolves one segmented document into its extraction. */
    public static Extraction resolve(RecognizedDocument recognized) {
        SegmentedDocument doc = recognized.document();
        Identity id = identity(doc);
        List<Passage> footnotes = doc.passages().stream().filter(p -> p.section() == Section.FOOTNOTE).toList();
        TreatySeriesNotes notes = new TreatySeriesNotes(footnotes);
        List<Citation> citations = new ArrayList<>();
        String text = doc.document().source().text();
        for (int i = 0; i < doc.passages().size(); i++) {
            Passage p = doc.passages().get(i);
            for (Mention m : recognized.mentions().get(i)) {
                Citation c = citation(m, p, id, notes, text, doc.document().source().markup());
                if (c != null) {
                    citations.add(c);
                }
            }
        }
        citations.sort((a, b) -> Integer.compare(a.start(), b.start()));
        citations = FileConsistency.reconcile(ShortNames.resolve(citations));
        id = inferSession(id, citations);
        var src = doc.document().source();
        return new Extraction(src.file(), src.sha256(), src.format().label(), text, id, citations, List.of(),
                doc.markup());
    }

    private static Identity identity(SegmentedDocument doc) {
        Identity s = doc.stated();
        Identity.Builder b = s.toBuilder();
        if (s.organ() == Organ.GENERAL_ASSEMBLY && s.session() == null && s.number() != null) {
            int session = ResolutionNumbers.gaSession(s.number());
            if (session > 0) {
                b.session(session);
            }
        }
        if (s.organ() == Organ.SECURITY_COUNCIL) {
            b.session(null).plenaryMeeting(null);
            if (s.number() != null && s.symbol() == null) {
                b.symbol("S/RES/" + s.number());
            }
        }
        return b.build();
    }

    /** A heading-less Assembly text: the session from the adoption date, confirmed by its reports' symbols. */
    private static Identity inferSession(Identity id, List<Citation> citations) {
        if (id.organ() != Organ.GENERAL_ASSEMBLY || id.session() != null || id.adopted() == null) {
            return id;
        }
        int byDate = SessionInference.sessionOn(id.adopted());
        int agree = 0;
        int disagree = 0;
        for (Citation c : citations) {
            Matcher m = REPORT_SESSION.matcher(c.target());
            if (c.kind() == CitationKind.DOCUMENT && m.find()) {
                if (Integer.parseInt(m.group(1)) == byDate) {
                    agree++;
                } else {
                    disagree++;
                }
            }
        }
        return agree >= disagree ? id.toBuilder().session(byDate).build() : id;
    }

    private static Citation citation(Mention m, Passage p, Identity id, TreatySeriesNotes notes, String text,
                                     AknDocument markup) {
        CitationKind kind = m.kind();
        String organ = m.organ();
        LocalDate date = m.date();
        Treaty treaty = null;
        Body body = null;
        String own = id.number();
        switch (kind) {
            case GA_RESOLUTION, SC_RESOLUTION -> {
                if (m.target().equals(own) && (kind == CitationKind.GA_RESOLUTION) == (id.organ() != Organ.SECURITY_COUNCIL)) {
                    return null; // the resolution's own number is its identity
                }
                if (p.section() == Section.HEADING && own != null && kind == CitationKind.SC_RESOLUTION
                        && own.startsWith(m.target().replaceFirst(" \\(.*", " ("))) {
                    return null; // its own number in the heading, with the year misprinted
                }
                if (date != null && !dateFits(m.target(), date)) {
                    if (kind == CitationKind.GA_RESOLUTION && organ == null && anotherOrgansNumber(m.target(), date)) {
                        // "resolution 5/14 of 2 March 2022": the Assembly's fifth session sat in 1950-51, so the
                        // number is another organ's (the Environment Assembly's, named earlier or not at all)
                        return citation(m.withKind(CitationKind.OTHER_RESOLUTION).withOrgan(null).withDate(date), p,
                                id, notes, text, markup);
                    }
                    date = null;
                }
                organ = kind == CitationKind.GA_RESOLUTION ? Organ.GENERAL_ASSEMBLY.label() : Organ.SECURITY_COUNCIL.label();
            }
            case DECISION -> organ = organ == null || organ.equals("its") ? ownOrganLabel(id) : organ;
            // "its resolution 1998/72" in an Assembly or Council text: a number of that form is neither's, so "its"
            // is an organ named before it ("the Commission on Human Rights in its resolution"), not the citing one
            case OTHER_RESOLUTION -> organ = "its".equals(organ) ? otherOrganOf(id) : organ;
            case DOCUMENT -> {
                if (m.target().equals(id.symbol())) {
                    return null;
                }
            }
            case TREATY -> {
                String volume = null;
                String unts = null;
                String adoptedBy = null;
                for (String mark : m.marks()) {
                    TreatySeriesNotes.Note n = notes.get(mark);
                    if (n != null) {
                        volume = n.volume() != null ? n.volume() : volume;
                        unts = n.number() != null ? n.number() : unts;
                        adoptedBy = n.adoptedBy() != null ? n.adoptedBy() : adoptedBy;
                    }
                }
                if (unts == null && volume == null) {
                    // no footnote gives it: the knowledge table's reference, harvested from other resolutions' notes
                    var known = org.unkg.recognize.TreatySeries.of(m.target());
                    if (known.isPresent()) {
                        unts = known.get().number();
                        volume = known.get().volume();
                    }
                }
                treaty = new Treaty(m.target(), date, unts, volume, adoptedBy);
                if (!m.altNames().isEmpty()) {
                    body = new Body(m.target(), m.altNames(), null);
                }
            }
            case BODY -> body = new Body(m.target(), m.altNames(), m.related());
            default -> { }
        }
        int start = p.text().sourceStart(m.start());
        int end = p.text().sourceEnd(m.start(), m.end());
        String quoted = text.substring(start, end);
        if (markup != null) {
            // XML: the span's text content, tags removed and references decoded (the report contract)
            end = markup.widenEnd(end);
            quoted = markup.textContent(start, end);
        }
        return Citation.of(kind, m.target()).organ(organ).date(date).citedParagraphs(m.paragraphs()).treaty(treaty)
                .body(body).span(start, end, quoted).section(p.section())
                .paragraph(p.paragraph()).verb(verbOf(p, m)).build();
    }

    /**
     * The verb of the clause that holds the mention. A preambular clause is one paragraph with one verb, as the UN's
     * own markup (AKN4UN {@code <container name="Reaffirming">}) has it, even where it goes on "…, and recalling also
     * …"; an operative paragraph may hold several decisions ("Welcomes …, and reaffirms its resolution …"), each
     * governed by its own verb.
     */
    private static String verbOf(Passage p, Mention m) {
        if (p.verb() == null || p.section() != Section.OPERATIVE) {
            return p.verb();
        }
        return Verbs.standard().governing(p.text(), m.start(), p.verb(), p.section());
    }

    /** The citing resolution's organ where it numbers its resolutions as other organs do; else unknown. */
    private static String otherOrganOf(Identity id) {
        return id.organ() == Organ.GENERAL_ASSEMBLY || id.organ() == Organ.SECURITY_COUNCIL ? null : ownOrganLabel(id);
    }

    private static String ownOrganLabel(Identity id) {
        return id.organ() == null ? null : id.organ().label();
    }

    /**
     * Whether a number of the Assembly's form, given without an organ, is another organ's by its date: the stated
     * adoption date falls years away from the Assembly session of that number (a misprinted or misattached date is
     * at most a year off). Resolutions of the Environment Assembly, the regional commissions, the functional
     * commissions and treaty bodies are numbered session/number too.
     */
    static boolean anotherOrgansNumber(String number, LocalDate date) {
        if (!number.matches("\\d{1,3}/\\d{1,4}")) {
            return false;
        }
        return Math.abs(SessionInference.sessionOn(date) - ResolutionNumbers.gaSession(number)) >= 2;
    }

    /** A Council number's year must be the date's; an Assembly number's session must be in session then. */
    static boolean dateFits(String number, LocalDate date) {
        int year = ResolutionNumbers.scYear(number);
        if (year > 0) {
            return year == date.getYear();
        }
        return SessionInference.plausible(ResolutionNumbers.gaSession(number), date);
    }
}
