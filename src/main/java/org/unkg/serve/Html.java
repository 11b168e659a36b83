package org.unkg.serve;

/**
 * Builds HTML text with everything from the data escaped: text and attribute values go through {@link #text} and
 * {@link #attr}, never raw.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.open("p").text("a < b").close("p");
 * h.link("/A/RES/53/97", "A/RES/53/97");
 * }</pre>
 */
final class Html {
    private final StringBuilder sb = new StringBuilder();

    /** {@code s} escaped for element content and double-quoted attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Opens an element with no attributes. */
    Html open(String tag) {
        sb.append('<').append(tag).append('>');
        return this;
    }

    /** Opens an element with a class. */
    Html open(String tag, String cssClass) {
        sb.append('<').append(tag).append(" class=\"").append(escape(cssClass)).append("\">");
        return this;
    }

    /** Closes an element. */
    Html close(String tag) {
        sb.append("</").append(tag).append('>');
        return this;
    }

    /** Escaped text. */
    Html text(String s) {
        sb.append(escape(s));
        return this;
    }

    /** An element holding escaped text. */
    Html element(String tag, String s) {
        return open(tag).text(s).close(tag);
    }

    /**
     * A link. Only web and local addresses become links, so that no {@code javascript:} or other scheme from the
     * data can end up clickable; anything else is shown as text.
     */
    Html link(String href, String label) {
        if (href.startsWith("/") || href.startsWith("http://") || href.startsWith("https://")) {
            sb.append("<a href=\"").append(escape(href)).append("\">").append(escape(label)).append("</a>");
        } else {
            text(label);
        }
        return this;
    }

    /** Markup written by this package, not from data. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** A whole page around {@code body}, with unkg's style sheet (shipped in the jar) and {@code head} extras. */
    static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/assets/unkg.css\">\n" + head
                + "</head>\n<body>\n<header><a href=\"/\">unkg</a> · <a href=\"/#query\">SPARQL</a>"
                + " · <a href=\"/.well-known/void\">VoID</a></header>\n<main>\n" + body
                + "\n</main>\n</body>\n</html>\n";
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
