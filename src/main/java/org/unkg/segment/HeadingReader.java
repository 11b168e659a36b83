package org.unkg.segment;

import org.unkg.grammar.ResolutionNumbers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.MeetingFormulas;
import org.unkg.grammar.OrdinalWords;
import org.unkg.model.Identity;
import org.unkg.model.Organ;
import org.unkg.model.Vote;
import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.Ordinals;
import org.unkg.normalize.UnDates;

/**
 * Reads what a resolution's heading and closing lines state about it: symbol, session, agenda item, committee and
 * report or draft, adoption date, title, meeting, vote. States only what is written; inference is the resolve
 * stage's work.
 */
final class HeadingReader {
    private static final String DATE = UnDates.SOURCE;
    static final String GA_NUMBER = ResolutionNumbers.ASSEMBLY_NUMBER;
    private static final Pattern TITLE = Pattern.compile("^\\s*(" + GA_NUMBER + ")\\s*\\.\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern DISTR = Pattern.compile("Distr\\.?\\s*:\\s*[A-Za-z]+\\s+" + DATE);
    private static final Pattern SESSION = Pattern.compile("(" + Ordinals.WORD + "|\\d+" + OrdinalWords.standard()
            .suffix() + ")\\s+((?:emergency\\s+)?special\\s+)?session", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENDA = Pattern.compile("Agenda\\s+items?\\s+(\\d+(?:\\s*\\([a-z]\\))?"
            + "(?:(?:\\s*,\\s*|\\s+and\\s+)\\d+(?:\\s*\\([a-z]\\))?)*)");
    private static final Pattern GA_ADOPTED = Pattern.compile("Resolution\\s+adopted\\s+by\\s+the\\s+General\\s+"
            + "Assembly\\s+on\\s+" + DATE);
    private static final Pattern COMMITTEE = Pattern.compile("\\[\\s*on\\s+the\\s+reports?\\s+of\\s+the\\s+(.+?)\\s*"
            + "\\(\\s*((?:A|E)/[A-Z0-9./\\-]+?(?:/Add\\.\\d+)?)\\s*[,)]");
    private static final Pattern DRAFT = Pattern.compile("\\[\\s*without\\s+reference\\s+to\\s+a\\s+Main\\s+Committee"
            + "\\s*\\(\\s*(A/[A-Z0-9./\\-]+?)\\s*[,)\\s]");
    private static final Pattern SC_OLD = Pattern.compile("^\\s*(\\d{1,4})\\s*\\((\\d{4})\\)\\s*\\.?\\s*Resolutions?\\s+"
            + "of\\s+" + DATE);
    private static final Pattern SC_NEW = Pattern.compile("(?i:resolution)\\s+(\\d{1,4})\\s*\\((\\d{3}-?\\d)\\)");
    private static final Pattern SC_NEW_LINE = Pattern.compile("^\\s*" + SC_NEW.pattern());
    private static final Pattern SC_NUMBER = Pattern.compile("(\\d+) \\((\\d{4})\\)");
    /** "Resolution 290 / of 8 December 1970": the year in brackets lost, the date gives it. */
    private static final Pattern SC_NO_YEAR = Pattern.compile("^\\s*(?i:resolution)\\s+(\\d{1,4})\\s*$");
    private static final Pattern SC_NEW_DATE = Pattern.compile("^\\s*(?:(?:of|adopted\\s+on)\\s+)?" + DATE);
    private static final Pattern SC_ADOPTED_AT = Pattern.compile("Adopted\\s+by\\s+the\\s+Security\\s+(?:Council\\s+)?at\\s+"
            + "_?\\s*its\\s+(\\d+)(?:st|nd|rd|th|d)?[_.,']?\\s+meeting,?\\s+[Oo]n\\s+" + DATE);
    private static final Pattern SC_ADOPTED_AT_LENIENT = Pattern.compile("Adopted\\s+by\\s+the\\s+Security\\s+"
            + "(?:Council\\s+)?at\\s+_?\\s*its\\s+(\\d+)(?:st|nd|rd|th|d)?[_.,']?\\s+meeting,?\\s*(?:[Oo]n\\s+(\\S+\\s+\\S+(?:\\s+\\S+)?))?");
    private static final Pattern SC_SYMBOL = Pattern.compile("^\\s*S/RES/(\\d{1,4})\\s*\\((\\d{4})\\)\\s*$");
    /** The draft's symbol in brackets, on a line of its own or ending the heading's line ("… of 27 October 1953 [S/3128]"). */
    private static final Pattern BRACKET_DOC = Pattern.compile("^(?:.*\\s)?\\[\\s*(S/\\d+[^\\]]*?)\\s*\\]\\s*$");
    private static final MeetingFormulas MEETINGS = MeetingFormulas.standard();
    private static final String SUFFIX = OrdinalWords.standard().suffix();
    private static final Pattern SC_CLOSING_BY = Pattern.compile("(?:" + MEETINGS.part("adopted")
            + ")\\s+by\\s+(\\w+)\\s+votes?\\s+to\\s+(\\w+)(?:[^.]*?with\\s+(\\w+)\\s+abstentions?)?[^.]*?at\\s+the\\s+(\\d+)\\s*"
            + SUFFIX + "?\\s+(?:" + MEETINGS.part("meeting") + ")");
    private static final Pattern VOTE = Pattern.compile("by\\s+(\\w+)\\s+votes?\\s+to\\s+(\\w+)(?:\\s*\\)?\\s*,?\\s*"
            + "(?:with|and)\\s+(\\w+)\\s+abstentions?)?");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("none", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("no", 0));

    private HeadingReader() {
    }

    /** Reads the heading; {@code lines} are the heading's lines as strings, marks included. */
    static void heading(List<String> lines, String trailerSymbol, Identity.Builder id) {
        String joined = FootnoteMark.strip(String.join("\n", lines));
        String flat = joined.replaceAll("\\s+", " ");
        for (int i = 0; i < Math.min(lines.size(), 14); i++) {
            // a reissued document's symbol carries an asterisk: A/RES/78/68*
            String l = FootnoteMark.strip(lines.get(i)).strip().replaceFirst("\\*$", "");
            Matcher sc = SC_SYMBOL.matcher(l);
            if (sc.matches()) {
                id.organ(Organ.SECURITY_COUNCIL).number(sc.group(1) + " (" + sc.group(2) + ")");
                id.symbol("S/RES/" + sc.group(1) + " (" + sc.group(2) + ")");
                break;
            }
            if (l.startsWith("A/RES/") && l.length() < 30 && !l.contains(" ")) {
                id.organ(Organ.GENERAL_ASSEMBLY).symbol(l).number(l.substring("A/RES/".length()));
                break;
            }
        }
        if (id.organ() == null && trailerSymbol != null && trailerSymbol.startsWith("A/RES/")) {
            id.organ(Organ.GENERAL_ASSEMBLY).symbol(trailerSymbol).number(trailerSymbol.substring(6));
        }
        Matcher m;
        if ((m = DISTR.matcher(flat)).find()) {
            id.distributed(UnDates.of(m, 0));
        }
        if ((m = SESSION.matcher(flat)).find()) {
            Integer n = Ordinals.parse(m.group(1));
            if (n != null && m.group(2) == null) {
                id.session(n);
            }
        }
        if ((m = AGENDA.matcher(flat)).find()) {
            id.agendaItem(m.group(1).replaceAll("\\s+", " ").replaceAll("(\\d)\\(", "$1 ("));
        }
        if ((m = GA_ADOPTED.matcher(flat)).find()) {
            id.organ(Organ.GENERAL_ASSEMBLY).adopted(UnDates.of(m, 0));
        }
        if ((m = COMMITTEE.matcher(flat)).find()) {
            id.mainCommittee(m.group(1).strip()).committeeReport(m.group(2));
        }
        if ((m = DRAFT.matcher(flat + " ")).find()) {
            id.draft(m.group(1));
        }
        title(lines, id);
        securityCouncil(lines, flat, id);
    }

    /** Fills what the heading left unknown from a masthead printed elsewhere (an ODS trailer repeats it). */
    static void masthead(List<String> lines, Identity.Builder id) {
        if (lines.isEmpty()) {
            return;
        }
        String flat = FootnoteMark.strip(String.join(" ", lines)).replaceAll("\\s+", " ");
        Identity probe = id.build();
        Matcher m;
        if (probe.distributed() == null && (m = DISTR.matcher(flat)).find()) {
            id.distributed(UnDates.of(m, 0));
        }
        if (probe.session() == null && (m = SESSION.matcher(flat)).find() && m.group(2) == null) {
            id.session(Ordinals.parse(m.group(1)));
        }
        if (probe.agendaItem() == null && (m = AGENDA.matcher(flat)).find()) {
            id.agendaItem(m.group(1).replaceAll("\\s+", " ").replaceAll("(\\d)\\(", "$1 ("));
        }
    }

    /** The {@code 53/97. Title} line and the lines that continue it up to a blank line. */
    private static void title(List<String> lines, Identity.Builder id) {
        for (int i = 0; i < lines.size(); i++) {
            String l = FootnoteMark.strip(lines.get(i));
            Matcher t = TITLE.matcher(l);
            if (!t.matches() || l.contains("Resolution of")) {
                continue;
            }
            StringBuilder title = new StringBuilder(t.group(2).strip());
            for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                title.append(' ').append(FootnoteMark.strip(lines.get(j)).strip());
            }
            String number = t.group(1).replaceAll("\\s+", " ").replaceAll("(\\d)\\(", "$1 (")
                    .replaceAll("(\\d)([A-Z])\\b", "$1 $2");
            if (id.organ() == null || id.organ() == Organ.GENERAL_ASSEMBLY) {
                id.organ(Organ.GENERAL_ASSEMBLY);
                if (id.number() == null) {
                    id.number(number);
                }
                id.title(title.toString().replaceAll("\\s+", " ").strip());
            }
            return;
        }
    }

    private static void securityCouncil(List<String> lines, String flat, Identity.Builder id) {
        Matcher m;
        // every heading line, the last match winning: in the printed volumes the text before a resolution's
        // heading may end the previous item ("At its 3254th meeting, … Resolution 851 (1993) / of 15 July 1993")
        for (int i = 0; i < lines.size(); i++) {
            String l = FootnoteMark.strip(lines.get(i));
            if ((m = SC_OLD.matcher(l)).find()) {
                id.organ(Organ.SECURITY_COUNCIL).number(m.group(1) + " (" + m.group(2) + ")").adopted(UnDates.of(m, 2));
            } else if (id.organ() != Organ.GENERAL_ASSEMBLY && (m = SC_NEW.matcher(l)).lookingAt()
                    || (m = SC_NEW_LINE.matcher(l)).find()) {
                if (id.number() == null || id.organ() == Organ.SECURITY_COUNCIL) {
                    id.organ(Organ.SECURITY_COUNCIL).number(m.group(1) + " (" + m.group(2).replace("-", "") + ")");
                    StringBuilder next = new StringBuilder(l.substring(m.end()));
                    for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                        next.append(' ').append(lines.get(j));
                    }
                    String after = next.toString();
                    Matcher d = SC_NEW_DATE.matcher(after.strip().isEmpty() ? "" : " " + after.strip());
                    if (d.find()) {
                        id.adopted(UnDates.of(d, 0));
                    } else {
                        // OCR'd volumes: accept a garbled date only when its year is the number's
                        LocalDate lenient = UnDates.parseLenient(after.strip().replaceFirst("^of\\s+", ""));
                        if (lenient != null && (id.number().endsWith("(" + lenient.getYear() + ")")
                                || !id.number().contains("("))) {
                            id.adopted(lenient);
                        }
                    }
                }
            }
            if ((m = SC_NO_YEAR.matcher(l)).matches() && id.number() == null && i + 1 < lines.size()) {
                Matcher d = SC_NEW_DATE.matcher(" " + lines.get(i + 1).strip());
                if (d.find() && UnDates.of(d, 0) != null) {
                    LocalDate date = UnDates.of(d, 0);
                    id.organ(Organ.SECURITY_COUNCIL).number(m.group(1) + " (" + date.getYear() + ")").adopted(date);
                }
            }
            if ((m = BRACKET_DOC.matcher(l)).matches() && id.organ() == Organ.SECURITY_COUNCIL) {
                id.draft(m.group(1).replaceAll("\\s+", ""));
            }
        }
        if ((m = SC_ADOPTED_AT.matcher(flat)).find()) {
            id.organ(Organ.SECURITY_COUNCIL).meeting(Integer.parseInt(m.group(1))).adopted(UnDates.of(m, 1));
        } else if ((m = SC_ADOPTED_AT_LENIENT.matcher(flat)).find() && id.organ() == Organ.SECURITY_COUNCIL) {
            id.meeting(Integer.parseInt(m.group(1)));
            LocalDate d = m.group(2) == null ? null : UnDates.parseLenient(m.group(2));
            if (d != null && id.number() != null && id.number().endsWith("(" + d.getYear() + ")")) {
                id.adopted(d);
            }
        }
        // a Council resolution's year is its adoption year; where OCR broke the one, the other stands
        Identity probe = id.build();
        if (probe.organ() == Organ.SECURITY_COUNCIL && probe.number() != null && probe.adopted() != null) {
            Matcher n = SC_NUMBER.matcher(probe.number());
            if (n.matches() && Integer.parseInt(n.group(2)) != probe.adopted().getYear()
                    && Math.abs(Integer.parseInt(n.group(2)) - probe.adopted().getYear()) < 10) {
                id.number(n.group(1) + " (" + probe.adopted().getYear() + ")").symbol(null);
            }
        }
    }

