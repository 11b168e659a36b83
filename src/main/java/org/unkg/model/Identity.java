package org.unkg.model;

import java.time.LocalDate;

/**
 * What identifies one resolution, as read from its own text. Unknown fields are null, never guessed.
 *
 * <pre>{@code
 * Identity id = Identity.builder(Organ.GENERAL_ASSEMBLY).number("53/97").session(53)
 *     .adopted(LocalDate.of(1998, 12, 8)).plenaryMeeting(83).build();
 * id.symbol();  // "A/RES/53/97"
 * }</pre>
 *
 * @param organ          the adopting organ, or null when the text does not say
 * @param number         normalized number: {@code 53/97}, {@code 242 (1967)}, {@code ES-10/2}, {@code 22 A (I)}
 * @param symbol         document symbol: {@code A/RES/53/97}, {@code S/RES/242 (1967)}
 * @param session        General Assembly session number
 * @param adopted        adoption date
 * @param plenaryMeeting General Assembly plenary meeting number
 * @param meeting        Security Council meeting number
 * @param title          the resolution's title
 * @param agendaItem     agenda item as written after "Agenda item", e.g. {@code 72 (a)}
 * @param mainCommittee  the Main Committee on whose report it was adopted
 * @param committeeReport symbol of that committee's report
 * @param draft          symbol of the draft adopted without reference to a Main Committee (or the
 *                       bracketed draft symbol of an early Security Council resolution)
 * @param distributed    distribution date in the masthead
 * @param vote           the recorded vote, where stated
 */
public record Identity(Organ organ, String number, String symbol, Integer session, LocalDate adopted,
                       Integer plenaryMeeting, Integer meeting, String title, String agendaItem,
                       String mainCommittee, String committeeReport, String draft, LocalDate distributed,
                       Vote vote) {

    /** A builder for an identity of {@code organ} (which may be null). */
    public static Builder builder(Organ organ) {
        return new Builder().organ(organ);
    }

    /** A builder starting from this identity's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.organ = organ; b.number = number; b.symbol = symbol; b.session = session; b.adopted = adopted;
        b.plenaryMeeting = plenaryMeeting; b.meeting = meeting; b.title = title; b.agendaItem = agendaItem;
        b.mainCommittee = mainCommittee; b.committeeReport = committeeReport; b.draft = draft;
        b.distributed = distributed; b.vote = vote;
        return b;
    }

    /** Mutable builder; {@link #build()} derives the symbol from organ and number when none was set. */
    public static final class Builder {
        private Organ organ;
        private String number;
        private String symbol;
        private Integer session;
        private LocalDate adopted;
        private Integer plenaryMeeting;
        private Integer meeting;
        private String title;
        private String agendaItem;
        private String mainCommittee;
        private String committeeReport;
        private String draft;
        private LocalDate distributed;
        private Vote vote;

        public Builder organ(Organ v) { organ = v; return this; }
        public Builder number(String v) { number = v; return this; }
        public Builder symbol(String v) { symbol = v; return this; }
        public Builder session(Integer v) { session = v; return this; }
        public Builder adopted(LocalDate v) { adopted = v; return this; }
        public Builder plenaryMeeting(Integer v) { plenaryMeeting = v; return this; }
        public Builder meeting(Integer v) { meeting = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder agendaItem(String v) { agendaItem = v; return this; }
        public Builder mainCommittee(String v) { mainCommittee = v; return this; }
        public Builder committeeReport(String v) { committeeReport = v; return this; }
        public Builder draft(String v) { draft = v; return this; }
        public Builder distributed(LocalDate v) { distributed = v; return this; }
        public Builder vote(Vote v) { vote = v; return this; }

        public Organ organ() { return organ; }
        public String number() { return number; }
        public Integer session() { return session; }
        public LocalDate adopted() { return adopted; }

        public Identity build() {
            String sym = symbol;
            if (sym == null && organ != null && number != null) {
                sym = organ.symbolPrefix() + "/RES/" + number;
            }
            return new Identity(organ, number, sym, session, adopted, plenaryMeeting, meeting, title, agendaItem,
                    mainCommittee, committeeReport, draft, distributed, vote);
        }
    }
}
