package org.unkg.cli;

import java.math.BigDecimal;
import java.time.Duration;

import org.unkg.extract.Extractor;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --max-file-seconds}: the longest extract and ingest spend on one file; a file that takes longer gets a
 * {@code FILE: reason} line and the run goes on.
 *
 * <pre>{@code
 * unkg ingest --max-file-seconds 10 corpus/
 * }</pre>
 */
final class FileTimeOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Duration time = Extractor.DEFAULT_MAX_FILE_TIME;

    @Option(names = "--max-file-seconds", paramLabel = "SECONDS",
            description = "Stop reading and extracting a file after this long, e.g. 10 or 2.5 (default: 60).")
    void seconds(String v) {
        BigDecimal s;
        try {
            s = new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--max-file-seconds must be a number of seconds, not "
                    + v);
        }
        if (s.signum() <= 0 || s.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new ParameterException(spec.commandLine(), "--max-file-seconds must be more than 0 and at most "
                    + "1000000, not " + v);
        }
        long nanos = s.movePointRight(9).longValue();
        time = Duration.ofNanos(Math.max(1, nanos));
    }

    Duration duration() {
        return time;
    }
}
