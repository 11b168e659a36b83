package org.unkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.unkg.export.Exporter;
import org.unkg.export.Prefixes;
import org.unkg.export.Rdf4jValues;
import org.unkg.export.RdfSyntax;
import org.unkg.store.NamedQuery;
import org.unkg.store.QueryParameter;
import org.unkg.store.Store;
import org.unkg.store.StoreInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unkg query}: runs SPARQL on the store and prints the results.
 *
 * <pre>{@code
 * unkg query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'
 * unkg query --name cited-by --param res=35/168 --format csv
 * unkg query --file q.rq --format turtle        # CONSTRUCT or DESCRIBE, in any RDF syntax
 * }</pre>
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query on the store and print the results.",
            "The default graph is the union of all files' graphs.",
            "Parameters (--param K=V) replace the variable ?K. A parameter a named query declares is bound by its "
                    + "kind: a resolution (35/168, 1373 (2001), A/RES/35/168), an IRI (<...>, https://..., or a path "
                    + "under the base), a graph (a file name), a literal or an integer. An undeclared parameter is "
                    + "read as a SPARQL term (<iri>, unkg:Resolution, \"text\"@en, 42), else as a plain string.",
            "Exit status: 0 ok, 1 the query failed, 2 usage error, 3 the store is in use by another process."})
public final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "SPARQL", arity = "0..1", description = "The query text.")
    String sparql;

    @Option(names = "--file", paramLabel = "F", description = "Read the query from a file.")
    Path file;

    @Option(names = "--name", paramLabel = "N", description = "Run the named query N (see --list).")
    String name;

    @Option(names = "--param", paramLabel = "K=V", description = "Bind ?K to V (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--list", description = "List the named queries and their parameters.")
    boolean list;

    @Option(names = "--format", paramLabel = "FMT",
            description = "table, csv, tsv, json or xml for SELECT and ASK (default table); for CONSTRUCT and "
                    + "DESCRIBE one of: turtle (default), trig, ntriples, nquads, jsonld, rdfxml, rdfjson, trix, n3.")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (NamedQuery q : NamedQuery.all()) {
                out.println(q.name() + ": " + q.description());
                for (QueryParameter p : q.parameters()) {
                    out.println("    --param " + p.name() + "=...  " + p.kind().name().toLowerCase(Locale.ROOT)
                            + ": " + p.description());
                }
            }
            out.flush();
            return Unkg.OK;
        }
        NamedQuery nq = namedQuery();
        Query query;
        Map<String, Node> bindings;
        try {
            query = nq.query();
            bindings = nq.bind(params, store.iris());
        } catch (QueryParseException e) {
            throw new ParameterException(spec.commandLine(), "the query is not valid SPARQL: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String fmt = format != null ? format.toLowerCase(Locale.ROOT)
                : query.isConstructType() || query.isDescribeType() ? "turtle" : "table";
        checkFormat(query, fmt);
        store.noteLockLeftBehind(spec.commandLine().getErr());
        try (Store s = Store.openExisting(store.db)) {
            Txn.executeRead(s.dataset(), () -> {
                var builder = QueryExec.dataset(s.dataset()).query(query);
                bindings.forEach(builder::substitution);
                try (QueryExec exec = builder.build()) {
                    print(exec, query, fmt, s);
                }
            });
        } catch (StoreInUseException e) {
            return store.inUse(spec.commandLine().getErr(), e);
        } catch (IOException e) {
            spec.commandLine().getErr().println(store.db + ": " + e.getMessage());
            return Unkg.USAGE;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("query failed: " + e.getMessage());
            return Unkg.SOME_FAILED;
        }
        out.flush();
        return Unkg.OK;
    }

    private NamedQuery namedQuery() throws IOException {
        int given = (sparql != null ? 1 : 0) + (file != null ? 1 : 0) + (name != null ? 1 : 0);
        if (given != 1) {
            throw new ParameterException(spec.commandLine(), "give exactly one of SPARQL, --file F or --name N");
        }
        if (name != null) {
            return NamedQuery.load(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no named query " + name + " (see unkg query --list)"));
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), file + ": no such file");
            }
            return NamedQuery.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        return NamedQuery.parse("query", sparql);
    }

    private void checkFormat(Query query, String fmt) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        boolean ok = graph ? RdfSyntax.byName(fmt).isPresent() && !fmt.equals("binary")
                : switch (fmt) {
                    case "table", "csv", "tsv", "json", "xml" -> true;
                    default -> false;
                };
        if (!ok) {
            throw new ParameterException(spec.commandLine(), "--format " + fmt + " does not fit a "
                    + (graph ? "CONSTRUCT or DESCRIBE query" : "SELECT or ASK query"));
        }
    }

    private void print(QueryExec exec, Query query, String fmt, Store s) {
        PrintWriter out = spec.commandLine().getOut();
        OutputStream bytes = new WriterOutputStream(out);
        try {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                if (fmt.equals("table")) {
                    out.print(ResultSetFormatter.asText(ResultSet.adapt(rows), query.getPrologue()));
                } else {
                    ResultSetMgr.write(bytes, ResultSet.adapt(rows), lang(fmt));
                }
            } else if (query.isAskType()) {
                boolean b = exec.ask();
                if (fmt.equals("table")) {
                    out.println(b ? "yes" : "no");
                } else {
                    ResultSetMgr.write(bytes, b, lang(fmt));
                }
            } else {
                Graph g = query.isConstructType() ? exec.construct() : exec.describe();
                RDFHandler w = Exporter.writer(RdfSyntax.byName(fmt).orElseThrow(), bytes);
                w.startRDF();
                Map<String, String> prefixes = Prefixes.with(s.prefixes());
                prefixes.forEach(w::handleNamespace);
                Rdf4jValues values = new Rdf4jValues();
                g.find().forEachRemaining(t -> w.handleStatement(values.statement(t)));
                w.endRDF();
            }
            bytes.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Lang lang(String fmt) {
        return switch (fmt) {
            case "csv" -> ResultSetLang.RS_CSV;
            case "tsv" -> ResultSetLang.RS_TSV;
            case "json" -> ResultSetLang.RS_JSON;
            default -> ResultSetLang.RS_XML;
        };
    }
}
