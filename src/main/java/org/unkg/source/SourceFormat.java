package org.unkg.source;

import java.util.List;

/**
 * The input formats unkg reads, each described once (name, media types, extensions) so that the CLI, the
 * server and the reader's detection share one registry, as RDF4J's {@code RDFFormat} does for RDF syntaxes.
 */
public enum SourceFormat {
    /** Plain text, typically pulled from a PDF (hard line breaks, page furniture). */
    TEXT("text", List.of("text/plain"), List.of("txt", "text")),
    /** Markdown converted from an official PDF: links, emphasis, footnote marks. */
    MARKDOWN("markdown", List.of("text/markdown"), List.of("md", "markdown")),
    /** A UN Official Document System text dump: tabs, {@code [DU1]}, {@code <<ODS DOC SYMBOL1>>} trailers. */
    ODS("ods", List.of("text/plain"), List.of()),
    /** The official PDF, read with Apache PDFBox. */
    PDF("pdf", List.of("application/pdf"), List.of("pdf"));

    private final String label;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    SourceFormat(String label, List<String> mediaTypes, List<String> extensions) {
        this.label = label;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** Short name used in reports, e.g. {@code pdf}. */
    public String label() {
        return label;
    }

    /** Media types of the format. */
    public List<String> mediaTypes() {
        return mediaTypes;
    }

    /** File name extensions (without dot) that announce this format. */
    public List<String> extensions() {
        return extensions;
    }
}
