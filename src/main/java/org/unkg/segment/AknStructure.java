package org.unkg.segment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.unkg.model.Identity;
import org.unkg.model.Markup;
import org.unkg.model.Organ;
import org.unkg.model.Section;
import org.unkg.model.Vote;
import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.MappedText;
import org.unkg.normalize.NormalizedDocument;
import org.unkg.source.AknDocument;
import org.unkg.source.AknElement;

/**
 * The segment stage for AKN4UN XML: passages, their sections, paragraph numbers and verbs, and the heading facts
 * come from the markup instead of being guessed from lines.
 *
 * <pre>{@code
 * SegmentedDocument s = AknStructure.segment(Normalizer.normalize(akn));
 * s.passages().get(3).verb();     // "Recalling", the name of its <container>
 * s.stated().plenaryMeeting();    // 15, from <conclusions>
 * }</pre>
 *
 * <p>Where things stand: {@code <coverPage>} and {@code <preface>} are the heading (their paragraphs read by the
 * same {@link HeadingReader} as a printed heading, then the markup's own values where it has them: the symbol in
 * {@code <docNumber>}, the session's {@code value}, the dates' {@code date}); each {@code <container>} of the
 * {@code <preamble>} is a preambular clause whose verb is the container's name; each {@code <paragraph>} of a
 * {@code <mainBody>} an operative paragraph numbered by its {@code <num>}, its {@code <point>}s sub-paragraphs
 * ({@code 5 (a)}); {@code <conclusions>} the closing; everything under {@code <attachments>} an annex; every
 * {@code <authorialNote>} a footnote numbered by its {@code marker}, leaving a footnote mark where it stood.
 * What the markup adds beyond the text (votes, sponsors, subjects, SDGs, FRBR) is read by {@link AknMetadata}.
 */
public final class AknStructure {
    /** Elements that hold a clause, paragraph or sub-paragraph of their own. */
    private static final Set<String> UNITS = Set.of("paragraph", "subparagraph", "point", "container", "alinea",
            "hcontainer", "tblock", "clause", "section", "article");
    /** Elements whose edges separate words even where the file has no white space between them. */
    private static final Set<String> BLOCKS = Set.of("p", "num", "heading", "subheading", "intro", "wrapUp",
            "content", "eol", "eop", "br", "tr", "td", "th", "item", "list", "blockList", "listIntroduction",
            "listWrapUp", "point", "paragraph", "subparagraph", "container", "tblock", "formula", "docTitle",
            "docProponent", "table", "caption", "li", "ul", "ol");
    private static final Set<String> SKIPPED = Set.of("meta", "num");

    private final AknDocument akn;
    private final List<Passage> passages = new ArrayList<>();

    private AknStructure(AknDocument akn) {
        this.akn = akn;
    }

    /** Segments a normalized AKN source (its {@code source().markup()} is not null). */
    public static SegmentedDocument segment(NormalizedDocument doc) {
        AknDocument akn = doc.source().markup();
        AknStructure s = new AknStructure(akn);
        s.visit(akn.root(), false);
        for (AknElement note : akn.root().findAll("authorialNote")) {
            MappedText t = s.text(note, false);
            if (t.length() > 0) {
                s.passages.add(new Passage(t, Section.FOOTNOTE, note.attr("marker"), null));
            }
        }
        Identity stated = s.identity();
        return new SegmentedDocument(doc, stated, List.copyOf(s.passages), AknMetadata.read(akn));
    }

    private void visit(AknElement e, boolean annex) {
        switch (e.name()) {
            case "meta", "authorialNote", "components" -> {
                if (e.name().equals("components")) {
                    e.children().forEach(c -> visit(c, annex));
                }
            }
            case "attachments", "attachment" -> e.children().forEach(c -> visit(c, true));
            case "coverPage", "preface" -> {
                for (AknElement c : e.children()) {
                    boolean ownSymbol = c.find("docNumber").isPresent() && e.name().equals("coverPage");
                    add(c, annex ? Section.ANNEX : Section.HEADING, null, null, ownSymbol);
                }
            }
            case "preamble" -> {
                for (AknElement c : e.children()) {
                    if (!c.name().equals("formula")) {
                        unit(c, annex ? Section.ANNEX : Section.PREAMBLE, null, verbName(c));
                    }
                }
            }
            case "mainBody" -> e.children().forEach(c -> unit(c, annex ? Section.ANNEX : Section.OPERATIVE, null, null));
            case "conclusions" -> add(e, annex ? Section.ANNEX : Section.TRAILER, null, null, false);
            default -> e.children().forEach(c -> visit(c, annex));
        }
    }

