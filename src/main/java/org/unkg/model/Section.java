package org.unkg.model;

/** Where in a resolution a passage stands. */
public enum Section {
    HEADING, PREAMBLE, OPERATIVE, FOOTNOTE, ANNEX, TRAILER;

    /** Lower-case name used in the JSON report and the RDF. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
