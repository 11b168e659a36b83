package org.unkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.unkg.model.Citation;
import org.unkg.model.CitationKind;

/**
 * An expected citation, built to read like the sentence it comes from: {@code ga("35/168").on("1980-12-15")}.
 */
final class Cited {
    final CitationKind kind;
    final String target;
    LocalDate date;
    List<String> paragraphs = List.of();
    String organ;

    private Cited(CitationKind kind, String target) {
        this.kind = kind;
        this.target = target;
    }

    static Cited ga(String n) {
        return new Cited(CitationKind.GA_RESOLUTION, n);
    }

    static Cited sc(String n) {
        return new Cited(CitationKind.SC_RESOLUTION, n);
    }

    static Cited other(String organ, String n) {
        Cited c = new Cited(CitationKind.OTHER_RESOLUTION, n);
        c.organ = organ;
        return c;
    }

    static Cited decision(String organ, String n) {
        Cited c = new Cited(CitationKind.DECISION, n);
        c.organ = organ;
        return c;
    }

    static Cited doc(String symbol) {
        return new Cited(CitationKind.DOCUMENT, symbol);
    }

    static Cited treaty(String name) {
        return new Cited(CitationKind.TREATY, name);
    }

    static Cited body(String name) {
        return new Cited(CitationKind.BODY, name);
    }

    Cited on(String isoDate) {
        this.date = LocalDate.parse(isoDate);
        return this;
    }

    Cited paragraphs(String... p) {
        this.paragraphs = List.of(p);
        return this;
    }

    /** Whether {@code c} is this expected citation (kind, target, and where given, date, paragraphs, organ). */
    boolean matches(Citation c) {
        return c.kind() == kind && c.target().equals(target) && (date == null || date.equals(c.date()))
                && (paragraphs.isEmpty() || paragraphs.equals(c.citedParagraphs()))
                && (organ == null || organ.equals(c.organ()));
    }

    @Override
    public String toString() {
        return kind.jsonName() + " " + target + (date == null ? "" : " of " + date)
                + (paragraphs.isEmpty() ? "" : " paras " + paragraphs) + (organ == null ? "" : " by " + organ);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cited c && c.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toString());
    }
}
