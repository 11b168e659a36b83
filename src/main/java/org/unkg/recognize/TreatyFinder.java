package org.unkg.recognize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.Anchored;
import org.unkg.model.CitationKind;
import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.UnDates;

/**
 * Finds treaties by name: a capitalized instrument word (Convention, Covenant, Protocol, Statute, Treaty, Agreement,
 * Charter) with the capitalized words before it and the title that follows ({@code Convention relative to the
 * Protection of Civilian Persons in Time of War}), nested instruments ({@code Amended Protocol II of 3 May 1996 to
 * the Convention on …}, {@code Additional Protocols thereto}), the date written after the name and the footnote marks
 * that carry its Treaty Series reference. Names are made canonical through {@code treaties.tsv}. Declarations, pacts
 * and lower-case "conventions" are not treaties.
 */
final class TreatyFinder {
    static final NameTable TABLE = NameTable.load("treaties.tsv");
    private static final Pattern TYPE = Pattern.compile("\\b(Conventions?|Covenants?|Protocols?|Statute|Treaty|Agreement|"
            + "Charter)\\b");
    /** What every {@link #TYPE} match starts with. */
    private static final Anchored.Openings TYPE_WORDS = new Anchored.Openings(List.of(
            "Convention", "Covenant", "Protocol", "Statute", "Treaty",
            "Agreement", "Charter"));
    private static final Set<String> CONNECTORS = Set.of("of", "on", "the", "and", "to", "for", "against", "in", "or",
            "relating", "relative", "concerning", "between", "with", "by", "which", "may", "be", "have", "from", "a",
            "an", "its", "their", "all", "other", "at", "into", "under", "beyond");
    private static final Pattern WORD = Pattern.compile("\\s*(,\\s*)?([\\p{L}][\\p{L}\\-\u2019']*|[IVX]+)");
    /** A treaty's own date follows "of", or "adopted/signed/done … on"; a bare "on" dates an event, not a treaty. */
    private static final Pattern DATE_AFTER = Pattern.compile("^\\s*,?\\s*(?:of\\s+|(?:adopted|signed|done|concluded)"
            + "(?:\\s+at\\s+[A-Z][\\p{L}\\-]+)?\\s+(?:on\\s+|of\\s+)?)" + UnDates.SOURCE);
    /** Words that end a title: who is party to it, or the next thing named ("and the Meeting of Experts"). */
    private static final Pattern TAIL_STOP = Pattern.compile("\\s+(?:and|or)\\s+(?:the|its|their|of)\\b|\\s+(?:High\\s+)?"
            + "Contracting\\b|\\s+(?:to|by|for|of)\\s+(?:the\\s+)?(?:States?|Parties|Party|Members?|Meeting)\\b"
            + "|\\s+and\\s+(?:the\\s+)?(?:General\\s+Assembly|Security\\s+Council|Secretary-General)\\b(?!\\s+of)"
            + "|,\\s+(?:Articles?|Annex|Final\\s+Document|Decisions?|Rule|Chapter)\\b|\\s+(?:Articles?|Annex)\\s+[IVX\\d]|(?<!\\bof)\\s+Part\\b"
            + "|\\s+Final\\s+Document\\b|\\s+Resolutions?$|\\s+by\\s+[A-Z][\\p{L}\\-]*$"
            + "|\\s+(?:Recalling|Reaffirming|Noting|Welcoming|Recognizing|Stressing|Emphasizing|Expressing|Bearing|"
            + "Having|Taking|Acknowledging|Affirming|Reiterating|Underlining|Deploring|Condemning|Considering|Welcomes|"
            + "Decides|Requests|Notes|Urges|Calls|Invites|Encourages)$");
    private static final Pattern TRAILING_CONNECTORS = Pattern.compile("(?:\\s+(?:and|or|of|on|to|the|for|in|by|with|"
            + "against|relating|relative|concerning|between|under|beyond|,))+$");
    /** "the Additional Protocol", "the Optional Protocol": a qualifier and an instrument word refer, they do not name. */
    private static final Pattern QUALIFIER_ONLY = Pattern.compile("(?:Additional|Optional|Amended|General|Political|"
            + "Framework|International|Final|Relevant|Bilateral|Multilateral|Comprehensive|Peace|Global|Regional|"
            + "Supplementary|New|Said|Present|Draft|Model)\\s+(?:Conventions?|Covenants?|Protocols?|Statute|Treaty|"
            + "Agreements?|Charter)");
    /** "Protocol V", "Amended Protocol II": a number, not a name, unless the table knows it. */
    private static final Pattern NUMBERED_ONLY = Pattern.compile("(?:(?:Amended|Additional|Optional)\\s+)?(?:Protocol|"
            + "Convention|Agreement)\\s+[IVX]+");
    private static final Pattern MARKS_AFTER = Pattern.compile("^\\s*,?\\s*((?:\uE000\\d+\uE001\\s*,?\\s*)+)");
    private static final Pattern THERETO = Pattern.compile("^\\s+thereto\\b");
    private static final Pattern TO_PARENT = Pattern.compile("^\\s+to\\s+the\\s+(?=[A-Z])");
    private static final Pattern SUPPLEMENTING = Pattern.compile("^\\s*,?\\s*supplementing\\s+the\\s+(?=[A-Z])");
    /** "Comprehensive Nuclear-Test-Ban Treaty Organization": an instrument word that names a body is no treaty. */
    private static final Pattern BODY_AFTER = Pattern.compile("^\\s+(?:Organization|Organisation|Commission|Committee|"
            + "Secretariat|Body|Bodies|Council|Office|Monitoring|Event|Conference|Series|Section|Division|Branch|"
            + "Unit|Secretary|Parties)\\b");
    private static final Pattern LOOSE_END = Pattern.compile("\\s+(?:by|of|for|to|on|in)\\s+(?:the\\s+)?(?:States?|Parties|"
            + "Party|Members?|Governments?)(?:\\s+Parties)?$");

