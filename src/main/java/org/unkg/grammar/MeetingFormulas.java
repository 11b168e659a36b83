package org.unkg.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formulas that state a resolution's meeting, compiled from {@code meeting-formulas.tsv}: the Assembly's
 * closing line ({@code 52nd plenary meeting}, {@code 50th (resumed) plenary meeting}) and the Council's closing
 * sentence ({@code Adopted unanimously at the 3023rd meeting}), with the OCR misreadings of the printed volumes.
 * This is the one place these formulas are written; the segmenter, the heading reader and the footnote collector
 * all use it.
 *
 * <pre>{@code
 * MeetingFormulas f = MeetingFormulas.standard();
 * f.plenary().matcher("45th plenary meeting").find();            // group "meeting": "45"
 * f.councilMeeting("Adopted unanimously ai the 3023rd meeting."); // 3023
 * }</pre>
 */
public final class MeetingFormulas {
    private static final MeetingFormulas STANDARD = new MeetingFormulas(Table.load("meeting-formulas.tsv"),
            OrdinalWords.standard());
    /** A meeting number as OCR reads it: 1 as i, l or I, 0 as O, a space inside ("331 5th"). */
    private static final String OCR_NUMBER = "[\\dilI][\\dilIO]{0,4}(?:\\s\\d)?";

    private final Map<String, List<String>> parts = new LinkedHashMap<>();
    private final List<String> unanimous = new ArrayList<>();
    private final String plenary;
    private final Pattern plenaryPattern;
    private final Pattern adoptedLine;
    private final Pattern council;
    private final Pattern unanimousPattern;
    private final String suffix;

    MeetingFormulas(Table t, OrdinalWords ordinals) {
        for (Table.Row r : t.rows()) {
            parts.computeIfAbsent(r.get("part"), k -> new ArrayList<>()).add(r.get("phrase"));
            if (r.get("meaning").equals("unanimous")) {
                unanimous.add(r.get("phrase"));
            }
        }
        suffix = ordinals.suffix();
        plenary = "(?<meeting>\\d+)" + suffix + "\\s+(?:(?:" + part("plenary-qualifier") + ")\\s+)?(?:"
                + part("plenary") + ")";
        plenaryPattern = Pattern.compile("(?i)" + plenary);
        adoptedLine = Pattern.compile("^\\s*(?:" + part("adopted") + ")\\b.*");
        council = Pattern.compile("(?:" + part("adopted") + ")\\s+(?<manner>(?:(?:" + part("manner") + ")\\s*,?\\s+)*)"
                + "(?:(?:" + part("at") + ")\\s+)?(?:" + part("the") + ")\\s+(?:(?:" + part("number-qualifier")
                + ")\\s+)?(?<meeting>" + OCR_NUMBER + ")\\s*" + suffix + "?(?:" + part("after-ordinal") + ")?\\s+"
                + "(?:(?:" + part("meeting-qualifier") + ")\\s+)?(?:" + part("meeting") + ")");
        unanimousPattern = Pattern.compile(Alternation.of(unanimous));
    }

    /** The formulas of {@code meeting-formulas.tsv}. */
    public static MeetingFormulas standard() {
        return STANDARD;
    }

    /** The alternation of one part's phrases (see the table's header). */
    public String part(String name) {
        List<String> phrases = parts.get(name);
        if (phrases == null) {
            throw new IllegalArgumentException("meeting-formulas.tsv has no part " + name);
        }
        return Alternation.of(phrases);
    }

    /** "52nd plenary meeting", in any case; group {@code meeting} is its number. For {@code find}. */
    public Pattern plenary() {
        return plenaryPattern;
    }

    /**
     * A line that is the Assembly's closing line: the plenary meeting, maybe followed on the same line by its date
     * (re-joined text and markdown put them together: {@code 45th plenary meeting 7 December 2023}), and maybe by
     * the footnote separator a re-joiner glued on ({@code __________________}).
     *
     * @param date regex of the date ({@code UnDates.SOURCE})
     */
    public Pattern plenaryLine(String date) {
        return Pattern.compile("(?i)^\\s*" + plenaryClosing(date) + "$");
    }

    /** The regex of {@link #plenaryLine} without its anchors: the closing line where it ends a longer line. */
    public String plenaryClosing(String date) {
        return "(?i:" + plenary + "(?:[\\s,.]+(?-i:" + date + "))?[\\s,.]*(?:_{3,}\\s*)?)";
    }

    /** A line that opens with the Council's "Adopted" (or its OCR misreading). */
    public Pattern adoptedLine() {
        return adoptedLine;
    }

    /** "Adopted unanimously at the 3023rd meeting"; groups {@code manner} and {@code meeting} (OCR digits). */
    public Pattern council() {
        return council;
    }

    /** The manner of adoption says the vote was unanimous. */
    public boolean unanimous(String manner) {
        return manner != null && !unanimous.isEmpty() && unanimousPattern.matcher(manner).find();
    }

    /** The meeting number of OCR digits ("3O93" → 3093, "i520" → 1520, "331 5" → 3315). */
    public static int number(String ocrDigits) {
        return Integer.parseInt(ocrDigits.replace(" ", "").replaceAll("[ilI]", "1").replace('O', '0'));
    }

    /** The meeting a Council closing sentence states, or null. */
    public Integer councilMeeting(String text) {
        Matcher m = council.matcher(text.replaceAll("\\s+", " "));
        return m.find() ? number(m.group("meeting")) : null;
    }

    /** The meeting an Assembly closing line states, or null. */
    public Integer plenaryMeeting(String text) {
        Matcher m = plenaryPattern.matcher(text.replaceAll("\\s+", " "));
        return m.find() ? Integer.valueOf(m.group("meeting")) : null;
    }
}
