package org.unkg.cli;

import java.util.function.LongSupplier;

/**
 * The rate and the time left that {@code unkg ingest}'s progress bar shows, from the files done so far.
 *
 * <pre>{@code
 * IngestRate rate = new IngestRate(System::nanoTime, 100_000);
 * rate.describe(2_500);   // "41.7 files/s, ETA 0:39:00"
 * }</pre>
 *
 * <p>The rate is the average since the start: files of very different sizes come in arbitrary order, so a recent
 * window swings more than it informs. The clock is a parameter so that the wording can be tested without waiting.
 */
final class IngestRate {
    private final LongSupplier nanoClock;
    private final long start;
    private final long total;

    /** Starts counting now on {@code nanoClock} (nanoseconds, as {@link System#nanoTime}) for {@code total} files. */
    IngestRate(LongSupplier nanoClock, long total) {
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.total = total;
    }

    /** "R files/s, ETA H:MM:SS" once {@code done} files took measurable time; "ETA --:--:--" before. */
    String describe(long done) {
        double seconds = (nanoClock.getAsLong() - start) / 1e9;
        if (done <= 0 || seconds <= 0) {
            return "0.0 files/s, ETA --:--:--";
        }
        double rate = done / seconds;
        long left = Math.round(Math.max(0, total - done) / rate);
        return String.format(java.util.Locale.ROOT, "%.1f files/s, ETA %s", rate, clock(left));
    }

    /** {@code seconds} as H:MM:SS (hours not bounded). */
    static String clock(long seconds) {
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