    /** Reads the closing lines: plenary meeting and date, or the Security Council's "Adopted …" sentence. */
    static void closing(String text, Identity.Builder id) {
        String flat = FootnoteMark.strip(text).replaceAll("\\s+", " ");
        Matcher m;
        if ((m = MEETINGS.plenary().matcher(flat)).find()) {
            id.plenaryMeeting(Integer.parseInt(m.group("meeting")));
            if (id.organ() == null) {
                id.organ(Organ.GENERAL_ASSEMBLY);
            }
            LocalDate d = UnDates.parse(flat.substring(m.end()));
            if (d != null && id.adopted() == null) {
                id.adopted(d);
            }
            return;
        }
        if ((m = MEETINGS.council().matcher(flat)).find()) {
            id.meeting(MeetingFormulas.number(m.group("meeting")));
            if (MEETINGS.unanimous(m.group("manner"))) {
                id.vote(Vote.unanimously());
            } else {
                vote(flat.substring(m.end()), id);
            }
        } else if ((m = SC_CLOSING_BY.matcher(flat)).find()) {
            id.meeting(Integer.parseInt(m.group(4)));
            Integer f = number(m.group(1));
            Integer a = number(m.group(2));
            Integer ab = m.group(3) == null ? Integer.valueOf(0) : number(m.group(3));
            if (f != null && a != null) {
                id.vote(new Vote(f, a, ab, false));
            }
        }
    }

    private static void vote(String s, Identity.Builder id) {
        Matcher v = VOTE.matcher(s);
        if (v.find() && v.start() < 12) {
            Integer f = number(v.group(1));
            Integer a = number(v.group(2));
            Integer ab = v.group(3) == null ? Integer.valueOf(0) : number(v.group(3));
            if (f != null && a != null) {
                id.vote(new Vote(f, a, ab, false));
            }
        }
    }

    private static Integer number(String w) {
        if (w == null) {
            return null;
        }
        if (w.matches("\\d+")) {
            return Integer.parseInt(w);
        }
        return NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
    }
}
