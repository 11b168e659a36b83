package org.unkg.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

import org.unkg.store.FileResult;
import org.unkg.store.IngestListener;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * What {@code unkg ingest} shows while it runs: a {@code FILE: reason} line on stderr for each failed file, and,
 * on a terminal, a progress bar drawn through picocli's error writer, with the rate and the time left
 * ({@link IngestRate}: {@code 41.7 files/s, ETA 0:39:00}). When stderr is not a terminal (a log file, a CI job), a
 * line with the same facts once a minute instead: {@code ingest: 2500/100000 files, 41.7 files/s, ETA 0:39:00}.
 * After the last file, what the store still does ({@code ingest: building the indexes}, then TDB2's steps).
 */
final class IngestProgress implements IngestListener, AutoCloseable {
    private static final long LOG_EVERY_NANOS = 60_000_000_000L;

    private final PrintWriter err;
    private final boolean bar;
    private final LongSupplier nanoClock;
    private ProgressBar progress;
    private IngestRate rate;
    private long done;
    private int total;
    private long lastLine;
    private int steps;

    IngestProgress(PrintWriter err, boolean bar) {
        this(err, bar, System::nanoTime);
    }

    /** With the clock given ({@link System#nanoTime} but for tests). */
    IngestProgress(PrintWriter err, boolean bar, LongSupplier nanoClock) {
        this.err = err;
        this.bar = bar;
        this.nanoClock = nanoClock;
    }

    @Override
    public void started(int files, String loader) {
        total = files;
        rate = new IngestRate(nanoClock, files);
        lastLine = nanoClock.getAsLong();
        if (bar) {
            progress = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                    .hideEta() // IngestRate says it, labelled, next to the rate
                    .clearDisplayOnFinish() // the summary line replaces it
                    .setConsumer(new DelegatingProgressBarConsumer(line -> {
                        err.print('\r' + line);
                        err.flush();
                    })).build();
        }
    }

    @Override
    public void done(FileResult r) {
        if (r.status() == FileResult.Status.FAILED) {
            if (progress != null) {
                err.print("\r\033[K"); // clear the bar's line so the error reads on its own
            }
            err.println(r);
            err.flush();
        }
        done++;
        if (progress != null) {
            progress.setExtraMessage(rate.describe(done));
            progress.step();
        } else if (rate != null && nanoClock.getAsLong() - lastLine >= LOG_EVERY_NANOS) {
            lastLine = nanoClock.getAsLong();
            err.println("ingest: " + done + "/" + total + " files, " + rate.describe(done));
            err.flush();
        }
    }

    /**
     * After the last file: on a terminal the step replaces the bar's line; in a log, the first step and then a line at
     * most once a minute, as the files' lines.
     */
    @Override
    public void finishing(String step) {
        if (step.isBlank()) {
            return;
        }
        if (progress != null) {
            progress.close();
            progress = null;
        }
        long now = nanoClock.getAsLong();
        if (bar) {
            steps++;
            err.print("\r\033[K" + "ingest: " + step);
            err.flush();
        } else if (steps++ == 0 || now - lastLine >= LOG_EVERY_NANOS) {
            lastLine = now;
            err.println("ingest: " + step);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar && steps > 0) {
            err.print("\r\033[K"); // the last step's line gives way to the summary
            err.flush();
        }
        if (progress != null) {
            progress.close();
            err.print("\r");
            err.flush();
            progress = null;
        }
    }
}
