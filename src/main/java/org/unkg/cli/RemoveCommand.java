package org.unkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.unkg.network.NetworkGraph;
import org.unkg.store.SourceFile;
import org.unkg.store.Store;
import org.unkg.store.StoreInUseException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unkg remove [--db DIR] FILE...}: drops the graphs of files, which need not exist any more.
 *
 * <pre>{@code
 * unkg remove data/seeds/000.txt
 * }</pre>
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Drop the named graphs of files from the store (the files need not exist any more).",
            "Exit status: 0 all removed, 1 some files were not in the store, 2 usage error, 3 the store is in use "
                + "by another process."})
public final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Files as given to ingest (or their names relative to the ingest root).")
    List<Path> files;

    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "The ingest root the files were stored under (default: the current folder).")
    Path root;

    /** The stored name, as ingest gave it: relative to the root below it, else the absolute path. */
    private String nameOf(Path f) {
        return SourceFile.nameOf(root, f);
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Map<String, Path> names = new LinkedHashMap<>();
        for (Path f : files) {
            names.put(nameOf(f), f);
        }
        store.noteLockLeftBehind(err);
        try (Store s = Store.openExisting(store.db)) {
            var removed = new HashSet<>(s.remove(new ArrayList<>(names.keySet())));
            int missing = 0;
            for (var e : names.entrySet()) {
                if (!removed.contains(e.getKey())) {
                    err.println(e.getValue() + ": not in the store");
                    missing++;
                }
            }
            spec.commandLine().getOut().println("removed " + removed.size() + " of " + names.size() + " files");
            if (!removed.isEmpty()) {
                spec.commandLine().getOut().println(NetworkGraph.recompute(s.dataset()).summary());
            }
            return missing > 0 ? Unkg.SOME_FAILED : Unkg.OK;
        } catch (StoreInUseException e) {
            return store.inUse(err, e);
        } catch (IOException e) {
            err.println(store.db + ": " + e.getMessage());
            return Unkg.USAGE;
        }
    }
}
