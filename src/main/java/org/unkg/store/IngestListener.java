package org.unkg.store;

/**
 * Hears about an ingest as it goes, one file at a time: the CLI's progress bar and its {@code FILE: reason} lines
 * are listeners. Called from the ingesting thread only.
 *
 * <pre>{@code
 * IngestListener l = r -> { if (r.status() == FileResult.Status.FAILED) err.println(r); };
 * }</pre>
 */
@FunctionalInterface
public interface IngestListener {

    /** Called once before the first file, with the number of files found and the loader chosen. */
    default void started(int files, String loader) {
    }

    /** Called once per file, in the order the files were found, once its outcome is final. */
    void done(FileResult result);

    /** A listener that ignores everything. */
    IngestListener NONE = r -> { };
}
