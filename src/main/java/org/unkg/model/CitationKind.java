package org.unkg.model;

/**
 * What a citation points at. The JSON names are those of the extract report contract.
 */
public enum CitationKind {
    /** A General Assembly resolution, e.g. {@code 35/168}, {@code 2625 (XXV)}, {@code ES-10/2}. */
    GA_RESOLUTION("gaResolution"),
    /** A Security Council resolution, e.g. {@code 1373 (2001)}. */
    SC_RESOLUTION("scResolution"),
    /** A resolution of another organ (Human Rights Council, Economic and Social Council, a conference). */
    OTHER_RESOLUTION("otherResolution"),
    /** A decision, e.g. General Assembly decision {@code 55/488}. */
    DECISION("decision"),
    /** A treaty, by name or by its United Nations Treaty Series registration. */
    TREATY("treaty"),
    /** A UN document by its symbol, e.g. {@code A/61/119/Add.1}. */
    DOCUMENT("document"),
    /** A UN organ, body, office or other international body. */
    BODY("body");

    private final String jsonName;

    CitationKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in the JSON report's {@code kind} field. */
    public String jsonName() {
        return jsonName;
    }
}
