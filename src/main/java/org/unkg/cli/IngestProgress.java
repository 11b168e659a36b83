package org.unkg.cli;

import java.io.PrintWriter;

import org.unkg.store.FileResult;
import org.unkg.store.IngestListener;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * What {@code unkg ingest} shows while it runs: a {@code FILE: reason} line on stderr for each failed file, and,
 * on a terminal, a progress bar drawn through picocli's error writer, with the rate and the time left
 * ({@link IngestRate}: {@code 41.7 files/s, ETA 0:39:00}).
 */
final class IngestProgress implements IngestListener, AutoCloseable {
    private final PrintWriter err;
    private final boolean bar;
    private ProgressBar progress;
    private IngestRate rate;
    private long done;

    IngestProgress(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    @Override
    public void started(int files, String loader) {
        if (bar) {
            rate = new IngestRate(System::nanoTime, files);
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
        if (progress != null) {
            progress.setExtraMessage(rate.describe(++done));
            progress.step();
        }
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
            err.print("\r");
            err.flush();
            progress = null;
        }
    }
}
