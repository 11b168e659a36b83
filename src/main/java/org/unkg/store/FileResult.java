package org.unkg.store;

/**
 * What happened to one file in an ingest.
 *
 * @param file        the file as the user reached it, e.g. {@code data/seeds/000.txt}
 * @param status      stored, skipped (unchanged) or failed
 * @param reason      for a failure, a plain sentence; otherwise null
 * @param resolutions resolutions read in the file (0 or 1)
 * @param citations   citations read in the file
 */
public record FileResult(String file, Status status, String reason, int resolutions, int citations) {

    /** The outcome of one file. */
    public enum Status { STORED, SKIPPED, FAILED }

    static FileResult failed(String file, String reason) {
        return new FileResult(file, Status.FAILED, reason, 0, 0);
    }

    /** The line the CLI prints for a failure: {@code FILE: reason}. */
    @Override
    public String toString() {
        return status == Status.FAILED ? file + ": " + reason : file + ": " + status.name().toLowerCase();
    }
}
