package org.unkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.unkg.emit.rdf.IriScheme;

/**
 * A SPARQL query shipped with unkg ({@code queries/NAME.rq}, in the jar under {@code /queries/}), with the
 * parameters its comment header declares.
 *
 * <pre>{@code
 * NamedQuery q = NamedQuery.load("cited-by").orElseThrow();
 * q.parameters();                                      // [res: resolution]
 * Map<String, Node> b = q.bind(Map.of("res", "35/168"), iris);
 * }</pre>
 *
 * A header is the comment block at the top of the file: first the description, then one line per parameter,
 * {@code # @param NAME KIND description}, where KIND is one of {@link QueryParameter.Kind} in lower case.
 *
 * @param name        the file name without {@code .rq}
 * @param description what the query answers
 * @param parameters  the declared parameters
 * @param text        the SPARQL text, header included
 */
public record NamedQuery(String name, String description, List<QueryParameter> parameters, String text) {
    private static final String DIR = "/queries/";
    private static final Pattern PARAM = Pattern.compile("#\\s*@param\\s+(\\S+)\\s+(\\S+)\\s*(.*)");

    public NamedQuery {
        parameters = List.copyOf(parameters);
    }

    /** Every named query, in the order of {@code queries/index.txt}. */
    public static List<NamedQuery> all() {
        List<NamedQuery> all = new ArrayList<>();
        for (String line : resource("index.txt").orElse("").split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                load(n).ifPresent(all::add);
            }
        }
        return all;
    }

    /** The named query {@code name}, if unkg ships one. */
    public static Optional<NamedQuery> load(String name) {
        if (!name.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        return resource(name + ".rq").map(text -> parse(name, text));
    }

    /** Reads a query's header. */
    public static NamedQuery parse(String name, String text) {
        StringBuilder description = new StringBuilder();
        List<QueryParameter> params = new ArrayList<>();
        boolean inDescription = true;
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            Matcher m = PARAM.matcher(l);
            if (m.matches()) {
                params.add(new QueryParameter(m.group(1), QueryParameter.Kind.named(m.group(2)), m.group(3)));
                inDescription = false;
            } else if (l.replace("#", "").isBlank()) {
                inDescription = description.isEmpty();
            } else if (inDescription) {
                description.append(description.isEmpty() ? "" : " ").append(l.substring(1).strip());
            }
        }
        return new NamedQuery(name, description.toString(), params, text);
    }

    /** The parsed query. */
    public Query query() {
        return QueryFactory.create(text);
    }

    /** The declared parameter {@code name}, or an undeclared one whose value is read as a SPARQL term. */
    public QueryParameter parameter(String pname) {
        return parameters.stream().filter(p -> p.name().equals(pname)).findFirst()
                .orElseGet(() -> QueryParameter.undeclared(pname));
    }

    /**
     * The RDF terms for {@code values}, each by its declared kind.
     *
     * @throws IllegalArgumentException when a declared parameter has no value, or a value does not fit its kind
     */
    public Map<String, Node> bind(Map<String, String> values, IriScheme iris) {
        for (QueryParameter p : parameters) {
            if (!values.containsKey(p.name())) {
                throw new IllegalArgumentException("query " + name + " needs --param " + p.name() + "=VALUE ("
                        + p.description() + ")");
            }
        }
        Map<String, Node> bound = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> bound.put(k, parameter(k).bind(v, iris)));
        return bound;
    }

    private static Optional<String> resource(String file) {
        try (InputStream in = NamedQuery.class.getResourceAsStream(DIR + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
