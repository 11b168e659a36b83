package org.unkg.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unkg.model.Section;

/**
 * The verb phrases that open resolution paragraphs, from the versioned table {@code verbs.tsv}.
 *
 * <pre>{@code
 * Verbs.standard().opening("Recalling also its resolution 46/182");  // Recalling (preamble)
 * Verbs.standard().opening("1. Takes note of the report");            // null: strip the number first
 * }</pre>
 */
public final class Verbs {
    private static final Verbs STANDARD = load();
    private static final Pattern ADVERBS = Pattern.compile(
            "(?:(?:Also|Further|Again|Once again|Once more|Deeply|Strongly|Firmly|Gravely|Seriously|Profoundly|"
                    + "Furthermore|Moreover|Finally|Additionally|Equally|Particularly|Similarly|Fully)\\s+)*");
    private static final Pattern FALLBACK = Pattern.compile("([A-Z][a-z]+(?:-[a-z]+)*(?:ing|ed|s))\\b");

    /**
     * A verb phrase and the section it opens; {@code known} when the table has it, not only its shape;
     * {@code printed} is how the paragraph opens with it, leading adverbs kept ("Deeply concerned", "Also calls
     * upon"), as the UN's markup names the clause.
     */
    public record Verb(String phrase, Section section, boolean known, String printed) {
        Verb(String phrase, Section section, boolean known) {
            this(phrase, section, known, phrase);
        }

        Verb printedAs(String p) {
            return new Verb(phrase, section, known, p);
        }
    }

    private final List<Verb> verbs;
    /** Drafting verbs inside a paragraph, after a clause break ("…, and requests the Secretary-General…"), by section. */
    private final java.util.Map<Section, Pattern> inner = new java.util.EnumMap<>(Section.class);

    private final Pattern clauseGluedOn;

    private Verbs(List<Verb> verbs) {
        this.verbs = verbs;
        List<String> participles = verbs.stream().filter(v -> v.section() == Section.PREAMBLE && v.known())
                .map(Verb::phrase).filter(p -> p.split(" ")[0].endsWith("ing")).toList();
        clauseGluedOn = Pattern.compile("(?<=,)\\s+(?=(?:" + org.unkg.grammar.Alternation.of(participles) + ")\\b)");
        for (Section section : List.of(Section.PREAMBLE, Section.OPERATIVE)) {
            StringBuilder alt = new StringBuilder();
            for (Verb v : verbs) {
                // in a preamble only participles open clauses; "in which it encouraged" is no drafting verb
                boolean participle = v.phrase().split(" ")[0].endsWith("ing");
                if (v.section() == section && (section == Section.OPERATIVE || participle)) {
                    alt.append(alt.length() == 0 ? "" : "|")
                            .append(Pattern.quote(v.phrase().toLowerCase(java.util.Locale.ROOT)));
                }
            }
            inner.put(section, Pattern.compile("(?:[,;:]\\s+(?:and\\s+)?|\\s+and\\s+)(?:(?:also|further|again|"
                    + "once\\s+again|strongly|firmly|deeply|fully)\\s+)?(" + alt + ")\\b"));
        }
    }

    /**
     * Where a preamble clause opens inside a line, as re-joined text has it: a comma, then a drafting participle of
     * the table with its capital ("…of 30 March 1955, Having received the report…"). Inside a sentence the UN writes
     * these verbs in lower case, so the capital marks the clause. The match is the white space before the verb.
     */
    public Pattern clauseGluedOn() {
        return clauseGluedOn;
    }

    /**
     * The verb that governs position {@code at} of a paragraph: the last drafting verb that opens a clause before it
     * ("…, and <b>reaffirms</b> its resolution 1373 (2001)"), or {@code opening} when no clause verb stands between.
     */
    public String governing(CharSequence paragraph, int at, String opening, Section section) {
        Pattern p = inner.get(section);
        if (p == null) {
            return opening;
        }
        Matcher m = p.matcher(paragraph);
        m.region(0, Math.max(0, Math.min(at, paragraph.length())));
        String found = opening;
        while (m.find()) {
            for (Verb v : verbs) {
                if (v.phrase().equalsIgnoreCase(m.group(1))) {
                    found = v.phrase();
                    break;
                }
            }
        }
        return found;
    }

    /** The table shipped with unkg. */
    public static Verbs standard() {
        return STANDARD;
    }

    /**
     * The verb that opens {@code text} (a paragraph without its number), as the table writes it, adverbs dropped:
     * {@code "Recalling also its resolution"} gives {@code Recalling}. Null when no table phrase opens it and the
     * first word is not verb-shaped.
     */
    public Verb opening(CharSequence text) {
        String s = text.toString().stripLeading();
        Matcher adv = ADVERBS.matcher(s);
        int from = adv.lookingAt() ? adv.end() : 0;
        String rest = s.substring(from);
        if (from > 0 && !rest.isEmpty()) {
            rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        for (Verb v : verbs) {
            if (rest.startsWith(v.phrase()) && (rest.length() == v.phrase().length()
                    || !Character.isLetter(rest.charAt(v.phrase().length())))) {
                return v.printedAs(s.substring(0, from + v.phrase().length()));
            }
        }
        Matcher m = FALLBACK.matcher(rest);
        if (m.lookingAt()) {
            String w = m.group(1);
            Section sec = w.endsWith("s") && !w.endsWith("ss") ? Section.OPERATIVE : Section.PREAMBLE;
            return new Verb(w, sec, false, s.substring(0, from + w.length()));
        }
        return null;
    }

    private static Verbs load() {
        List<Verb> list = new ArrayList<>();
        try (var in = Verbs.class.getResourceAsStream("verbs.tsv");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                list.add(new Verb(f[0].strip(), Section.valueOf(f[1].strip().toUpperCase(java.util.Locale.ROOT)), true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read verbs.tsv", e);
        }
        list.sort(Comparator.comparingInt((Verb v) -> v.phrase().length()).reversed());
        return new Verbs(List.copyOf(list));
    }
}
