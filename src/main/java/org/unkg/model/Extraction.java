package org.unkg.model;

import java.util.List;

/**
 * Everything the extractor read in one file: the resolution's identity and every citation, in text order.
 *
 * <pre>{@code
 * Extraction x = extractor.extract(Path.of("data/seeds/000.txt"));
 * x.identity().number();          // "53/97"
 * x.citations().size();           // every mention
 * }</pre>
 *
 * @param file      the file as given (path string)
 * @param sha256    hex SHA-256 of the file's bytes, so stores can skip unchanged files
 * @param format    the source format that was read, e.g. {@code pdf}, {@code ods}, {@code markdown}, {@code text}
 * @param text      the text as read (decoded; for a PDF, the text PDFBox extracted): offsets point into it
 * @param identity  the resolution's identity
 * @param citations every citation, in order of appearance
 * @param problems  warnings met while reading (errors end extraction with an exception instead)
 * @param markup    what an AKN4UN file's markup adds (votes, sponsors, subjects, FRBR); null for other formats
 */
public record Extraction(String file, String sha256, String format, String text, Identity identity,
                         List<Citation> citations, List<Problem> problems, Markup markup) {
    public Extraction {
        citations = List.copyOf(citations);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** An extraction without markup (every format but AKN). */
    public Extraction(String file, String sha256, String format, String text, Identity identity,
                      List<Citation> citations, List<Problem> problems) {
        this(file, sha256, format, text, identity, citations, problems, null);
    }
}