    /**
     * One clause, paragraph or sub-paragraph: a passage of its own text, then a passage for each unit nested in it
     * (a sub-paragraph numbered on from its paragraph: {@code 5 (a)}).
     */
    private void unit(AknElement e, Section section, String outer, String containerVerb) {
        String num = e.child("num").map(n -> akn.content(n).strip().replaceFirst("\\.$", "").strip()).orElse(null);
        boolean partHeading = e.child("heading").isPresent();
        String paragraph = null;
        if (section == Section.OPERATIVE || section == Section.PREAMBLE) {
            paragraph = num == null || partHeading ? outer : outer == null ? num : outer + " " + num;
        }
        String verb = section == Section.PREAMBLE ? containerVerb : null;
        add(e, section, paragraph, verb, false);
        String inner = partHeading ? null : paragraph;
        for (AknElement u : nestedUnits(e)) {
            String v = section == Section.PREAMBLE && u.attr("name") != null && u.name().equals("container")
                    ? verbName(u) : containerVerb;
            unit(u, section, inner, v);
        }
    }

    private static List<AknElement> nestedUnits(AknElement e) {
        List<AknElement> out = new ArrayList<>();
        for (AknElement c : e.children()) {
            if (UNITS.contains(c.name())) {
                out.add(c);
            } else if (!c.name().equals("authorialNote")) {
                out.addAll(nestedUnits(c));
            }
        }
        return out;
    }

    private void add(AknElement e, Section section, String paragraph, String containerVerb, boolean ownSymbol) {
        MappedText t = text(e, true);
        if (t.length() == 0 || ownSymbol) {
            return;
        }
        Verbs.Verb v = Verbs.standard().opening(FootnoteMark.strip(t.toString()));
        String verb = v == null ? null : v.printed();
        if (containerVerb != null && (verb == null || !firstWord(verb).equalsIgnoreCase(firstWord(containerVerb)))) {
            verb = containerVerb; // the markup's verb where the text's opening does not say it
        }
        if (section != Section.PREAMBLE && section != Section.OPERATIVE) {
            verb = null;
        }
        passages.add(new Passage(t, section, paragraph, verb));
    }

    /** A container's name as a verb, its white space (no-break spaces too) made plain. */
    private static String verbName(AknElement container) {
        String n = container.attr("name");
        return n == null ? null : n.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
    }

