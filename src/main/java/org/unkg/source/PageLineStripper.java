package org.unkg.source;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper set up to give the layout of the PyMuPDF texts in the shared corpus: one line per printed
 * line, a blank line where the page leaves a paragraph gap, pages separated by a form feed.
 *
 * <pre>{@code
 * try (PDDocument doc = Loader.loadPDF(bytes)) {
 *     String text = new PageLineStripper().getText(doc);   // "...line\n\nnext paragraph...\n\fpage 2..."
 * }
 * }</pre>
 *
 * <p>Text comes in content-stream order, not sorted by position. Official UN PDFs are written by a word processor
 * that draws text in reading order, and PyMuPDF's plain extraction (which made the corpus texts) keeps that order
 * too, so the two agree word for word. Sorting by position would instead join text that merely shares a baseline,
 * such as the masthead's "United Nations" and the document symbol at the other margin, or a running header's
 * title and symbol, into one line.
 *
 * <p>PDFBox does not mark paragraph gaps in content-stream order, so this class adds a blank line when the
 * baseline drops by more than {@value #PARAGRAPH_GAP} times the larger glyph size of the two lines (UN body text:
 * 11.5–12 pt line pitch for 10 pt glyphs, 17.5–18 pt between paragraphs), or when it moves up the page (a new
 * block such as the running header). A line PDFBox already gives as blank is not doubled.
 *
 * <p>Words: see {@link #separates}. With these two rules the word sequence of all 31 corpus PDFs equals that of
 * their PyMuPDF twins ({@code PdfTextAgreementTest}); with PDFBox's default word breaking, 194 word fragments
 * such as "developm ent" and "Secretary -General" came through.
 */
final class PageLineStripper extends PDFTextStripper {
    /** Baseline drop, in glyph sizes, above which two lines are taken to be separated by a paragraph gap. */
    static final float PARAGRAPH_GAP = 1.5f;
    /** Gap between glyphs, in space widths, from which a gap without a space glyph separates two words. */
    static final float WORD_GAP = 1.0f;

    private float previousBaseline;
    private float previousSize;
    private float lineSize;
    private boolean lineHasText;
    private boolean previousLineBlank;
    private boolean separatorPending;
    private TextPosition lastGlyph;

    PageLineStripper() {
        setSortByPosition(false);
        setLineSeparator("\n");
        setPageStart("");
        setPageEnd("\n\f");
    }

    /** The document's text, pages separated by {@code \f}, ending with a line feed, not a form feed. */
    @Override
    public String getText(PDDocument doc) throws IOException {
        String text = super.getText(doc);
        return text.endsWith("\f") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            // a bounded extraction that ran out of time: stop here rather than read the remaining pages
            throw new java.io.InterruptedIOException("stopped");
        }
        previousBaseline = Float.NaN;
        previousSize = 0;
        lineSize = 0;
        lineHasText = false;
        previousLineBlank = true;
        separatorPending = false;
        lastGlyph = null;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!text.isBlank() && !positions.isEmpty()) {
            TextPosition first = positions.get(0);
            float size = 0;
            for (TextPosition p : positions) {
                size = Math.max(size, p.getYScale());
            }
            if (!lineHasText) {
                float baseline = first.getYDirAdj();
                if (!previousLineBlank && !Float.isNaN(previousBaseline)) {
                    float drop = baseline - previousBaseline;
                    if (drop < 0 || drop > PARAGRAPH_GAP * Math.max(size, previousSize)) {
                        output.write(getLineSeparator());
                    }
                }
                previousBaseline = baseline;
                lineHasText = true;
            }
            lineSize = Math.max(lineSize, size);
        }
        if (separatorPending && !positions.isEmpty() && lastGlyph != null
                && separates(lastGlyph, positions.get(0))) {
            super.writeWordSeparator();
        }
        separatorPending = false;
        if (!positions.isEmpty()) {
            lastGlyph = positions.get(positions.size() - 1);
        }
        super.writeString(text, positions);
    }

    /** Deferred: {@link #writeString} decides once it sees where the next word starts. */
    @Override
    protected void writeWordSeparator() {
        separatorPending = true;
    }

    /**
     * Whether PDFBox's gap between two glyphs is a real word break. PDFBox breaks at a gap of half a space, but
     * UN PDFs are justified by a word processor that also nudges glyphs apart inside words ("developm ent",
     * "Secretary -General") by more than that; their real word breaks are space glyphs, which are text, not gaps.
     * So a gap alone separates words only when it is at least {@value #WORD_GAP} space widths, when it goes
     * backwards (a new run of text), or when it leads into a raised, smaller footnote mark ("Development 15").
     */
    private static boolean separates(TextPosition before, TextPosition next) {
        float gap = next.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
        float space = before.getWidthOfSpace() > 0 ? before.getWidthOfSpace() : before.getWidthDirAdj();
        boolean superscript = next.getYScale() < 0.85f * before.getYScale()
                && next.getYDirAdj() < before.getYDirAdj() - 0.5f;
        return gap < 0 || gap >= WORD_GAP * space || superscript;
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        separatorPending = false;
        previousLineBlank = !lineHasText;
        if (lineHasText) {
            previousSize = lineSize;
        }
        lineHasText = false;
        lineSize = 0;
        super.writeLineSeparator();
    }
}
