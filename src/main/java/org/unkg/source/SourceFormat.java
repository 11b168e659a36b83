package org.unkg.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats unkg reads, each described once (name, media types, extensions) so that the CLI, the
 * server and the reader's detection share one registry, as RDF4J's {@code RDFFormat} does for RDF syntaxes.
 *
 * <pre>{@code
 * SourceFormat.byLabel("pdf");             // Optional[PDF]
 * SourceFormat.byFileName("79_138.md");    // Optional[MARKDOWN]
 * SourceFormat.PDF.mediaTypes();           // [application/pdf]
 * }</pre>
 */
public enum SourceFormat {
    /** Plain text, typically pulled from a PDF (hard line breaks, page furniture). */
    TEXT("text", List.of("text/plain"), List.of("txt", "text")),
    /** Markdown converted from an official PDF: links, emphasis, footnote marks. */
    MARKDOWN("markdown", List.of("text/markdown"), List.of("md", "markdown")),
    /** A UN Official Document System text dump: tabs, {@code [DU1]}, {@code <<ODS DOC SYMBOL1>>} trailers. */
    ODS("ods", List.of("text/plain"), List.of()),
    /** The official PDF, read with Apache PDFBox. */
    PDF("pdf", List.of("application/pdf"), List.of("pdf")),
    /** The UN's Akoma Ntoso XML (AKN4UN): the text with its structure, votes and metadata as markup. */
    AKN("akn", List.of("application/akn+xml", "application/xml"), List.of("xml", "akn"));

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

    /** The format whose {@link #label()} is {@code label}, ignoring case. */
    public static Optional<SourceFormat> byLabel(String label) {
        for (SourceFormat f : values()) {
            if (f.label.equalsIgnoreCase(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format announced by the extension of {@code fileName} ({@code a/b.MD} gives MARKDOWN), if any. */
    public static Optional<SourceFormat> byFileName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash + 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