    private static String firstWord(String s) {
        String t = s.strip();
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    /**
     * The element's text content as a passage: nested units left out (they are passages of their own), a footnote
     * mark where a note stands, white space run together into one space, a space at block edges.
     */
    private MappedText text(AknElement e, boolean skipUnits) {
        MappedText.Builder b = MappedText.builder();
        append(b, e, skipUnits, true);
        return b.trimEnd().build().strip();
    }

    private void append(MappedText.Builder b, AknElement e, boolean skipUnits, boolean top) {
        boolean block = BLOCKS.contains(e.name());
        if (block) {
            space(b, e.start());
        }
        int at = e.start();
        for (AknElement c : e.children()) {
            chars(b, at, c.start());
            at = c.end();
            if (c.name().equals("authorialNote")) {
                mark(b, c.attr("marker"), c);
            } else if (c.name().equals("sup") && akn.content(c).strip().matches("\\d{1,3}")) {
                // a mark printed again for a note given once before ("…, 2011,<sup>3</sup>S-18/1")
                mark(b, akn.content(c).strip(), c);
            } else if (skipUnits && UNITS.contains(c.name()) || SKIPPED.contains(c.name())) {
                space(b, c.start());
            } else {
                append(b, c, skipUnits, false);
            }
        }
        chars(b, at, e.end());
        if (block) {
            space(b, Math.max(e.start(), e.end() - 1));
        }
    }

    /**
     * A footnote mark where a note (or a mark repeating one) stands, and a space after it where the text goes on
     * at once ({@code 2011,<sup>3</sup>S-18/1}), as a printed mark stands apart.
     */
    private void mark(MappedText.Builder b, String marker, AknElement e) {
        int length = akn.content().length();
        int src = akn.offset(Math.min(e.start(), length - 1));
        if (marker != null && marker.matches("\\d+")) {
            b.append(FootnoteMark.OPEN, src);
            for (int i = 0; i < marker.length(); i++) {
                b.append(marker.charAt(i), src);
            }
            b.append(FootnoteMark.CLOSE, src);
        }
        if (e.end() < length && Character.isLetterOrDigit(akn.content().charAt(e.end()))) {
            space(b, e.end());
        }
    }

    private void chars(MappedText.Builder b, int from, int to) {
        String content = akn.content();
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F') {
                space(b, i);
            } else if (c == '\u2011' || c == '\u2010') {
                b.append('-', akn.offset(i)); // the markup's non-breaking hyphen ("S\u201123/2"), as printed: a hyphen
            } else {
                b.append(c, akn.offset(i));
            }
        }
    }

    private void space(MappedText.Builder b, int contentIndex) {
        if (b.length() > 0 && b.last() != ' ' && akn.content().length() > 0) {
            b.append(' ', akn.offset(Math.min(contentIndex, akn.content().length() - 1)));
        }
    }

    /** The heading facts: the printed heading read as text, then the markup's own values where it has them. */
    private Identity identity() {
        AknElement root = akn.root();
        Identity.Builder id = Identity.builder(Organ.GENERAL_ASSEMBLY);
        List<String> lines = new ArrayList<>();
        for (String part : List.of("coverPage", "preface")) {
            root.find(part).ifPresent(e -> e.children().forEach(c -> lines.add(flat(c))));
        }
        HeadingReader.heading(lines, null, id);
        root.find("conclusions").ifPresent(c -> HeadingReader.closing(flat(c), id));
        root.find("coverPage").flatMap(c -> c.find("docNumber")).map(akn::content).map(String::strip)
                .filter(s -> s.startsWith("A/RES/")).ifPresent(s -> id.symbol(s).number(s.substring(6)));
        root.find("coverPage").flatMap(c -> c.find("session")).map(s -> s.attr("value"))
                .filter(v -> v != null && v.matches("\\d{1,3}")).ifPresent(v -> id.session(Integer.parseInt(v)));
        root.find("coverPage").flatMap(c -> c.find("docDate")).map(d -> date(d.attr("date")))
                .ifPresent(id::distributed);
        root.find("conclusions").flatMap(c -> c.find("docDate")).map(d -> date(d.attr("date"))).ifPresent(id::adopted);
        Identity read = id.build();
        if (read.title() != null) {
            // the markup indents inline elements on lines of their own: "( <span>jus cogens</span> )"
            id.title(read.title().replace("( ", "(").replace(" )", ")"));
        }
        if (read.mainCommittee() != null) {
            // "Decolonization Committee(Fourth Committee)", as the markup writes it, is printed with a space
            id.mainCommittee(read.mainCommittee().replaceAll("(?<=\\p{L})\\(", " ("));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        root.find("voting").ifPresent(v -> v.findAll("count").forEach(c -> {
            try {
                counts.put(c.attr("refersTo"), Integer.parseInt(c.attr("value")));
            } catch (NumberFormatException ignored) {
                // a count the markup leaves empty is unknown, not zero
            }
        }));
        if (counts.containsKey(Markup.IN_FAVOUR)) {
            id.vote(new Vote(counts.get(Markup.IN_FAVOUR), counts.getOrDefault(Markup.AGAINST, 0),
                    counts.getOrDefault(Markup.ABSTAINING, 0), false));
        }
        return id.build();
    }

    private String flat(AknElement e) {
        return FootnoteMark.strip(text(e, false).toString());
    }

    static LocalDate date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            return d.getYear() < 1945 ? null : d; // the markup writes 0001-01-01 for "no date"
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
