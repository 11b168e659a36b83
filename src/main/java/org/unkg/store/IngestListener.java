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

    /**
     * Called after the last file when the store still has work to do before the ingest ends, with what it is doing:
     * first {@code "building the indexes"}, then each step TDB2's bulk loader reports ({@code "Finish - index
     * GPOS"}), so that an ingest of 100,000 files does not fall silent for the minutes its index phase takes.
     */
    default void finishing(String step) {
    }

    /** Called once per file, in the order the files were found, once its outcome is final. */
    void done(FileResult result);

    /** A listener that ignores everything. */
    IngestListener NONE = r -> { };
}
