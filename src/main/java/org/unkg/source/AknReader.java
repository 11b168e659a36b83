package org.unkg.source;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an AKN4UN file with a streaming (StAX) parser into an {@link AknDocument}: the element tree, the text
 * content, and the file offset of every content character.
 *
 * <pre>{@code
 * AknDocument d = AknReader.read(decodedFileText);
 * d.root().name();    // "akomaNtoso"
 * }</pre>
 *
 * <p>Hostile XML is refused with a plain reason, never expanded: a document type declaration (and with it every
 * external entity and every entity expansion, the "billion laughs") is refused as soon as the parser meets it,
 * DTD support and external entities are off in the parser besides, a root that is not {@code akomaNtoso} is not
 * AKN, and the tree is bounded ({@value #MAX_DEPTH} levels, {@value #MAX_ELEMENTS} elements) so that memory stays
 * in proportion to real resolutions (the largest of sessions 74–78 has about 6,000 elements, 11 levels deep).
 * {@link SourceReader} refuses a file over its size limit ({@value SourceReader#DEFAULT_MAX_BYTES} bytes by default) before reading it.
 *
 * <p>Offsets: the parser gives the events and the structure; the file's characters between two events are walked
 * in step with it, so that each content character is mapped to the character of the file it comes from (a
 * character reference to its {@code &}). Line ends are kept as they stand in the file.
 */
final class AknReader {
    static final int MAX_DEPTH = 100;
    static final int MAX_ELEMENTS = 500_000;
    static final String ROOT = "akomaNtoso";

    private final String file;
    private final StringBuilder content = new StringBuilder();
    private int[] offsets = new int[1024];
    private int pos;
    private int depth;

    private AknReader(String file) {
        this.file = file;
    }

    /** Reads the decoded text of an XML file. */
    static AknDocument read(String text) throws SourceException {
        return new AknReader(text).parse();
    }

    /**
     * One configured factory a thread: {@code XMLInputFactory.newFactory()} looks the implementation up through the
     * service loader on every call, which cost more than parsing a resolution; a factory is not promised to be safe
     * to share between threads.
     */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(AknReader::newFactory);

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException notSupported) {
            // a parser without the property: the DTD is refused as an event below anyway
        }
        return f;
    }

    private AknDocument parse() throws SourceException {
        Deque<AknElement> open = new ArrayDeque<>();
        Deque<Boolean> empty = new ArrayDeque<>();
        AknElement root = null;
        int elements = 0;
        XMLStreamReader r = null;
        try {
            r = FACTORY.get().createXMLStreamReader(new StringReader(file));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new SourceException("the XML declares a document type (DTD); "
                            + "unkg refuses DTDs, external entities and entity expansion (AKN4UN needs none)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new SourceException(
                            "the XML refers to an entity (&" + r.getLocalName() + ";) that it does not define");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS) {
                            throw new SourceException("the XML has more than " + MAX_ELEMENTS
                                    + " elements, far more than any resolution");
                        }
                        if (open.size() >= MAX_DEPTH) {
                            throw new SourceException("the XML nests elements more than " + MAX_DEPTH
                                    + " deep, far deeper than any resolution");
                        }
                        boolean selfClosing = toTag(false);
                        Map<String, String> attrs = new HashMap<>(4);
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        AknElement e = new AknElement(r.getLocalName(), attrs, content.length());
                        if (open.isEmpty()) {
                            if (!ROOT.equals(r.getLocalName())) {
                                throw new SourceException("XML, but not Akoma Ntoso (the root element is <"
                                        + r.getLocalName() + ">, not <" + ROOT + ">)");
                            }
                            root = e;
                        } else {
                            open.peek().add(e);
                        }
                        open.push(e);
                        empty.push(selfClosing);
                        depth++;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!empty.pop()) {
                            toTag(true);
                        }
                        depth--;
                        open.pop().end(content.length());
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw new SourceException("not well-formed XML (" + plain(e) + ")", e);
        } finally {
            close(r);
        }
        if (root == null) {
            throw new SourceException("the XML has no root element");
        }
        return new AknDocument(file, content.toString(), Arrays.copyOf(offsets, content.length()), root);
    }

    /**
     * Walks the file from {@link #pos} to the next start tag (or end tag), taking the text on the way as content
     * and passing over comments and processing instructions; returns whether a start tag closes itself.
     */
    private boolean toTag(boolean endTag) {
        while (pos < file.length()) {
            char c = file.charAt(pos);
            if (c == '&') {
                reference();
            } else if (c != '<') {
                take(c, pos++);
            } else if (file.startsWith("<!--", pos)) {
                pos = after("-->", pos + 4);
            } else if (file.startsWith("<![CDATA[", pos)) {
                int close = file.indexOf("]]>", pos + 9);
                for (int i = pos + 9; i < close; i++) {
                    take(file.charAt(i), i);
                }
                pos = close + 3;
            } else if (file.startsWith("<?", pos)) {
                pos = after("?>", pos + 2);
            } else if (file.startsWith("<!", pos)) {
                pos = after(">", pos + 2);
            } else {
                boolean isEnd = pos + 1 < file.length() && file.charAt(pos + 1) == '/';
                if (isEnd != endTag) {
                    throw new IllegalStateException("the XML walk lost step with the parser at offset " + pos);
                }
                int gt = tagEnd(pos + 1);
                boolean selfClosing = file.charAt(gt - 1) == '/';
                pos = gt + 1;
                return selfClosing;
            }
        }
        throw new IllegalStateException("the XML walk ran past the end of the file");
    }

    /** The index of the {@code >} that ends the tag, skipping quoted attribute values. */
    private int tagEnd(int from) {
        char quote = 0;
        for (int i = from; i < file.length(); i++) {
            char c = file.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalStateException("unclosed tag at offset " + from);
    }

    private int after(String close, int from) {
        int i = file.indexOf(close, from);
        return i < 0 ? file.length() : i + close.length();
    }

    /** A character or entity reference: its characters, each mapped to the {@code &}. */
    private void reference() {
        int at = pos;
        int semi = file.indexOf(';', at);
        String ref = file.substring(at + 1, semi);
        pos = semi + 1;
        String s = switch (ref) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> ref.startsWith("#x") || ref.startsWith("#X")
                    ? Character.toString(Integer.parseInt(ref.substring(2), 16))
                    : Character.toString(Integer.parseInt(ref.substring(1)));
        };
        for (int i = 0; i < s.length(); i++) {
            take(s.charAt(i), at);
        }
    }

    private void take(char c, int offset) {
        if (depth == 0) {
            return; // white space around the root element is not content
        }
        if (content.length() == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[content.length()] = offset;
        content.append(c);
    }

    private static String plain(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replaceAll("\\s+", " ").replaceFirst("^ParseError at \\[row,col\\]:\\[(\\d+),(\\d+)\\] Message: ",
                "line $1, column $2: ").strip();
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing to release for a string
            }
        }
    }
}
