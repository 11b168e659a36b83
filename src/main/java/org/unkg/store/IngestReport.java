package org.unkg.store;

/**
 * The summary of one ingest.
 *
 * @param files        files found
 * @param stored       files whose graph was written
 * @param skipped      files left alone because their bytes did not change
 * @param failed       files (or paths) that could not be read or stored
 * @param resolutions  resolutions read in the stored files
 * @param citations    citations read in the stored files
 * @param quads        the stored files' quads (the catalog's own are not counted)
 * @param transactions write transactions committed (1 for a bulk load)
 * @param loader       which loader ran, in words
 * @param seconds      wall-clock time
 */
public record IngestReport(int files, int stored, int skipped, int failed, long resolutions, long citations,
                           long quads, int transactions, String loader, double seconds) {

    /** One line for the end of a run. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d files: %d stored, %d skipped, %d failed; %d resolutions, %d citations, %d quads; %.1f s (%s)",
                files, stored, skipped, failed, resolutions, citations, quads, seconds, loader);
    }
}
