package org.unkg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.unkg.export.Exporter;
import org.unkg.export.Prefixes;
import org.unkg.export.RdfSyntax;
import org.unkg.store.QueryParameter;
import org.unkg.store.Store;
import org.unkg.store.StoreInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code unkg export}: writes the store, or one graph, in any RDF syntax through RDF4J Rio.
 *
 * <pre>{@code
 * unkg export --format nquads -o unkg.nq.gz     # every graph, gzipped because of the name
 * unkg export --format turtle --graph data/seeds/000.txt
 * }</pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole store, or one graph, in an RDF syntax.",
            "Quad syntaxes (trig, nquads, trix, binary) keep the graphs; the others write the union of the graphs, "
                    + "each triple once. An output file whose name ends in .gz is gzipped.",
            "Exit status: 0 ok, 1 the export failed, 2 usage error, 3 the store is in use by another process."})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", paramLabel = "FMT",
            description = "turtle, trig, ntriples, nquads, jsonld, rdfxml, rdfjson, trix, n3 or binary "
                    + "(default: from the -o file's extension).")
    String format;

    @Option(names = "--graph", paramLabel = "G", description = "Only this graph: its IRI, or the file's name.")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to stdout.")
    Path output;

    @Override
    public Integer call() {
        RdfSyntax syntax = syntax();
        if (syntax == RdfSyntax.BINARY && output == null) {
            throw new ParameterException(spec.commandLine(), "binary output needs -o FILE");
        }
        store.noteLockLeftBehind(spec.commandLine().getErr());
        try (Store s = Store.openExisting(store.db)) {
            Node g = graph == null ? null
                    : new QueryParameter("graph", QueryParameter.Kind.GRAPH, "").bind(graph, store.iris());
            // a file's graph may be empty (nothing read in it) and still be the store's: the catalog knows it
            if (g != null && s.sources().values().stream().noneMatch(r -> r.graph().equals(g))
                    && !Txn.calculateRead(s.dataset(), () -> s.dataset().containsGraph(g))) {
                spec.commandLine().getErr().println(graph + ": no such graph in the store");
                return Unkg.SOME_FAILED;
            }
            Exporter ex = new Exporter(s.dataset(), Prefixes.with(s.prefixes()));
            try (OutputStream out = open()) {
                if (g == null) {
                    ex.writeAll(syntax, out);
                } else {
                    ex.writeGraph(g, syntax, out);
                }
            }
            return Unkg.OK;
        } catch (StoreInUseException e) {
            return store.inUse(spec.commandLine().getErr(), e);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println((output != null ? output : store.db) + ": " + e.getMessage());
            return Unkg.SOME_FAILED;
        }
    }

    private RdfSyntax syntax() {
        if (format != null) {
            return RdfSyntax.byName(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--format must be one of " + RdfSyntax.names() + ", not " + format));
        }
        if (output != null) {
            String n = output.getFileName().toString().replaceFirst("\\.gz$", "");
            int dot = n.lastIndexOf('.');
            if (dot > 0) {
                var s = RdfSyntax.byExtension(n.substring(dot + 1));
                if (s.isPresent()) {
                    return s.get();
                }
            }
        }
        throw new ParameterException(spec.commandLine(), "give --format (" + RdfSyntax.names() + ")");
    }

    private OutputStream open() throws IOException {
        if (output == null) {
            return new WriterOutputStream(spec.commandLine().getOut());
        }
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
        return output.toString().endsWith(".gz") ? new GZIPOutputStream(o, 1 << 16) : o;
    }
}
