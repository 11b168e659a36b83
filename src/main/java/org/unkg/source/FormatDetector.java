package org.unkg.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides a file's {@link SourceFormat} from its content, using the file name's extension only when the content
 * does not decide.
 *
 * <pre>{@code
 * FormatDetector.isPdf(bytes);                       // %PDF- in the first 1024 bytes
 * FormatDetector.textFormat(text, "seed.txt");      // MARKDOWN if the text is written in markdown
 * }</pre>
 *
 * <p>The rule for text, in order:
 * <ol>
 * <li><b>AKN</b> (XML) if the text opens, after white space, with an XML declaration, a comment, a document type
 *     declaration or a start tag ({@code <?xml}, {@code <!--}, {@code <!DOCTYPE}, {@code <akomaNtoso}): no
 *     resolution text opens with {@code <}. Whether it is Akoma Ntoso is the XML reader's to say.</li>
 * <li><b>ODS</b> if the text holds an ODS trailer marker {@code <<ODS } anywhere, or its first non-blank line is
 *     the ODS section mark {@code [DU1]}.</li>
 * <li><b>Markdown</b> if markdown syntax appears at least {@value #MARKDOWN_HITS} times, counting inline links
 *     {@code [A/77/420](#)}, footnote marks {@code [^1]}, braced superscripts {@code ^{10}}, emphasis that starts
 *     with a letter ({@code *Decides*}, {@code _Treaty Series_}), ATX headings {@code # Title} and backslash
 *     escapes {@code \(}. No text in the shared corpus (870 Security Council and 659 General Assembly texts)
 *     has a single one; the markdown seeds have dozens. Emphasis must start with a letter so that barcodes like
 *     {@code *2423457*} and rows of asterisks do not count.</li>
 * <li>Otherwise the extension decides ({@code .md} is markdown even without syntax: plain paragraphs are
 *     markdown too), and text without a telling extension is {@link SourceFormat#TEXT}.</li>
 * </ol>
 */
final class FormatDetector {
    /** How many markdown constructs make a text markdown whatever its name. */
    static final int MARKDOWN_HITS = 3;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first 1024 bytes (PDF 32000-1, annex H). */
    private static final int PDF_HEADER_WINDOW = 1024;

    /**
     * The markdown constructs, each with the character it starts with: matching is only tried where that
     * character occurs, found with {@code indexOf}. Run by {@code find()} from every position, the seven patterns
     * took about 800 ms over the 14 MB of General Assembly texts, several times the cost of reading, hashing and
     * decoding them; tried only at their lead character, about 30 ms.
     */
    private static final List<Construct> MARKDOWN = List.of(
            new Construct('[', "\\[[^\\]\\n]+\\]\\([^)\\s]*\\)"),                         // [text](target)
            new Construct('[', "\\[\\^[^\\]\\s]+\\]"),                                      // [^1]
            new Construct('^', "\\^\\{[^}\\n]+\\}"),                                       // ^{10}
            new Construct('*', "(?<![*\\w])\\*\\p{L}[^*\\n]{0,200}?(?<![\\s*])\\*(?![*\\w])"), // *Decides*
            new Construct('_', "(?<!\\w)_\\p{L}[^_\\n]{0,200}?(?<![\\s_])_(?!\\w)"),           // _Treaty Series_
            new Construct('#', "(?<![^\\n])#{1,6} \\S"),                                     // # Heading
            new Construct('\\', "\\\\[()\\[\\]*_]"));                                    // \( \[ \*

    private record Construct(char lead, Pattern pattern) {
        Construct(char lead, String regex) {
            this(lead, Pattern.compile(regex));
        }
    }

    private FormatDetector() {
    }

    /** Whether the bytes are a PDF: {@code %PDF-} within the first 1024 bytes. */
    static boolean isPdf(byte[] bytes) {
        int last = Math.min(bytes.length, PDF_HEADER_WINDOW) - PDF_MAGIC.length;
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < PDF_MAGIC.length; j++) {
                if (bytes[i + j] != PDF_MAGIC[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The format of a decoded text file named {@code fileName}; never {@link SourceFormat#PDF}. */
    static SourceFormat textFormat(String text, String fileName) {
        if (isXml(text)) {
            return SourceFormat.AKN;
        }
        if (isOds(text)) {
            return SourceFormat.ODS;
        }
        if (markdownHits(text, MARKDOWN_HITS) >= MARKDOWN_HITS) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.byFileName(fileName)
                .filter(f -> f == SourceFormat.MARKDOWN)
                .orElse(SourceFormat.TEXT);
    }

    /** Whether the text opens, after white space, with XML markup. */
    static boolean isXml(CharSequence text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i + 1 >= text.length() || text.charAt(i) != '<') {
            return false;
        }
        char next = text.charAt(i + 1);
        return next == '?' || next == '!' || Character.isLetter(next) || next == '_';
    }

    private static boolean isOds(String text) {
        if (text.contains("<<ODS ")) {
            return true;
        }
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!line.isBlank()) {
                return line.strip().equals("[DU1]");
            }
        }
        return false;
    }

    /** Markdown constructs in {@code text}, counting no further than {@code enough}. */
    static int markdownHits(String text, int enough) {
        int hits = 0;
        for (Construct c : MARKDOWN) {
            // transparent bounds: the look-behinds see the text before the region
            Matcher m = c.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int i = text.indexOf(c.lead()); i >= 0 && hits < enough; i = text.indexOf(c.lead(), i + 1)) {
                if (m.region(i, text.length()).lookingAt()) {
                    hits++;
                    i = m.end() - 1;
                }
            }
        }
        return hits;
    }
}
