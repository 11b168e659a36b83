package org.unkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The rate and ETA wording of the ingest progress bar, on a clock the test moves by hand. */
class IngestRateTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void beforeAnyFileIsDoneThereIsNoEstimate() {
        AtomicLong now = new AtomicLong(5 * SECOND);
        IngestRate rate = new IngestRate(now::get, 100);
        assertEquals("0.0 files/s, ETA --:--:--", rate.describe(0));
        assertEquals("0.0 files/s, ETA --:--:--", rate.describe(3)); // no time has passed on the clock
    }

    @Test
    void rateIsTheAverageSinceTheStartAndEtaTheFilesLeftAtThatRate() {
        AtomicLong now = new AtomicLong(123 * SECOND);
        IngestRate rate = new IngestRate(now::get, 100_000);
        now.addAndGet(60 * SECOND);
        assertEquals("41.7 files/s, ETA 0:39:00", rate.describe(2_500)); // 97,500 files at 2,500/60 s
        now.addAndGet(60 * SECOND);
        assertEquals("20.8 files/s, ETA 1:18:00", rate.describe(2_500)); // the same count in twice the time
    }

    @Test
    void etaCountsHoursPastADayAndIsZeroWhenAllAreDone() {
        AtomicLong now = new AtomicLong(0);
        IngestRate rate = new IngestRate(now::get, 1_000_000);
        now.addAndGet(100 * SECOND);
        assertEquals("0.1 files/s, ETA 2777:45:00", rate.describe(10)); // 999,990 files at 0.1 files/s
        assertEquals("10000.0 files/s, ETA 0:00:00", rate.describe(1_000_000));
    }

    @Test
    void withoutATerminalTheProgressIsALineAMinute() {
        AtomicLong now = new AtomicLong(0);
        java.io.StringWriter out = new java.io.StringWriter();
        try (IngestProgress p = new IngestProgress(new java.io.PrintWriter(out), false, now::get)) {
            p.started(10_000, "bulk");
            org.unkg.store.FileResult stored = new org.unkg.store.FileResult("a.txt",
                    org.unkg.store.FileResult.Status.STORED, null, 1, 0);
            for (int i = 0; i < 2_499; i++) {
                now.addAndGet(24_000_000L); // 24 ms a file: 2,499 files in just under a minute
                p.done(stored);
            }
            assertEquals("", out.toString(), "nothing before the first minute");
            now.addAndGet(24_000_000L); // the 2,500th file, at a minute
            p.done(stored);
            assertEquals("ingest: 2500/10000 files, 41.7 files/s, ETA 0:03:00\n", out.toString().replace("\r", ""));
            now.addAndGet(SECOND);
            p.done(stored);
            assertEquals(1, out.toString().lines().count(), "at most a line a minute");
        }
    }

    @Test
    void afterTheLastFileTheIndexPhaseIsNewsAtMostOnceAMinute() {
        AtomicLong now = new AtomicLong(0);
        java.io.StringWriter out = new java.io.StringWriter();
        try (IngestProgress p = new IngestProgress(new java.io.PrintWriter(out), false, now::get)) {
            p.started(1, "bulk");
            p.done(new org.unkg.store.FileResult("a.txt", org.unkg.store.FileResult.Status.STORED, null, 1, 0));
            p.finishing("building the indexes");
            now.addAndGet(SECOND);
            p.finishing("Index GPOS: 1,000,000");
            now.addAndGet(60 * SECOND);
            p.finishing("Finish - index GPOS");
            assertEquals("ingest: building the indexes\ningest: Finish - index GPOS\n", out.toString());
        }
    }

    @Test
    void clockPadsMinutesAndSeconds() {
        assertEquals("0:00:00", IngestRate.clock(0));
        assertEquals("0:01:05", IngestRate.clock(65));
        assertEquals("1:00:01", IngestRate.clock(3601));
    }
}
