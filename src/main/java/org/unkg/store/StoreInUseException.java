package org.unkg.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The store is open in another running process (a server, another ingest): TDB2 allows one process per store. The
 * message names the process and says what to do; nothing in the store was read or changed.
 *
 * <pre>{@code
 * try (Store s = Store.open(db)) { ... }
 * catch (StoreInUseException e) { err.println(db + ": " + e.getMessage()); }   // exit status 3
 * }</pre>
 */
public final class StoreInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    private final OptionalLong pid;

    StoreInUseException(Path dir, Throwable cause) {
        this(StoreLock.holder(dir), cause);
    }

    private StoreInUseException(OptionalLong pid, Throwable cause) {
        super("the store is in use by " + (pid.isPresent() ? StoreLock.describe(pid.getAsLong()) : "another process")
                + "; stop it or give another --db (nothing was changed)", cause);
        this.pid = pid;
    }

    /** The process holding the store, when its lock file says. */
    public OptionalLong pid() {
        return pid;
    }
}
