package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.unkg.emit.rdf.IriScheme;
import org.unkg.store.StoreInUseException;
import org.unkg.store.StoreLock;

import picocli.CommandLine.Option;

/** The options every store command shares: where the store is, and the base IRI its things are named under. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "unkg-db",
            description = "The TDB2 store (default: ${DEFAULT-VALUE}, in the current directory).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of unkg's things and graphs (default: ${DEFAULT-VALUE}).")
    String base;

    IriScheme iris() {
        return new IriScheme(base);
    }

    /**
     * Says so when the store's lock was left by a process that died without closing it (a killed ingest): opening
     * takes it over, and TDB2 finishes or drops that process's last transaction.
     */
    void noteLockLeftBehind(PrintWriter err) {
        StoreLock.leftByDeadProcess(db).ifPresent(pid -> {
            err.println(db + ": taking over the lock of process " + pid + ", which ended without closing the store "
                    + "(killed?); its unfinished transaction, if any, is dropped");
            err.flush();
        });
    }

    /** The line and exit status for a store another running process has open. */
    int inUse(PrintWriter err, StoreInUseException e) {
        err.println(db + ": " + e.getMessage());
        err.flush();
        return Unkg.STORE_IN_USE;
    }
}
