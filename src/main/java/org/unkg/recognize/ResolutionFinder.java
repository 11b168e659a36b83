package org.unkg.recognize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.grammar.Anchored;
import org.unkg.grammar.ResolutionNumbers;
import org.unkg.model.CitationKind;
import org.unkg.normalize.FootnoteMark;
import org.unkg.normalize.UnDates;

/**
 * Finds resolutions and decisions cited by number: {@code its resolution 46/182 of 19 December 1991},
 * {@code resolutions 58/136 and 58/140 of 22 December 2003}, {@code Security Council resolutions 1267 (1999),
 * 1333 (2000) and 1390 (2002)}, {@code paragraphs 9 and 12 of resolution 42/154}, {@code Human Rights Council
 * resolution 5/1}, {@code decision 55/488}. The organ is taken from the words before the keyword and from the
 * number's own form; "its" is left for the resolve stage.
 */
final class ResolutionFinder {
    private static final String MARKS = FootnoteMark.OPTIONAL;
    private static final Pattern HEAD = Pattern.compile("\\b([Rr]esolutions?|[Dd]ecisions?|RESOLUTIONS?)"
            + "(?:\\s+(?:Nos?\\.|numbers?))?\\s+(" + ResolutionNumbers.NUMBER + ")(" + ResolutionNumbers.MORE_PARTS + ")");
    /** What every {@link #HEAD} match starts with. */
    private static final Anchored.Openings HEAD_WORDS = new Anchored.Openings(List.of(
            "Resolution", "resolution", "Decision", "decision",
            "RESOLUTION"));
    private static final Pattern ITEM_TAIL = Pattern.compile("^(" + MARKS + ")(?:\\s*,?\\s+(?:adopted\\s+)?(?:of|on)\\s+"
            + UnDates.SOURCE + ")?(" + MARKS + ")");
    /** "187 (1964) of 13 March": the Council's numbers carry the year the date leaves out. */
    private static final Pattern DAY_MONTH = Pattern.compile("^\\s*,?\\s+of\\s+(\\d{1,2})\\s+(" + UnDates.MONTH
            + ")(?![\\s,]*\\d)");
    /** What separates two items of a list: a comma or semicolon (a footnote mark may follow it), "and", "as well as". */
    private static final String SEPARATOR = "(?:\\s*[,;]" + MARKS + "\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?|\\s+and\\s+|"
            + "\\s+as\\s+well\\s+as\\s+)";
    private static final Pattern NEXT = Pattern.compile("^" + SEPARATOR + "(" + ResolutionNumbers.NUMBER + ")("
            + ResolutionNumbers.MORE_PARTS + ")");
    /**
     * Where an item of a list says which part of the resolution it means: {@code 52/214, sect. B}, {@code 45/248 B,
     * section VI,}, {@code 58/101 B, sect. V, paras. 61–76}, {@code 70/1, annex}.
     */
    private static final Pattern QUALIFIER = Pattern.compile("^(?:\\s*,?\\s*(?:sect\\.|sects\\.|sections?|paras?\\.|"
            + "paragraphs?|parts?|chap\\.|chapters?|annex(?:es)?|article|arts?\\.)(?:\\s+(?:[IVXLC]+|\\d+|[A-Z])"
            + "(?:\\.[A-Z0-9]+)*(?:\\s*(?:\\([a-z]{1,4}\\)))?(?:(?:\\s*[-\u2013]\\s*|\\s+(?:and|to)\\s+|\\s*,\\s*(?=[IVXLC\\d]+\\b(?!/)))"
            + "(?:[IVXLC]+|\\d+|[A-Z])\\b)*)?" + MARKS + ")+");
    /**
     * What may stand between two numbers of a list besides dates: the subject of the resolution ({@code 73/285 of
     * 2 April 2019 on combating terrorism …, 75/258}), its title ({@code entitled “The future we want”, and 68/223}),
     * what it did ({@code 67/215 of 21 December 2012, in which it decided …, and 69/312}), what its annex holds
     * ({@code 62/68 of 6 December 2007, the annex to which contains the text of the articles …, as well as 65/28}),
     * what it proclaimed ({@code 76/254 of 15 March 2022 proclaiming 15 March the International Day …, 77/243}).
     * Never another keyword
     * ("resolution", "decision"), never past the end of a sentence; a quoted title may hold anything but its quote.
     */
    private static final Pattern SUBJECT_OPENS = Pattern.compile("\\s*,?" + MARKS + "\\s+(?:on|of|entitled|concerning|relating\\s+"
            + "to|pertaining\\s+to|regarding|in\\s+which|by\\s+which|which|whereby|containing|through\\s+which|"
            + "(?:the\\s+annex(?:es)?\\s+)?to\\s+which|proclaiming|declaring|designating|establishing)\\s");
    private static final Pattern KEYWORD_AT = Pattern.compile("(?<![\\w-])(?:[Rr]esolutions?|[Dd]ecisions?)\\b");
    private static final Pattern NEXT_AT = Pattern.compile(SEPARATOR + "(?:" + ResolutionNumbers.NUMBER + ")");
    private static final int SUBJECT_REACH = 400;
    private static final Pattern ITS = Pattern.compile("\\b(?:its|their)\\s+(?:own\\s+|earlier\\s+|previous\\s+|"
            + "relevant\\s+|subsequent\\s+|recent\\s+)*$");
    /** Up to eight capitalized words, small joining words between them: how an organ is named ("Human Rights Council"). */
    private static final String NAME_WORDS = "(?:[A-Z][\\w\\-\u2019']*\\s+(?:(?:and|of|on|for|the|to|in)\\s+)*){0,7}";
    private static final Pattern ORGAN_BEFORE = Pattern.compile("(" + NAME_WORDS + "[A-Z][\\w\\-]*?)(?:\u2019s|'s)?\\s+$");
    /** "… Council in its resolution", "… Council, through its resolution". */
    private static final Pattern NAMED_ITS = Pattern.compile("(" + NAME_WORDS + "[A-Z][\\w\\-]*)\\s*,?\\s+(?:in|by|through|under|with)\\s+(?:its|their)\\s+(?:own\\s+|earlier\\s+|"
            + "previous\\s+|relevant\\s+|subsequent\\s+|recent\\s+)*$");
    /** An organ's name before "resolutions" or "decisions" (group 1), and the keyword (group 2). */
    private static final Pattern ORGAN_KEYWORD = Pattern.compile("(" + NAME_WORDS + "[A-Z][\\w\\-]*?)(?:\u2019s|'s)?\\s+([Rr]esolutions?|[Dd]ecisions?)\\b");
    /** "… of the United Nations Environment Assembly" after a number (group 1: the organ's words). */
    private static final Pattern ORGAN_AFTER = Pattern.compile("\\s*,?\\s+(?:of|adopted\\s+by)\\s+the\\s+(" + NAME_WORDS
            + "[A-Z][\\w\\-]*)");
    /** "Resolutions … of the Human Rights Council" (group 1: the organ's words). */
    private static final Pattern KEYWORD_ORGAN = Pattern.compile("\\b(?:[Rr]esolutions|[Dd]ecisions)(?:\\s+and\\s+"
            + "(?:resolutions|decisions))?\\s+(?:adopted\\s+by|of)\\s+the\\s+(" + NAME_WORDS + "[A-Z][\\w\\-]*)");
    /** The Assembly and the Council named together: each number of the list is the organ's its form says. */
    private static final Pattern BOTH_MAIN_ORGANS = Pattern.compile("\\b(?:General\\s+)?Assembly\\s+and\\s+(?:the\\s+)?"
            + "Security\\s+Council$|\\bSecurity\\s+Council\\s+and\\s+(?:the\\s+)?General\\s+Assembly$");
    /** Words that hand a list over to another organ. */
    private static final Pattern FOREIGN = Pattern.compile("\\b(?:its|their|General\\s+Assembly|Assembly|Security\\s+Council|"
            + "[A-Z][a-z]+\\s+(?:Council|Commission|Conference|Board|Committee)\\b|"
            + ",\\s+(?:and\\s+)?(?!including\\b)[a-z]+ing\\b)");
    /** The last word of a body with resolutions of its own (the grammar's {@code body-heads.tsv}). */
    private static final Pattern ORGAN_HEAD = Pattern.compile("(?:" + org.unkg.grammar.BodyHeads.adopting() + ")$");
    private static final Pattern PARAGRAPHS = Pattern.compile("\\b(?:sub)?paragraphs?\\s+(\\d+(?:\\s*\\([a-z]{1,4}\\))?"
            + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+to\\s+|\\s*-\\s*|\\s*\u2013\\s*)\\d+(?:\\s*\\([a-z]{1,4}\\))?)*)\\s+of\\s+"
            + "(?:(?:its|the|General\\s+Assembly|Security\\s+Council|Assembly|Council)\\s+)*$");
    private static final Pattern PARAGRAPH_ITEM = Pattern.compile("(\\d+)(\\s*\\([a-z]{1,4}\\))?((?:\\s+to\\s+|\\s*[-\u2013]\\s*)(\\d+))?");
    private static final Pattern COUNCIL_NAMED = Pattern.compile("(Human\\s+Rights|Economic\\s+and\\s+Social|Security|"
            + "Trusteeship)\\s+Council");

    private ResolutionFinder() {
    }

    static void find(String s, List<Mention> out) {
        Matcher h = HEAD.matcher(s);
        int from = 0;
        while (from < s.length() && Anchored.find(h, s, from, i -> HEAD_WORDS.at(s, i))) {
            boolean decision = h.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("decision");
            String pre = s.substring(Math.max(0, h.start() - 160), h.start());
            String organ = organ(pre, s, h.start());
            int spanStart = h.start(1);
            List<String> paragraphs = List.of();
            Matcher p = PARAGRAPHS.matcher(pre);
            if (p.find()) {
                paragraphs = expand(p.group(1));
                spanStart = h.start() - (pre.length() - p.start());
            }
            List<Mention> list = new ArrayList<>();
            List<Boolean> andBefore = new ArrayList<>();
            boolean joinedByAnd = false;
            int itemStart = h.start(2);
            String number = h.group(2);
            String parts = h.group(3);
            int end = h.end(3);
            while (true) {
                Matcher t = Anchored.at(ITEM_TAIL, s, end);
                t.lookingAt();
                if (!hasDate(t)) {
                    // "45/248 B, section VI, of 21 December 1990": the part of the resolution before its date
                    Matcher before = Anchored.at(QUALIFIER, s, end);
                    if (before.lookingAt()) {
                        Matcher dated = Anchored.at(ITEM_TAIL, s, before.end());
                        if (dated.lookingAt() && hasDate(dated) && UnDates.of(dated, 1) != null) {
                            t = dated;
                            end = before.end();
                        }
                    }
                }
                java.time.LocalDate date = hasDate(t) ? UnDates.of(t, 1) : null;
                int itemEnd = date != null ? t.start(8) : end;
                List<String> marks = marks(t.group(1) + (t.group(8) == null ? "" : t.group(8)));
                int next = t.end();
                List<String> numbers = ResolutionNumbers.parts(number, parts);
                String norm = numbers.get(0);
                if (date == null && ResolutionNumbers.isSecurityCouncil(norm)) {
                    Matcher dm = Anchored.at(DAY_MONTH, s, end);
                    if (dm.lookingAt()) {
                        date = UnDates.parse(dm.group(1) + " " + dm.group(2) + " " + ResolutionNumbers.scYear(norm));
                        itemEnd = dm.end();
                        next = itemEnd;
                    }
                }
                String itemOrgan = organ == null ? organAfter(s, next) : organ;
                boolean firstPart = true;
                for (String part : numbers) {
                    Mention m = Mention.of(kindOf(part, itemOrgan, decision), list.isEmpty() ? spanStart : itemStart,
                            itemEnd, part).withOrgan(itemOrgan).withDate(date).withMarks(marks)
                            .withParagraphs(list.isEmpty() ? paragraphs : List.of());
                    andBefore.add(firstPart && joinedByAnd);
                    firstPart = false;
                    list.add(m);
                }
                int after = next;
                Matcher q = Anchored.at(QUALIFIER, s, after);
                if (q.lookingAt()) {
                    after = q.end();
                }
                Matcher n = Anchored.at(NEXT, s, after);
                if (!n.lookingAt()) {
                    int subject = subjectEnd(s, after);
                    if (subject > 0) {
                        after = subject;
                        n = Anchored.at(NEXT, s, after);
                    }
                    if (!n.lookingAt()) {
                        from = next;
                        break;
                    }
                }
                joinedByAnd = after == next && n.group().matches("(?s)\\s+and\\s.*");
                itemStart = n.start(1);
                number = n.group(1);
                parts = n.group(2);
                end = n.end(2);
            }
            out.addAll(shareDates(list, andBefore));
        }
    }

    /** A list item's tail that holds a date ("of 15 December 1980", "adopted on …"). */
    private static boolean hasDate(Matcher tail) {
        return tail.group(2) != null || tail.group(5) != null;
    }

    /**
     * Where the subject that follows an item of a list ends, just before the separator of the list's next number, or
     * -1. What may stand between two numbers of a list besides dates: the subject of the resolution ({@code 73/285
     * of 2 April 2019 on combating terrorism …, 75/258}), its title ({@code entitled “The future we want”, and
     * 68/223}), what it did ({@code 67/215 of 21 December 2012, in which it decided …, and 69/312}). Never another
     * keyword ("resolution", "decision"), never past the end of a sentence ({@code ;} or {@code .}); a quoted title
     * may hold anything but its closing quote. A scan, not a pattern, so that long paragraphs cost no stack.
     */
    private static int subjectEnd(String s, int at) {
        Matcher opens = SUBJECT_OPENS.matcher(s).region(at, s.length());
        if (!opens.lookingAt()) {
            return -1;
        }
        Matcher next = NEXT_AT.matcher(s).useTransparentBounds(true);
        Matcher keyword = KEYWORD_AT.matcher(s).useTransparentBounds(true);
        int limit = Math.min(s.length(), opens.end() + SUBJECT_REACH);
        for (int i = opens.end(); i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\u201c' || c == '"') {
                int close = s.indexOf(c == '"' ? '"' : '\u201d', i + 1);
                if (close < 0 || close - i > 300) {
                    return -1;
                }
                i = close;
                continue;
            }
            if (c == ';' || c == '.') {
                return -1;
            }
            if ((c == ',' || c == ' ') && next.region(i, s.length()).lookingAt()) {
                return i;
            }
            if ((c == 'r' || c == 'R' || c == 'd' || c == 'D') && keyword.region(i, s.length()).lookingAt()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "resolution 5/12 of 2 March 2022 of the United Nations Environment Assembly": the organ named after a number
     * (and its date) when none was named before it; null when none is, or when it is the Assembly or the Council.
     */
    private static String organAfter(String s, int at) {
        Matcher m = ORGAN_AFTER.matcher(s).region(at, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        String o = headed(m.group(1), s, at);
        return o == null || o.equals("General Assembly") || o.equals("Security Council") || o.equals("Council") ? null
                : o;
    }

    /** The organ the words before the keyword name, {@code its}, or null. */
    private static String organ(String pre, String s, int keyword) {
        String p = PARAGRAPHS.matcher(pre).replaceFirst("");
        if (ITS.matcher(p).find()) {
            // "by the Human Rights Council in its resolution 14/7": "its" is the organ just named
            Matcher named = NAMED_ITS.matcher(p);
            if (named.find()) {
                String o = organOf(named.group(1), s, keyword);
                if (o != null && !o.equals("General Assembly")) {
                    return o;
                }
            }
            return "its";
        }
        String direct = direct(p, s, keyword);
        return direct != null ? direct : earlier(s, keyword);
    }

    /**
     * "Human Rights Council resolutions on the subject, including resolutions 19/11 …", "Human Rights Council
     * resolutions 23/13 … and 24/33 …, as well as resolutions 28/6": a keyword with no organ before it continues the
     * organ of the resolutions named earlier in the same clause, unless "its" or another organ stands between.
     */
    private static String earlier(String s, int keyword) {
        int from = Math.max(0, keyword - 600);
        Matcher m = ORGAN_KEYWORD.matcher(s).region(from, keyword);
        String organ = null;
        int end = -1;
        while (m.find()) {
            String o = organOf(m.group(1), s, m.start(2));
            if (o != null) {
                organ = o;
                end = m.end();
            }
        }
        // "resolutions and decisions of the Human Rights Council, the most recent of which being resolutions 53/26"
        Matcher after = KEYWORD_ORGAN.matcher(s).region(from, keyword);
        while (after.find()) {
            String o = organOf(after.group(1), s, after.end(1));
            if (o != null && after.end() > end) {
                organ = o;
                end = after.end();
            }
        }
        if (organ == null || organ.equals("General Assembly") || organ.equals("Security Council")) {
            return null;
        }
        String between = s.substring(end, keyword);
        return between.indexOf(';') < 0 && !FOREIGN.matcher(between).find() ? organ : null;
    }

    /** The organ named by {@code phrase} (words before a keyword), or null. */
    private static String organOf(String phrase, String s, int keyword) {
        return direct(phrase + " ", s, keyword);
    }

    /** The organ named by the words that end {@code p} (the text just before a keyword), or null. */
    private static String direct(String p, String s, int keyword) {
        Matcher o = ORGAN_BEFORE.matcher(p);
        return o.find() ? headed(o.group(1), s, keyword) : null;
    }

    /** The organ a capitalized phrase names when its last word is an organ's head word ("… Council"), or null. */
    private static String headed(String raw, String s, int keyword) {
        String phrase = raw.replaceAll("\\s+", " ").strip();
            phrase = phrase.replaceFirst("^(?:The|the|Recalling|Reaffirming|Welcoming|Noting|Also|And|In|Under|By|"
                    + "With|Pursuant|Having|Taking|Bearing|Further|Recognizing|Reiterating|Acting)\\s+", "");
            Matcher head = ORGAN_HEAD.matcher(phrase);
            if (head.find()) {
                if (BOTH_MAIN_ORGANS.matcher(phrase).find()) {
                    return null; // "General Assembly and Security Council resolutions 60/180 and 1645 (2005)": by form
                }
                if (phrase.endsWith("General Assembly") || phrase.equals("Assembly")) {
                    return "General Assembly";
                }
                if (phrase.endsWith("Security Council")) {
                    return "Security Council";
                }
                if (phrase.equals("Council")) {
                    Matcher c = COUNCIL_NAMED.matcher(s).region(0, keyword);
                    String last = null;
                    while (c.find()) {
                        last = c.group().replaceAll("\\s+", " ");
                    }
                    return last == null ? "Council" : last;
                }
                return phrase;
            }
        return null;
    }

    private static CitationKind kindOf(String norm, String organ, boolean decision) {
        if (decision) {
            return CitationKind.DECISION;
        }
        boolean other = organ != null && !organ.equals("its") && !organ.equals("General Assembly")
                && !organ.equals("Security Council") && !organ.equals("Council");
        if (other) {
            return CitationKind.OTHER_RESOLUTION;
        }
        if (ResolutionNumbers.isSecurityCouncil(norm)) {
            return CitationKind.SC_RESOLUTION;
        }
        if (ResolutionNumbers.isYearNumbered(norm)) {
            return CitationKind.OTHER_RESOLUTION;
        }
        if ("Security Council".equals(organ)) {
            return CitationKind.OTHER_RESOLUTION; // a Council resolution numbered like the Assembly's is misread
        }
        return CitationKind.GA_RESOLUTION;
    }

    /**
     * "resolutions 58/136 and 58/140 of 22 December 2003": a date shared by numbers joined with "and". Across commas
     * each number has its own date or none ("186 (1964), 187 (1964), 193 (1964) of 9 August 1964"; "67/290 of
     * 9 July 2013, 70/1, 70/299 of 29 July 2016").
     */
    private static List<Mention> shareDates(List<Mention> list, List<Boolean> andBefore) {
        List<Mention> out = new ArrayList<>(list);
        for (int i = out.size() - 1; i > 0; i--) {
            if (out.get(i).date() == null || !andBefore.get(i)) {
                continue;
            }
            Mention prev = out.get(i - 1);
            if (prev.date() == null && prev.marks().isEmpty()) {
                out.set(i - 1, prev.withDate(out.get(i).date()));
            }
        }
        return out;
    }

    static List<String> expand(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = PARAGRAPH_ITEM.matcher(list);
        while (m.find()) {
            if (m.group(4) != null && m.group(2) == null) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(4));
                for (int k = a; k <= b && b - a < 50; k++) {
                    out.add(String.valueOf(k));
                }
            } else {
                out.add(m.group(1) + (m.group(2) == null ? "" : " " + m.group(2).strip()));
                if (m.group(4) != null) {
                    out.add(m.group(4));
                }
            }
        }
        return out;
    }

    private static List<String> marks(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = FootnoteMark.PATTERN.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
