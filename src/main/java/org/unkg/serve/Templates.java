package org.unkg.serve;

import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Map;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * The explorer's pages, rendered from the Mustache templates in the jar ({@code org/unkg/serve/explorer/*.mustache}).
 * Mustache escapes every {@code {{value}}} for HTML; the templates never use the unescaped {@code {{{value}}}}.
 *
 * <pre>{@code
 * String html = Templates.render("search", Map.of("title", "Search", "q", q, "hits", hits));
 * }</pre>
 */
final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("org/unkg/serve/explorer");

    private Templates() {
    }

    /** Renders template {@code name} with {@code model}; compiled templates are cached by the factory. */
    static String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            FACTORY.compile(name + ".mustache").execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