    private TreatyFinder() {
    }

    static void find(String s, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        Matcher t = TYPE.matcher(s);
        int from = 0;
        Mention previous = null;
        while (Anchored.find(t, s, from, i -> TYPE_WORDS.at(s, i))) {
            Mention m = at(s, t.start(), t.end(), previous, found);
            from = t.end();
            if (m != null) {
                previous = m;
                for (Mention f : found) {
                    from = Math.max(from, f.end());
                }
            }
        }
        out.addAll(byTable(s, found));
    }

    /** How far past a found name the table may read: to the end of the clause, within a long title's length. */
    private static final int TABLE_REACH = 320;
    private static final Pattern WORD_END = Pattern.compile("[\\p{L}\\p{N})](?=[\\s,;.:)]|$)");
    private static final Pattern BRACKETED = Pattern.compile("^\\s*\\((?:the\\s+)?([^()]{3,80})\\)");

    /**
     * Names the table knows win over what the capitals say: "Relationship Agreement between the United Nations and
     * the International Criminal Court" goes on past "and the", "Optional Protocol to the Convention on the Rights of
     * the Child on the involvement of children in armed conflict" in lower case. Another name of the same treaty in
     * brackets right after it ("(Treaty of Tlatelolco)") is part of the mention, not a second one.
     */
    private static List<Mention> byTable(String s, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        List<Mention> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Mention::start));
        int covered = -1;
        String coveredBy = null;
        for (Mention m : sorted) {
            if (m.start() < covered && (TABLE.lookup(m.target()) == null || m.target().equals(coveredBy))) {
                continue; // a piece of a longer name the table read; a treaty named inside it ("supplementing the
                          // United Nations Convention against Transnational Organized Crime") stays
            }
            if (m.start() < covered) {
                out.add(m);
                continue;
            }
            int limit = Math.min(s.length(), m.start() + TABLE_REACH);
            int stop = s.indexOf(';', m.start());
            limit = stop >= 0 ? Math.min(limit, stop) : limit;
            NameTable.Row best = null;
            int bestEnd = m.end();
            Matcher w = WORD_END.matcher(s).region(m.end(), limit);
            List<Integer> ends = new ArrayList<>();
            while (w.find()) {
                ends.add(w.end());
            }
            NameTable.Found longest = TABLE.longestAt(s, m.start(), ends);
            if (longest != null) {
                best = longest.row();
                bestEnd = longest.end();
            }
            if (best != null) {
                LocalDate date = m.date() != null ? m.date() : best.extra(0) != null ? LocalDate.parse(best.extra(0)) : null;
                List<String> alts = new ArrayList<>(best.altNames());
                m = Mention.of(CitationKind.TREATY, m.start(), bestEnd, best.name()).withDate(date).withAltNames(alts)
                        .withMarks(m.marks());
            }
            NameTable.Row own = TABLE.lookup(m.target());
            Matcher b = Anchored.at(BRACKETED, s, m.end());
            if (own != null && b.lookingAt() && TABLE.lookup(b.group(1)) == own) {
                m = m.withSpan(m.start(), b.end());
            }
            covered = m.end();
            coveredBy = m.target();
            out.add(m);
        }
        return out;
    }

    /** Reads one treaty name around the instrument word at {@code [ts, te)}; adds it and any nested one. */
    private static Mention at(String s, int ts, int te, Mention previous, List<Mention> out) {
        int start = leftEdge(s, ts);
        int end = rightEdge(s, te);
        String name = NameTable.written(s.substring(start, end));
        String type = s.substring(ts, te);
        boolean plural = type.endsWith("s") && !type.equals("Charter");
        // what follows the name is matched where it stands, not copied: a passage can name hundreds of treaties
        if (Anchored.at(BODY_AFTER, s, te).lookingAt()) {
            return null; // "United Nations, Treaty Series", "Treaty Organization": not a treaty
        }
        Matcher loose = LOOSE_END.matcher(s.substring(start, end));
        if (loose.find()) {
            end = start + loose.start();
        }
        if (start == ts && end == te && !type.equals("Charter")) {
            return null; // "the Convention": an anaphor, not a name
        }
        if (type.equals("Charter") && start == ts && end == te) {
            if (!s.substring(Math.max(0, ts - 4), ts).equals("the ")) {
                return null;
            }
            name = "the Charter";
        }
        LocalDate date = null;
        int spanEnd = end;
        Matcher d = Anchored.at(DATE_AFTER, s, end);
        // "Agreement … of the United Nations Convention on the Law of the Sea of 10 December 1982": the date is the
        // nested instrument's
        boolean nested = TYPE.matcher(s.substring(te, end)).find();
        if (d.lookingAt()) {
            date = nested ? null : UnDates.of(d, 0);
            spanEnd = d.end();
        }
        List<String> alts = new ArrayList<>();
        Mention parent = null;
        Matcher sup = Anchored.at(SUPPLEMENTING, s, spanEnd);
        int marksFrom = spanEnd;
        if (sup.lookingAt()) {
            int ps = sup.end();
            Matcher pt = TYPE.matcher(s);
            if (pt.find(ps) && pt.start() - ps < 80) {
                Mention p = at(s, pt.start(), pt.end(), null, out);
                if (p != null && p.start() == ps) {
                    // the marks after the supplemented convention are the protocol's
                    out.set(out.indexOf(p), p.withMarks(List.of()));
                    marksFrom = p.end();
                }
            }
        }
        Matcher th = Anchored.at(THERETO, s, spanEnd);
        Matcher tp = Anchored.at(TO_PARENT, s, spanEnd);
        if (th.lookingAt() && previous != null) {
            name = name + " to the " + previous.target();
            for (String a : previous.altNames()) {
                alts.add(s.substring(start, end).replaceAll("\\s+", " ") + " to the " + a);
            }
            spanEnd = th.end();
        } else if (tp.lookingAt() && date != null) {
            int ps = tp.end();
            Matcher pt = TYPE.matcher(s);
            if (pt.find(ps) && pt.start() - ps < 80) {
                parent = at(s, pt.start(), pt.end(), null, out);
                if (parent != null && parent.start() == ps) {
                    String head = name;
                    name = head + " to the " + parent.target();
                    for (String a : parent.altNames()) {
                        alts.add(head + " to the " + a);
                    }
                    spanEnd = parent.end();
                }
            }
        }
        NameTable.Row row = TABLE.lookup(name);
        if (row == null && (NUMBERED_ONLY.matcher(name).matches() || QUALIFIER_ONLY.matcher(name).matches())) {
            return null; // "Protocol V" names a protocol of whatever convention the paragraph is about
        }
        if (plural && row == null && !name.matches("(?:Geneva Conventions|Additional Protocols).*")) {
            return null; // "the universal Conventions and Protocols": a class of instruments, not one
        }
        if (row == null && name.endsWith(" Geneva Conventions of 12 August 1949")) {
            row = TABLE.lookup(name.replace(" of 12 August 1949", ""));
        }
        String canonical = row != null ? row.name() : name;
        if (row != null) {
            alts.addAll(row.altNames());
            if (!name.equalsIgnoreCase(canonical) && !name.equals("the Charter")) {
                alts.add(name);
            }
            if (date == null && row.extra(0) != null) {
                date = LocalDate.parse(row.extra(0));
            }
        }
        Matcher mk = Anchored.at(MARKS_AFTER, s, Math.max(spanEnd, marksFrom));
        List<String> marks = new ArrayList<>();
        if (mk.lookingAt()) {
            Matcher n = FootnoteMark.PATTERN.matcher(mk.group(1));
            while (n.find()) {
                marks.add(n.group(1));
            }
        }
        Set<String> uniqueAlts = new LinkedHashSet<>(alts);
        uniqueAlts.remove(canonical);
        Mention m = Mention.of(CitationKind.TREATY, start, spanEnd, canonical).withDate(date)
                .withAltNames(List.copyOf(uniqueAlts)).withMarks(marks);
        out.add(m);
        return m;
    }

    private static final Pattern LEFT_WORD = Pattern.compile("([A-Z][\\p{L}\\-\u2019']*|II|III)\\s+$");
    private static final Pattern LEFT_OF = Pattern.compile("([A-Z][\\p{L}\\-\u2019']*)\\s+of\\s+$");
    private static final Pattern STOP_LEFT = Pattern.compile("[A-Z][a-z]+ing|The|A|An|And|This|That|These|Those|Such|Each|"
            + "Any|Its|Their|Our|Said|Welcomes|Calls|Urges|Invites|"
            + "Decides|Requests|Also|Further|Convinced|Concerned|Aware|Mindful|Guided|Article|Articles|Section|"
            + "Parties|Party|Member|Annex|Guide|Under|In|Of|To|By");
    private static final Pattern NEW_INSTRUMENT = Pattern.compile("(?:,|\\s(?:and|or))\\s+(?:(?:to|of|on)\\s+the\\s+|the\\s+)?"
            + "(?:[A-Z][\\p{L}\\-\u2019']*\\s+){0,6}(?:Conventions?|Covenants?|Protocols?|Statute|Treaty|Agreement|"
            + "Charter)\\b");

    /**
     * Capitalized words before the instrument word belong to the name ("Optional", "Rome", "United Nations"), and so
     * does an organization's name joined by "of" ("Council of Europe Convention").
     */
    private static int leftEdge(String s, int ts) {
        int start = ts;
        for (int guard = 0; guard < 8; guard++) {
            Matcher w = LEFT_WORD.matcher(s.substring(Math.max(0, start - 40), start));
            if (w.find() && !STOP_LEFT.matcher(w.group(1)).matches()) {
                start = start - (w.end() - w.start());
                continue;
            }
            Matcher of = LEFT_OF.matcher(s.substring(Math.max(0, start - 40), start));
            if (start < ts && of.find() && !STOP_LEFT.matcher(of.group(1)).matches()) {
                start = start - (of.end() - of.start());
                continue;
            }
            break;
        }
        return start;
    }

    /** The title after the instrument word: capitalized words joined by small words, ending on a capital. */
    private static int rightEdge(String s, int te) {
        int end = te;
        int pos = te;
        Matcher w = WORD.matcher(s);
        while (pos < s.length() && w.find(pos) && w.start() == pos) {
            String comma = w.group(1);
            String word = w.group(2);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (comma != null && !capital) {
                break;
            }
            if (capital) {
                end = w.end();
            } else if (!CONNECTORS.contains(word)) {
                break;
            }
            pos = w.end();
        }
        // "… Rights and the International Covenant on …": a conjunction before another instrument ends this one
        Matcher n = NEW_INSTRUMENT.matcher(s.substring(te, end));
        if (n.find()) {
            end = te + n.start();
        }
        Matcher stop = TAIL_STOP.matcher(s.substring(te, end));
        if (stop.find()) {
            end = te + stop.start();
            Matcher dangling = TRAILING_CONNECTORS.matcher(s.substring(te, end));
            if (dangling.find()) {
                end = te + dangling.start();
            }
        }
        return end;
    }
}
