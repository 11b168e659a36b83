package org.unkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.unkg.network.CitationGraph;
import org.unkg.network.GraphExport;
import org.unkg.network.NetworkGraph;
import org.unkg.network.NetworkScores;
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
 * {@code unkg network}: measures the citation graph, stores the measures, exports the graph for Gephi, or finds
 * the shortest citation path between two resolutions.
 *
 * <pre>{@code
 * unkg network                                  # measure, store in <https://unkg.org/graph/network>, print the top
 * unkg network --format graphml -o unkg.graphml # and export (the format follows the extension when not given)
 * unkg network --path 53/97 35/168              # 53/97 -> 35/168
 * }</pre>
 */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Measure the citation graph between resolutions: in- and out-degree, PageRank, HITS hub and "
                + "authority, weakly and strongly connected components, communities.",
            "The measures replace the named graph <" + NetworkGraph.IRI + "> (unkg:pageRank, unkg:hubScore, ...); "
                    + "with -o the graph is also exported as GEXF 1.2 or GraphML for Gephi.",
            "Exit status: 0 ok, 1 failure (or no path), 2 usage error, 3 the store is in use by another process."})
public final class NetworkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Export the graph to FILE.")
    Path output;

    @Option(names = "--format", paramLabel = "FMT",
            description = "gexf or graphml (default: by the extension of FILE, else gexf).")
    String format;

    @Option(names = "--path", arity = "2", paramLabel = "RES",
            description = "Print the shortest citation path from the first resolution to the second "
                    + "(35/168, 1373 (2001), A/RES/35/168 or an IRI); the measures are not recomputed.")
    List<String> path;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Print the N resolutions of highest PageRank (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        GraphExport.Format fmt = exportFormat();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Store s;
        store.noteLockLeftBehind(err);
        try {
            s = Store.openExisting(store.db);
        } catch (StoreInUseException e) {
            return store.inUse(err, e);
        } catch (IOException e) {
            err.println(store.db + ": " + e.getMessage());
            err.flush();
            return Unkg.USAGE;
        }
        try (s) {
            if (path != null) {
                return printPath(CitationGraph.read(s.dataset()), out, err);
            }
            NetworkGraph.Recomputed r = NetworkGraph.recompute(s.dataset());
            out.println(r.summary());
            NetworkScores sc = r.scores();
            out.printf(Locale.ROOT, "strongly connected components: %d; PageRank sum %.6f%n", sc.strongComponents(),
                    sc.scores().values().stream().mapToDouble(NetworkScores.Score::pageRank).sum());
            printTop(r, out);
            if (output != null) {
                long t0 = System.nanoTime();
                try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    fmt.write(r.graph(), sc, w);
                }
                out.printf(Locale.ROOT, "%s: %s, %d nodes, %d edges, %.1f s%n", output, fmt,
                        r.graph().graph().vertexSet().size(), r.graph().graph().edgeSet().size(),
                        (System.nanoTime() - t0) / 1e9);
            }
            out.flush();
            return Unkg.OK;
        } catch (IOException e) {
            err.println(output + ": " + e.getMessage());
            err.flush();
            return Unkg.SOME_FAILED;
        }
    }

    private GraphExport.Format exportFormat() {
        if (format != null) {
            return GraphExport.Format.named(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--format must be gexf or graphml, not " + format));
        }
        return output == null ? GraphExport.Format.GEXF
                : GraphExport.Format.ofFile(output.toString()).orElse(GraphExport.Format.GEXF);
    }

    private int printPath(CitationGraph g, PrintWriter out, PrintWriter err) {
        String from = iri(path.get(0));
        String to = iri(path.get(1));
        for (String v : List.of(from, to)) {
            if (g.resolution(v).isEmpty()) {
                err.println(v + ": not a resolution in the store");
                err.flush();
                return Unkg.SOME_FAILED;
            }
        }
        Optional<List<String>> p = g.shortestPath(from, to);
        String how = "cites";
        if (p.isEmpty()) {
            p = g.shortestLink(from, to);
            how = "is linked to (citations in either direction)";
        }
        if (p.isEmpty()) {
            err.println("no citation path between " + symbol(g, from) + " and " + symbol(g, to));
            err.flush();
            return Unkg.SOME_FAILED;
        }
        out.println(symbol(g, from) + " " + how + " " + symbol(g, to) + " in " + (p.get().size() - 1)
                + " step" + (p.get().size() == 2 ? "" : "s") + ":");
        out.println(String.join(" -> ", p.get().stream().map(v -> symbol(g, v)).toList()));
        out.flush();
        return Unkg.OK;
    }

    private String iri(String value) {
        try {
            return new QueryParameter("res", QueryParameter.Kind.RESOLUTION, "").bind(value, store.iris()).getURI();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--path: " + e.getMessage());
        }
    }

    private static String symbol(CitationGraph g, String iri) {
        return g.resolution(iri).map(r -> r.symbol()).orElse(iri);
    }

    private void printTop(NetworkGraph.Recomputed r, PrintWriter out) {
        if (top <= 0) {
            return;
        }
        out.println("highest PageRank:");
        r.scores().scores().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, NetworkScores.Score> e) -> -e.getValue().pageRank())
                        .thenComparing(Map.Entry::getKey))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "  %-22s pageRank %.5f  cited by %d  authority %.5f%n",
                        symbol(r.graph(), e.getKey()), e.getValue().pageRank(), e.getValue().inDegree(),
                        e.getValue().authority()));
    }
}
